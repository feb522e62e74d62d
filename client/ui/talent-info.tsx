// The "i" beside a dashboard card's title that opens a line on how its numbers are counted.
import { useT } from './app-context.js';

export function Info({ text }: { text: string }) {
  const t = useT();
  return (
    <details className="talent-info">
      <summary aria-label={t('dashboardInfo')} title={t('dashboardInfo')}>
        i
      </summary>
      <p>{text}</p>
    </details>
  );
}
