// GET /api/schema: what is in the database (labels, types, property keys, counts) joined with the documented
// model (model/data-model.ts), for the client's legend and Cypher autocomplete.
import { NODE_DOCS, REL_DOCS } from '../../model/data-model.js';
import type { SchemaRepository } from '../repositories/schema-repository.js';

export interface SchemaProperty {
  key: string;
  types: string[];
  /** Every node (relationship) of the label (type) has it. */
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

function merge(
  into: Map<string, SchemaProperty>,
  key: string | null,
  types: string[],
  mandatory: boolean,
  docs: { name: string; description: string }[] | undefined,
) {
  if (!key) return;
  const prev = into.get(key);
  const description = docs?.find((d) => d.name === key)?.description ?? null;
  into.set(key, {
    key,
    types: [...new Set([...(prev?.types ?? []), ...types])],
    mandatory: prev ? prev.mandatory && mandatory : mandatory,
    description,
  });
}

export function createSchemaService(repo: SchemaRepository) {
  return {
    async schema(): Promise<GraphSchema> {
      const rows = await repo.read();
      const labels = rows.labels.map(({ label, count }) => {
        const doc = NODE_DOCS.find((d) => d.label === label);
        const props = new Map<string, SchemaProperty>();
        for (const p of rows.nodeProperties.filter((r) => r.nodeLabels.includes(label))) {
          merge(props, p.propertyName, p.propertyTypes, p.mandatory, doc?.properties);
        }
        return {
          label,
          count,
          description: doc?.description ?? null,
          properties: [...props.values()].sort((a, b) => a.key.localeCompare(b.key)),
        };
      });
      const relationshipTypes = rows.relTypes.map(({ type, count }) => {
        const doc = REL_DOCS.find((d) => d.type === type);
        const props = new Map<string, SchemaProperty>();
        for (const p of rows.relProperties.filter((r) => r.relType.replace(/^:`?|`$/g, '') === type)) {
          merge(props, p.propertyName, p.propertyTypes, p.mandatory, doc?.properties);
        }
        return {
          type,
          count,
          description: doc?.description ?? null,
          derived: doc?.derived ?? false,
          from: [...(doc?.from ?? [])],
          to: [...(doc?.to ?? [])],
          properties: [...props.values()].sort((a, b) => a.key.localeCompare(b.key)),
        };
      });
      return { labels, relationshipTypes, propertyKeys: rows.propertyKeys };
    },
  };
}
export type SchemaService = ReturnType<typeof createSchemaService>;
