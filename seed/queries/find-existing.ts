// find-existing-ids — which of these ids already exist as nodes of one label (facts may refer to nodes seeded
// earlier from another file). Parameter $ids; column id.
import type { NodeLabel } from '../../model/labels.js';

export function findExistingIdsQuery(label: NodeLabel): string {
  return `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`;
}
