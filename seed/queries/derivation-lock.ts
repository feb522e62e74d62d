// Queries of the lock that lets one derivation of the talent flows run at a time on a database, whichever process
// runs it (API workers after a write, `npm run seed`, another server): one :TalentFlowDerivation node whose holder
// keeps a short lease alive while it derives, and which records why the last derivation failed.
import { DERIVATION_LABEL, DERIVATION_LOCK_ID } from '../../model/derivation-lock.js';

/** ensure-derivation-lock — no parameters; schema command: concurrent first acquisitions MERGE one node. */
export const ENSURE_DERIVATION_LOCK_CONSTRAINT = `CREATE CONSTRAINT talent_flow_derivation_id IF NOT EXISTS
FOR (d:${DERIVATION_LABEL}) REQUIRE d.id IS UNIQUE`;

/**
 * acquire-derivation — parameters $holder (string), $now (epoch ms), $lease (ms); column acquired (boolean).
 * Takes the lock when nobody holds it or its holder's lease ran out (a process that died while deriving).
 */
export const ACQUIRE_DERIVATION = `
MERGE (d:${DERIVATION_LABEL} {id: '${DERIVATION_LOCK_ID}'})
WITH d, d.holder IS NULL OR d.until IS NULL OR d.until < $now AS free
SET d.holder = CASE WHEN free THEN $holder ELSE d.holder END,
    d.until = CASE WHEN free THEN $now + $lease ELSE d.until END,
    d.startedAt = CASE WHEN free THEN $now ELSE d.startedAt END
RETURN free AS acquired`;

/**
 * derivation-cut-short — parameter $now (epoch ms); column cutShort (boolean): a holder's lease ran out (its process
 * stopped while deriving: the flows may be half swapped). No row: no derivation took the lock yet.
 */
export const DERIVATION_CUT_SHORT = `
MATCH (d:${DERIVATION_LABEL} {id: '${DERIVATION_LOCK_ID}'})
RETURN d.holder IS NOT NULL AND d.until < $now AS cutShort`;

/** renew-derivation — parameters $holder, $now, $lease; column held (boolean: the holder still holds it). */
export const RENEW_DERIVATION = `
MATCH (d:${DERIVATION_LABEL} {id: '${DERIVATION_LOCK_ID}'})
WITH d, d.holder = $holder AS held
SET d.until = CASE WHEN held THEN $now + $lease ELSE d.until END
RETURN held`;

/**
 * release-derivation — parameters $holder, $now, $failed (string or null: why it failed); no columns. Frees the lock
 * and records the outcome: a failure's message until a derivation succeeds.
 */
export const RELEASE_DERIVATION = `
MATCH (d:${DERIVATION_LABEL} {id: '${DERIVATION_LOCK_ID}'}) WHERE d.holder = $holder
SET d.holder = null, d.until = null, d.failed = $failed,
    d.derivedAt = CASE WHEN $failed IS NULL THEN $now ELSE d.derivedAt END`;
