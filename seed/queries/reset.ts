// reset-graph — deletes every node and relationship in batches (constraints and indexes stay).
// No parameters; run in an auto-commit transaction (CALL … IN TRANSACTIONS requires one). Column: none.
export const RESET_GRAPH = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';
