// GET /api/schema: what is in the database (labels, types, property keys, counts) joined with the documented
// model (model/data-model.ts), for the client's legend and Cypher autocomplete. Property keys per label come
// from a sample of up to 1,000 nodes (or relationships) each, so the answer stays fast on a large graph.
import { NODE_DOCS, REL_DOCS } from '../../model/data-model.js';
import type { PropertyRow, SchemaRepository } from '../repositories/schema-repository.js';

export interface SchemaProperty {
  key: string;
  /** Cypher value types seen, e.g. STRING, INTEGER, LIST<STRING>. */
  types: string[];
  /** Every sampled node (relationship) of the label (type) has it — up to 1,000 are sampled. */
  mandatory: boolean;
  description: string | null;
}

export interface GraphSchema {
  labels: { label: string; count: number; description: string | null; properties: SchemaProperty[] }[];
  relationshipTypes: {
    type: string;
    count: number;
    description: string | null;
    derived: boolean;
    from: string[];
    to: string[];
    properties: SchemaProperty[];
  }[];
  propertyKeys: string[];
}

/** Value types as Cypher's valueType() names them, without the NOT NULL every stored value has. */
function cleanType(t: string): string {
  return t.replace(/ NOT NULL/g, '');
}

function properties(
  rows: PropertyRow[],
  docs: { name: string; description: string }[] | undefined,
): SchemaProperty[] {
  return rows
    .map((r) => ({
      key: r.key,
      types: r.types.map(cleanType).sort(),
      mandatory: r.present === r.sampled,
      description: docs?.find((d) => d.name === r.key)?.description ?? null,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

export function createSchemaService(repo: SchemaRepository) {
  return {
    async schema(): Promise<GraphSchema> {
      const rows = await repo.read();
      const props = (kind: 'label' | 'type', name: string) =>
        rows.properties.filter((r) => r.kind === kind && r.name === name);
      const sorted = [...rows.counts].sort((a, b) => a.name.localeCompare(b.name));
      const labels = sorted
        .filter((c) => c.kind === 'label')
        .map(({ name: label, count }) => {
          const doc = NODE_DOCS.find((d) => d.label === label);
          return {
            label,
            count,
            description: doc?.description ?? null,
            properties: properties(props('label', label), doc?.properties),
          };
        });
      const relationshipTypes = sorted
        .filter((c) => c.kind === 'type')
        .map(({ name: type, count }) => {
          const doc = REL_DOCS.find((d) => d.type === type);
          return {
            type,
            count,
            description: doc?.description ?? null,
            derived: doc?.derived ?? false,
            from: [...(doc?.from ?? [])],
            to: [...(doc?.to ?? [])],
            properties: properties(props('type', type), doc?.properties),
          };
        });
      return { labels, relationshipTypes, propertyKeys: rows.propertyKeys };
    },
  };
}
export type SchemaService = ReturnType<typeof createSchemaService>;
