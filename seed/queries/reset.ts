// reset-graph — deletes every node and relationship in batches (constraints and indexes stay).
// No parameters; run in auto-commit transactions (CALL … IN TRANSACTIONS requires one), relationships first, then
// nodes: DETACH DELETE of 10,000 nodes takes every relationship of a big organisation with them (hundreds of
// thousands in a 100k-person market), which overflowed the engine's memory pool in one batch. Column: none.
export const RESET_RELATIONSHIPS = 'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS';
export const RESET_NODES = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';
