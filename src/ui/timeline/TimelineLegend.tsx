/** What the item styles mean; each swatch has words, so no meaning rests on colour alone. */
export function TimelineLegend() {
  return (
    <ul className="timeline-legend" aria-label="Legend">
      <li>
        <span className="legend-swatch legend-day" aria-hidden="true" /> Exact day
      </li>
      <li>
        <span className="legend-swatch legend-span" aria-hidden="true" /> Span of days
      </li>
      <li>
        <span className="legend-swatch legend-imprecise" aria-hidden="true" /> Only the month (or
        coarser) is known
      </li>
      <li>
        <span className="legend-swatch legend-approx" aria-hidden="true" /> Approximate end
      </li>
      <li>
        <span className="legend-swatch legend-planned" aria-hidden="true" /> Planned
      </li>
      <li>
        <span className="legend-swatch legend-published" aria-hidden="true" /> Publication date
      </li>
    </ul>
  );
}
