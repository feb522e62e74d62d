// A dashboard chart's legend drawn as HTML beside the chart: ECharts' own SVG legend overlapped right-to-left names
// (talent-bars.ts hides it).

/** A chart's legend drawn as HTML: a swatch (a line for a line series) and a name per entry. */
export function Legend({
  entries,
  testId,
}: {
  entries: { name: string; color: string; line: boolean }[];
  testId: string;
}) {
  return (
    <ul className="talent-legend" data-testid={testId}>
      {entries.map((l) => (
        <li key={l.name}>
          <span
            className={l.line ? 'swatch line' : 'swatch'}
            style={{ background: l.color }}
            aria-hidden="true"
          />{' '}
          {l.name}
        </li>
      ))}
    </ul>
  );
}
