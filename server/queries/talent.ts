// Queries behind GET /api/orgs/:id/talent. TALENT_STINTS and TALENT_REPORTS live in model/talent-queries.ts (the seed
// runs TALENT_STINTS to build the talent index); the index's reader is here.
import { TALENT_INDEX_LABEL } from '../../model/talent-index.js';

export { TALENT_REPORTS, TALENT_STINTS } from '../../model/talent-queries.js';

/**
 * READ_TALENT_INDEX — the stored talent index of one organisation and view (seed/talent-index.ts).
 * Parameters: $org (string: the organisation's id property), $divisions (boolean), $known (string or null: the build
 *             of the copy the server already holds), $format (integer: TALENT_INDEX_FORMAT — an index of another
 *             format, written by an older version, is no index: the organisation is read live, its text not sent).
 * Columns: build (string: the recompute that wrote it), events (string: model/talent-index.ts's encoding; null when
 *          the build is $known, so an unchanged index is not sent again); no row when the organisation has none.
 */
export const READ_TALENT_INDEX = `
MATCH (i:${TALENT_INDEX_LABEL} {org: $org, divisions: $divisions})
WHERE i.format = $format
RETURN i.build AS build, CASE WHEN i.build = $known THEN null ELSE i.events END AS events
LIMIT 1`;
