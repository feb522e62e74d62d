// The company dashboard, loaded on demand: ECharts stays out of the first page load and arrives when the
// Dashboard mode is first opened.
import { lazy, Suspense } from 'react';
import { useT } from './app-context.js';

const Dashboard = lazy(() => import('./talent-dashboard.js').then((m) => ({ default: m.TalentDashboard })));

export function LazyTalentDashboard() {
  const t = useT();
  return (
    <Suspense
      fallback={
        <div className="talent-dashboard" data-testid="talent-dashboard-loading">
          <p className="hint">{t('loading')}</p>
        </div>
      }
    >
      <Dashboard />
    </Suspense>
  );
}
