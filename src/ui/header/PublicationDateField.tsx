import { describeEventDate } from '../../core/calendar/describeDate.ts';

export interface PublicationDateFieldProps {
  input: string;
  error: string | null;
  /** The date the timeline is read against (the last valid one). */
  currentDate: string;
  onChange: (input: string) => void;
}

/** The reference date for "last month" and "March 24"; changing it re-reads the article. */
export function PublicationDateField(props: PublicationDateFieldProps) {
  const { input, error, currentDate, onChange } = props;
  const current = describeEventDate({
    start: { value: currentDate, precision: 'day', approximate: false },
  });
  return (
    <div className="date-field">
      <label htmlFor="publication-date">Publication date</label>
      <input
        id="publication-date"
        type="date"
        value={input}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby="publication-date-note"
        onChange={(event) => onChange(event.target.value)}
      />
      <p
        id="publication-date-note"
        className={error ? 'field-error' : 'field-hint'}
        aria-live="polite"
      >
        {error ? (
          <>
            {error} The timeline still uses {current}.
          </>
        ) : (
          'Relative dates in the text are read from this day.'
        )}
      </p>
    </div>
  );
}
