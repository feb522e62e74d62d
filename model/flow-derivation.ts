// The version of the rules the seed derives the talent flows (TALENT_FLOW) by, stored on each flow as the talent
// index stores its format (model/talent-index.ts TALENT_INDEX_FORMAT), so a flow derived by other rules is told apart
// even when it has every field this version stores.

/**
 * The rules' version, stored on each flow (DERIVATION_PROPERTY) as it is swapped in (seed/queries/swap-talent-flows.ts).
 * A flow of another version, or of none, was derived by other rules: the server's start-up warning counts it
 * (seed/queries/count-talent-flows.ts otherVersion) and GET /api/flows marks it (flows[].outdated) until `npm run
 * seed` derives it again. Raise it with any change that derives other moves, dates, certainties or sources from the
 * same facts. None stored: derived before versions were — maybe before the rules of version 1. 1: a stint of unknown
 * start that ended between a stint left and the next stands between them (model/next-stint-cypher.ts), and a move
 * into a stint of unknown start has one date, the latest end among the stints left (of the stated ones for a stated
 * move: model/career-moves.ts). 2: of two stints that can follow a stint left with the same start (one stint two
 * sources tell), the stated one is joined (model/next-stint-cypher.ts), so the move is stated when the sources state
 * both stints, whichever fact's id sorts first; version 1 joined the first by id, and called such a move implied when
 * the implied fact's id sorted first. 3: a move into one of several facts starting one stint on different dates (one
 * join, model/one-join.ts: implied April, stated May) is into the join's surest start (seed/flow-joins.ts), stated
 * and dated by it, its other facts cited; version 2 joined the earliest start, and drew such a move implied.
 */
export const DERIVATION_VERSION = 3;

/** The TALENT_FLOW property that holds DERIVATION_VERSION. */
export const DERIVATION_PROPERTY = 'derivation';

/**
 * How the id of every TALENT_FLOW the seed derives begins (`flow:<from>-><to>`, seed/queries/stage-*-flows.ts). A
 * TALENT_FLOW without it does not make a database ours (no derivation runs on a foreign graph, so none deletes its
 * own TALENT_FLOW) and is not counted as derived by older rules. On a database that holds our facts, a derivation
 * replaces every TALENT_FLOW, as the type is the derived one there.
 */
export const FLOW_ID_PREFIX = 'flow:';
