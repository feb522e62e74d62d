// Limits of the HTTP API that the client needs too, kept apart from the zod schemas (model/api.ts) so the client's
// bundle takes the numbers without zod.

/** Source ids one GET /api/sources asks for at most. */
export const MAX_SOURCE_IDS = 100;
