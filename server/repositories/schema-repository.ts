// Reads the database's catalogue: labels, relationship types, property keys and counts.
import type { JsonValue } from '../../model/graph.js';
import { toJson } from '../db/convert.js';
import type { Database } from '../db/database.js';
import {
  LABEL_COUNTS,
  NODE_TYPE_PROPERTIES,
  PROPERTY_KEYS,
  REL_TYPE_COUNTS,
  REL_TYPE_PROPERTIES,
} from '../queries/schema.js';

export interface SchemaRows {
  labels: { label: string; count: number }[];
  relTypes: { type: string; count: number }[];
  nodeProperties: {
    nodeLabels: string[];
    propertyName: string | null;
    propertyTypes: string[];
    mandatory: boolean;
  }[];
  relProperties: {
    relType: string;
    propertyName: string | null;
    propertyTypes: string[];
    mandatory: boolean;
  }[];
  propertyKeys: string[];
}

export function createSchemaRepository(db: Database) {
  return {
    read(): Promise<SchemaRows> {
      return db.read(async (tx) => {
        const rows = async <T>(q: string) =>
          (await tx.run(q)).records.map((r) => toJson(r.toObject()) as unknown as T);
        const labels = await rows<SchemaRows['labels'][number]>(LABEL_COUNTS);
        const relTypes = await rows<SchemaRows['relTypes'][number]>(REL_TYPE_COUNTS);
        const nodeProperties = await rows<SchemaRows['nodeProperties'][number]>(NODE_TYPE_PROPERTIES);
        const relProperties = await rows<SchemaRows['relProperties'][number]>(REL_TYPE_PROPERTIES);
        const propertyKeys = (await rows<{ propertyKey: JsonValue }>(PROPERTY_KEYS)).map((r) =>
          String(r.propertyKey),
        );
        return { labels, relTypes, nodeProperties, relProperties, propertyKeys };
      });
    },
  };
}
export type SchemaRepository = ReturnType<typeof createSchemaRepository>;
