// The lock node that lets one derivation of the talent flows run at a time on a database (seed/derivation-lock.ts
// takes it; the API reads it to say whether the flows it answers are being derived again, or why that failed).
import type { INTERNAL_LABELS } from './labels.js';

export const DERIVATION_LABEL: (typeof INTERNAL_LABELS)[number] = 'TalentFlowDerivation';
/** The one lock node's id. */
export const DERIVATION_LOCK_ID = 'talent-flows';
/** The uniqueness constraint on its id (two first acquisitions at once MERGE one node). */
export const DERIVATION_LOCK_CONSTRAINT = 'talent_flow_derivation_id';
