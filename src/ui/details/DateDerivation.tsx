import type { TimelineEvent } from '../../core/model/index.ts';

/** "How this date was worked out": the engine's explanation, and what an inferred date leans on. */
export function DateDerivation({ event }: { event: TimelineEvent }) {
  const { derivation } = event.date;
  return (
    <>
      <h3 className="details-subheading">How this date was worked out</h3>
      <p className="details-explanation">{derivation.explanation}</p>
      {derivation.inferred && (
        <p className="details-inferred">
          <span className="status-badge status-inferred">Inferred</span> Inferred from{' '}
          {derivation.reference.label}
          {derivation.phrase ? (
            <>
              {' '}
              (<q className="details-phrase">{derivation.phrase}</q>)
            </>
          ) : null}
          .
        </p>
      )}
    </>
  );
}
