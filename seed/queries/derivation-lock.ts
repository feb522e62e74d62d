// Queries of the lock that lets one derivation of the talent flows run at a time on a database, whichever process
// runs it (API workers after a write, `npm run seed`, another server): one :TalentFlowDerivation node whose holder
// keeps a short lease alive while it derives, and which records why the last derivation failed. Times are the
// database's own clock (timestamp()), so processes on hosts whose clocks differ agree on a lease.
import { SOURCED_CERTAINTIES_CYPHER } from '../../model/certainty.js';
import { FLOW_ID_PREFIX } from '../../model/flow-derivation.js';
import {
  DERIVATION_LABEL,
  DERIVATION_LOCK_CONSTRAINT,
  DERIVATION_LOCK_ID,
} from '../../model/derivation-lock.js';

/** ensure-derivation-lock — no parameters; schema command: concurrent first acquisitions MERGE one node. */
export const ENSURE_DERIVATION_LOCK_CONSTRAINT = `CREATE CONSTRAINT ${DERIVATION_LOCK_CONSTRAINT} IF NOT EXISTS
FOR (d:${DERIVATION_LABEL}) REQUIRE d.id IS UNIQUE`;

/**
 * acquire-derivation — parameters $holder (string), $lease (ms); column acquired (boolean).
 * Takes the lock when nobody holds it or its holder's lease ran out (a process that died while deriving). The first
 * SET takes the node's write lock before the holder is read: two processes asking at once are served one after the
 * other, the second reading what the first wrote (a value read before a write lock may be overwritten unseen).
 */
export const ACQUIRE_DERIVATION = `
MERGE (d:${DERIVATION_LABEL} {id: '${DERIVATION_LOCK_ID}'})
SET d.askedAt = timestamp()
WITH d, d.holder IS NULL OR d.until IS NULL OR d.until < timestamp() AS free
SET d.holder = CASE WHEN free THEN $holder ELSE d.holder END,
    d.until = CASE WHEN free THEN timestamp() + $lease ELSE d.until END,
    d.startedAt = CASE WHEN free THEN timestamp() ELSE d.startedAt END
RETURN free AS acquired`;

/**
 * derivation-cut-short — no parameters; column cutShort (boolean): a holder's lease ran out (its process stopped
 * while deriving: the flows may be half swapped). No row: no derivation took the lock yet.
 */
export const DERIVATION_CUT_SHORT = `
MATCH (d:${DERIVATION_LABEL} {id: '${DERIVATION_LOCK_ID}'})
RETURN d.holder IS NOT NULL AND d.until < timestamp() AS cutShort`;

/**
 * renew-derivation — parameters $holder, $lease; column held (boolean: the holder still holds it). Write lock first,
 * as in ACQUIRE_DERIVATION. A lease ended by EXPIRE_DERIVATION (until 0: its process is stopping) is not renewed.
 */
export const RENEW_DERIVATION = `
MATCH (d:${DERIVATION_LABEL} {id: '${DERIVATION_LOCK_ID}'})
SET d.askedAt = timestamp()
WITH d, d.holder = $holder AND d.until > 0 AS held
SET d.until = CASE WHEN held THEN timestamp() + $lease ELSE d.until END
RETURN held`;

/**
 * release-derivation — parameters $holder, $failed (string or null: why it failed); column released (1 when this
 * holder still held the lock and recorded the outcome, else 0: another took it over). Frees the lock and records the
 * outcome: a failure's message until a derivation succeeds.
 */
export const RELEASE_DERIVATION = `
MATCH (d:${DERIVATION_LABEL} {id: '${DERIVATION_LOCK_ID}'}) WHERE d.holder = $holder
SET d.holder = null, d.until = null, d.failed = $failed,
    d.derivedAt = CASE WHEN $failed IS NULL THEN timestamp() ELSE d.derivedAt END
RETURN count(d) AS released`;

/**
 * expire-derivation — parameter $holders (strings: this process's); no columns. A process stopping in the middle of a
 * derivation ends its lease now, so the next start sees the derivation cut short at once (not a minute later).
 */
export const EXPIRE_DERIVATION = `
MATCH (d:${DERIVATION_LABEL} {id: '${DERIVATION_LOCK_ID}'}) WHERE d.holder IN $holders
SET d.until = 0`;

/**
 * talent-facts-present — no parameters; column present (boolean): the database holds something the derivation reads
 * or writes (sourced stints or departures reports, flows of ours or talent indexes; a foreign graph's own TALENT_FLOW
 * is not ours). A database that is not ours gets no
 * derivation, and so none of our nodes, after a write.
 */
export const TALENT_FACTS_PRESENT = `
RETURN EXISTS { MATCH ()-[f:TALENT_FLOW]->() WHERE f.id STARTS WITH '${FLOW_ID_PREFIX}' }
    OR EXISTS { MATCH (:TalentIndex) }
    OR EXISTS { MATCH (:Person)-[w:WORKED_AT]->(:Organization) WHERE w.certainty IN ${SOURCED_CERTAINTIES_CYPHER} }
    OR EXISTS { MATCH (:Organization)-[p:PARTICIPATED_IN]->(:Event) WHERE p.certainty IN ${SOURCED_CERTAINTIES_CYPHER} }
    AS present`;
