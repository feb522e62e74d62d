// The company dashboard's own settings, kept in the app's state and carried by its link: the period of its bars, the
// organisation it is compared with, and whether divisions are counted apart.
export type DashboardInterval = 'year' | 'quarter' | 'month';
export const DASHBOARD_INTERVALS: readonly DashboardInterval[] = ['year', 'quarter', 'month'];

export interface DashboardOptions {
  interval: DashboardInterval;
  /** The organisation compared with, or '' for none. */
  compare: string;
  divisions: boolean;
}

export const DEFAULT_DASHBOARD_OPTIONS: DashboardOptions = {
  interval: 'year',
  compare: '',
  divisions: false,
};
