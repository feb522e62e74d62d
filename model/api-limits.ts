// Limits of the HTTP API that the client needs too, kept apart from the zod schemas (model/api.ts) so the client's
// bundle takes the numbers without zod.

/** Source ids one GET /api/sources asks for at most. */
export const MAX_SOURCE_IDS = 100;

/** People a flow's details list when the request names none: the flow's first ones. */
export const DEFAULT_FLOW_DETAILS_PEOPLE = 100;
/** People one flow-details request may name (their ids go in the URL, which servers cap at ~16 KB). */
export const MAX_FLOW_DETAILS_PEOPLE = 200;
/**
 * Departures reports one flow-details request may name: event ids run longer than person ids, and they share the URL
 * (and Node's 16 KB of request headers) with up to MAX_FLOW_DETAILS_PEOPLE people.
 */
export const MAX_FLOW_DETAILS_REPORTS = 100;

/**
 * Flows one GET /api/flows?ids= names at most: the network asks for the time window's numbers of the stored flows it
 * draws, in requests of this many (flow ids run to ~60 characters, so a request's URL stays well under ~16 KB).
 */
export const MAX_FLOW_IDS = 100;

/** Paths one GET /api/paths answers at most (of all shortest ones); the path panel's "Show Cypher" limits alike. */
export const MAX_PATHS = 50;
