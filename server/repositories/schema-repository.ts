// Reads the database's catalogue: labels, relationship types, property keys and counts.
import neo4j from 'neo4j-driver';
import type { JsonValue } from '../../model/graph.js';
import { isInternalLabel, isInternalRelType, isNodeLabel, isRelType } from '../../model/labels.js';
import { toJson } from '../db/convert.js';
import type { Database, QueryRunner } from '../db/database.js';
import {
  CATALOGUE,
  ENDPOINTS,
  MODEL_COUNTS,
  MODEL_PROPERTIES,
  NODE_COUNT,
  INTERNAL_COUNTS,
  OTHER_COUNTS,
  OTHER_PROPERTIES,
  PROPERTY_KEYS,
  UNLABELED_COUNT,
  UNLABELED_PROPERTIES,
} from '../queries/schema.js';
import { allowLongQuery, longQueryOptions, type LongQueryLimits } from './lookup.js';

/** Nodes (relationships) sampled per label (type) to list its properties. */
export const SCHEMA_SAMPLE = 1_000;

export interface PropertyRow {
  kind: 'label' | 'type';
  name: string;
  sampled: number;
  key: string;
  types: string[];
  present: number;
  /**
   * Up to 10 sampled values whose type valueType() calls LIST<INTEGER NOT NULL>, as JSON: a byte array is Base64
   * text (toJson), a list of integers a list. Only they tell the two apart.
   */
  integerLists: JsonValue[];
}

export interface SchemaRows {
  /** Labels and types present in the database, with their counts. */
  counts: { kind: 'label' | 'type'; name: string; count: number }[];
  properties: PropertyRow[];
  propertyKeys: string[];
  /** Nodes in the database (the count store): a node created or deleted changes it, as label counts change. */
  nodes: number;
  /**
   * Nodes without any label, and their sampled properties (kind 'label', name ''), none when there are none; `key`:
   * the node and label counts the count holds for (unlabeledKey), to pass back to read() as `known`.
   */
  unlabeled: { count: number; properties: PropertyRow[]; key: string };
  /**
   * Start and end labels of every type but our internal ones, sampled, and whether some sampled start (end) node has
   * no label.
   */
  endpoints: { name: string; from: string[]; to: string[]; fromUnlabeled: boolean; toUnlabeled: boolean }[];
}

/** What a request reads every time (no sampling, no scan): its fingerprint says whether the sampled read still holds. */
export type SchemaCounts = Pick<SchemaRows, 'counts' | 'propertyKeys' | 'nodes'>;

/** The nodes without a label as last counted, and the node and label counts they were counted at (unlabeledKey). */
export interface KnownUnlabeled {
  key: string;
  count: number;
}

/**
 * The node count and every label's count (our internal ones' too): a node without a label is created or deleted, or a node loses or gains its
 * only label, only with one of them changing, so while this is the same the last UNLABELED_COUNT holds (a label moved
 * between two nodes at once, one of them left with none and one of them with none before, goes unseen until the
 * counts next change: a trade for not scanning every node each time the schema is sampled).
 */
export function unlabeledKey(rows: Pick<SchemaRows, 'counts' | 'nodes'>): string {
  return JSON.stringify([rows.nodes, rows.counts.filter((c) => c.kind === 'label')]);
}

type Rows = <T>(q: string, params?: Record<string, unknown>) => Promise<T[]>;

function rowsOf(tx: QueryRunner): Rows {
  return async <T>(q: string, params: Record<string, unknown> = {}) =>
    (await tx.run(q, params)).records.map((r) => toJson(r.toObject()) as unknown as T);
}

/** What is in the database and how much of it: cheap (the catalogue and the count store, no sampling). */
async function readCounts(rows: Rows) {
  const [catalogue] = await rows<{ labels: string[]; types: string[] }>(CATALOGUE);
  const present = { labels: new Set(catalogue?.labels ?? []), types: new Set(catalogue?.types ?? []) };
  const other = {
    labels: [...present.labels].filter((l) => !isNodeLabel(l) && !isInternalLabel(l)),
    types: [...present.types].filter((t) => !isRelType(t) && !isInternalRelType(t)),
  };
  const inDb = (r: { kind: string; name: string }) =>
    (r.kind === 'label' ? present.labels : present.types).has(r.name);
  const counts = [
    ...(await rows<SchemaRows['counts'][number]>(MODEL_COUNTS)),
    ...(await rows<SchemaRows['counts'][number]>(OTHER_COUNTS, other)),
  ].filter(inDb);
  const propertyKeys = (await rows<{ propertyKey: JsonValue }>(PROPERTY_KEYS)).map((r) =>
    String(r.propertyKey),
  );
  const [total] = await rows<{ count: number }>(NODE_COUNT);
  // The types whose start and end labels are sampled: every one the database has but our internal storage's.
  const types = [...present.types].filter((t) => !isInternalRelType(t));
  const internal = [...present.labels].filter(isInternalLabel);
  return { other, types, internal, counts, propertyKeys, nodes: total?.count ?? 0 };
}

export function createSchemaRepository(db: Database, limits: LongQueryLimits) {
  return {
    /** Labels, types, their counts and the property keys, without sampling properties. */
    counts(): Promise<SchemaCounts> {
      return db.read(async (tx) => {
        const { counts, propertyKeys, nodes } = await readCounts(rowsOf(tx));
        return { counts, propertyKeys, nodes };
      });
    },
    /** Everything, properties sampled; `known`: the last unlabelled count, reused while unlabeledKey is unchanged. */
    read(known?: KnownUnlabeled): Promise<SchemaRows> {
      return db.read(async (tx, ctl) => {
        await allowLongQuery(tx, ctl, limits);
        const rows = rowsOf(tx);
        const { other, types, internal, counts, propertyKeys, nodes } = await readCounts(rows);
        const sample = neo4j.int(SCHEMA_SAMPLE);
        const properties = [
          ...(await rows<PropertyRow>(MODEL_PROPERTIES, { sample })),
          ...(await rows<PropertyRow>(OTHER_PROPERTIES, { ...other, sample })),
        ];
        const endpoints = await rows<SchemaRows['endpoints'][number]>(ENDPOINTS, { types, sample });
        // An empty database has nothing to scan for nodes without a label, and unchanged counts nothing new to find.
        // Our internal labels' counts too, though not shown: a node losing its only one is left with none.
        const hidden = internal.length ? await rows<SchemaRows['counts'][number]>(INTERNAL_COUNTS) : [];
        const key = unlabeledKey({ counts: [...counts, ...hidden], nodes });
        const count =
          nodes === 0
            ? 0
            : known?.key === key
              ? known.count
              : ((await rows<{ count: number }>(UNLABELED_COUNT))[0]?.count ?? 0);
        const unlabeledProps =
          count > 0
            ? (await rows<Omit<PropertyRow, 'kind' | 'name'>>(UNLABELED_PROPERTIES, { sample })).map(
                (r): PropertyRow => ({ ...r, kind: 'label', name: '' }),
              )
            : [];
        return {
          counts,
          properties,
          propertyKeys,
          nodes,
          unlabeled: { count, properties: unlabeledProps, key },
          endpoints,
        };
      }, longQueryOptions(limits));
    },
  };
}
export type SchemaRepository = ReturnType<typeof createSchemaRepository>;
