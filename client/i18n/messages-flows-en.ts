// The interface's English text of the Talent flows tab, the company dashboard and a flow's details (messages-en.ts
// spreads it into EN).

export const FLOWS_EN = {
  dashboardExportHint: 'The dashboard’s charts and table export from the dashboard itself; here, its link.',
  dashboardOpen: 'Company dashboard: hires and departures',
  dashboardPick:
    'Choose an organisation above, or open one’s details and choose “Company dashboard”, to see its hires and departures.',
  // The dashboard's own organisation picker: its label, the empty box's hint, and a search that finds none.
  dashboardOrgPicker: 'Organisation',
  dashboardOrgPickerHint: 'Search organisations…',
  dashboardOrgPickerNone: 'No organisation matches “{q}”',
  dashboardTitle: 'Hires and departures: {org}',
  dashboardInterval: 'Period',
  dashboardBenchmark: 'Benchmark',
  dashboardNoBenchmark: 'none',
  dashboardReset: 'Back to yearly bars, no benchmark, divisions rolled up',
  dashboardDivisions: 'Divisions apart',
  dashboardSources: 'Came from',
  dashboardDestinations: 'Went to',
  dashboardSankey: 'Flows with the top counterparts',
  dashboardSankeyNone:
    'Only the organisation is drawn: no dated named move in the window says where its person came from or went to. Moves no source dates are counted apart, under the bars and beside their organisation in the lists above.',
  // {hires} and {departures}: counted with their noun (i18n.ts countOf). {hiresImplied} and {departuresImplied}: dashboardImpliedOf after a count some of which are implied, else nothing.
  dashboardUndated:
    'Undated, named: {hires}{hiresImplied}, {departures}{departuresImplied} — no source dates them.',
  dashboardImprecise:
    'Dated less precisely than the period, named: {hires}{hiresImplied}, {departures}{departuresImplied}.',
  // After dashboardUndated or dashboardImprecise, when reports count people there (or give no number).
  dashboardApartReported: ' Reported, unnamed: {hires}{hiresImplied}, {departures}{departuresImplied}.',
  dashboardApartUnquantified: ' Reports giving no number: {n}.',
  // How many of a count a source only implies, as the ranked lists write it (“+4 undated (4 implied)”).
  dashboardImpliedOf: ' ({n} implied)',
  // A ranked row's named moves no source dates, and its title saying where they are counted.
  dashboardRankedUndated: '+{n} undated',
  dashboardRankedUndatedTitle: 'Named moves no source dates: counted here, apart from the bars.',
  // A ranked row's reports that give no number ("reported —"): the dash's title.
  dashboardRankedUnquantifiedTitle: 'The reports give no number.',
  // A "Came from" or "Went to" card with no organisation: the moves are known but none says where (in the window),
  // the window holds none while moves outside it are known, or no source reports any.
  dashboardSourcesUnknown: 'The sources tell of hires at {org}, but none says where any of them came from.',
  dashboardSourcesOutside: 'No hire at {org} falls in this window; those reported lie outside it.',
  dashboardSourcesNone: 'No source here reports anyone joining {org}.',
  dashboardDestinationsUnknown:
    'The sources tell of departures from {org}, but none says where any of them went.',
  dashboardDestinationsOutside:
    'No departure from {org} falls in this window; those reported lie outside it.',
  dashboardDestinationsNone: 'No source here reports anyone leaving {org}.',
  dashboardPeopleTitle: '{what} — {period}',
  dashboardNoPeople: 'No named person; the numbers here come from reports.',
  dashboardClose: 'Close',
  dashboardHire: 'hire',
  dashboardNumbers: 'The numbers, period by period',
  dashboardDeparture: 'departure',
  dashboardInfo: 'How is this computed?',
  dashboardReportLine: '{count} reported ({qualifier}), {certainty}',
  // A report that qualifies its count with nothing (no empty brackets).
  dashboardReportLineBare: '{count} reported, {certainty}',
  flowPartOf: 'Divisions counted here',
  flowAllTime:
    'All time: this list counts every move of these flows; the canvas and the Talent flows tab count the time window’s.',
  flowAllTimeUncounted:
    'All time: these numbers count every move of this flow; the time window’s could not be counted here (the Talent flows tab counts the flows the server stores).',
  flowIncludesDrawnDivisions:
    'Counts its divisions’ moves and reports too: some of these people are also on the division flows drawn here (do not add them up):',
  flowCountedInDrawnParent:
    'Its people and reports are counted again in its parent organisation’s flow, drawn here too (do not add the two up):',
  flowInWindow: 'In the time window ({window}):',
  flowWindowPending: 'In the time window ({window}): being counted…',
  flowNothingInWindow: 'Nothing of this flow lies in the time window ({window}): the canvas hides it.',
  flowAllTimeBelow: 'All time, below: these numbers and people count every move of this flow.',
  flowOutdated:
    "Derived by an older version's rules: its moves, dates and certainties may differ from the careers' (npm run seed -- --derive, run with the explorer stopped, derives it anew).",
  flowSourcesAllTime:
    'Sources of all time: its named moves cite the sources of every move, not only of those in the time window (derived by an older version; npm run seed -- --derive, run with the explorer stopped, narrows them).',
  // Beside the person's "implied" badge: the facts it rests on, without saying "implied" a second time.
  flowImpliedBecause: 'based on: {facts}',
  flowDivisions: 'Show divisions',
  flowDivisionsHint: 'Divisions (e.g. FAIR) are rolled into their parent; open them to see their own flows.',
  flowsDeriving:
    'The talent flows are being derived again after a change to the data: these are from before it. They are reloaded when ready.',
  flowsDerivationFailed:
    'Deriving the talent flows again after a change to the data did not finish (the server log says why): these may be from before it. npm run seed -- --derive, run with the explorer stopped, derives them.',
  flowsTitle: 'Organisations, and the people who moved between them (line width = people)',
  flowsLoading: 'Loading talent flows…',
  flowsEmpty: 'No talent flows recorded.',
  flowsEmptyWindow: 'No talent flows in this time window.',
  // {n}: the smaller flows counted with their noun (i18n.ts countOf).
  flowsEmptyWindowUnread:
    'No move in this window among the largest flows read; not read: {n} (over all time), any of which may have one: narrow the window or search.',
  // {total}: the flows counted with their noun, and in flowsMore* the talent flows (i18n.ts countOfTotal).
  flowsCount: '{shown} of {total} loaded, the largest first.',
  flowsCountWindow: '{shown} of {total} in this window loaded, the largest in it first.',
  flowsCountWindowEstimated:
    '{shown} of up to {total} in this window loaded, the largest over all time first (flows derived without move dates; npm run seed -- --derive, run with the explorer stopped, dates them).',
  flowsSourcesAllTime:
    'Some flows cite the sources of all their named moves, not only of those in this window (derived by an older version; npm run seed -- --derive, run with the explorer stopped, narrows them).',
  flowsOutdated:
    "Some flows were derived by an older version's rules (their moves, dates and certainties may differ from the careers'; npm run seed -- --derive, run with the explorer stopped, derives them anew).",
  flowsMore:
    '{shown} of {total} are loaded, the largest first; use the time slider or search to narrow them.',
  flowsMoreWindow:
    '{shown} of {total} in this window are loaded, the largest in it first; narrow the window or search to see others.',
  flowsMoreWindowEstimated:
    '{shown} of up to {total} in this window are loaded, the largest over all time first; narrow the window or search to see others.',
  // Under the sources in the Talent flows tab: the source filter does not hide flows there (visibility.ts).
  flowsSourceFilterNote:
    'In this tab each flow counts the moves of every source: the source filter applies to the network only.',
  flowFrom: 'From',
  flowTo: 'To',
  // The left panel in the Company dashboard: the network's legend and filters do not narrow the dashboard.
  dashboardPanelNote:
    'The dashboard counts the facts of every source, stated and implied apart, over all time. The legend and filters of the network do not apply here. Click a bar or a row for the facts behind it and their sources.',
} as const;
