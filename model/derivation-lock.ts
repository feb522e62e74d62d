// The lock node that lets one derivation of the talent flows run at a time on a database (seed/derivation-lock.ts
// takes it; the API reads it to say whether the flows it answers are being derived again, or why that failed).
import type { INTERNAL_LABELS } from './labels.js';

export const DERIVATION_LABEL: (typeof INTERNAL_LABELS)[number] = 'TalentFlowDerivation';
/** The one lock node's id. */
export const DERIVATION_LOCK_ID = 'talent-flows';
/** The uniqueness constraint on its id (two first acquisitions at once MERGE one node). */
export const DERIVATION_LOCK_CONSTRAINT = 'talent_flow_derivation_id';

/**
 * Set to true on the error a failed derivation throws once its failure is recorded on the lock node, where every
 * server reads it until a later derivation succeeds: a server then needs no failure of its own in memory (which
 * would outlast another process's success).
 */
export const RECORDED_ON_LOCK = 'recordedOnLock';

/** Whether a derivation's error says its failure is recorded on the lock (see RECORDED_ON_LOCK). */
export function failureRecordedOnLock(err: unknown): boolean {
  return (
    typeof err === 'object' && err !== null && (err as Record<string, unknown>)[RECORDED_ON_LOCK] === true
  );
}
