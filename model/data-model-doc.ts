// Renders the data-model tables (labels, relationship types, properties, constraints, indexes) as Markdown
// for docs/data-model.md, so the document is generated from the same tables the validation uses.
import { DERIVATION_LABEL, DERIVATION_LOCK_CONSTRAINT } from './derivation-lock.js';
import {
  FULLTEXT_INDEX,
  NODE_DOCS,
  RANGE_INDEXES,
  REL_DOCS,
  nodeIdConstraintName,
  relIdConstraintName,
  type PropertyDoc,
} from './data-model.js';
import { NODE_LABELS, REL_TYPES } from './labels.js';

const esc = (s: string) => s.replace(/\|/g, '\\|');

function propertyTable(props: readonly PropertyDoc[]): string {
  const rows = props.map((p) => {
    const flags = p.derived ? 'derived' : p.required ? '**required**' : 'optional';
    const type = p.type === 'enum' ? (p.values ?? []).map((v) => `\`${v}\``).join(' \\| ') : `\`${p.type}\``;
    return `| \`${p.name}\` | ${type} | ${flags} | ${esc(p.description)} |`;
  });
  return ['| property | type | in a facts file | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function renderDataModelTables(): string {
  const out: string[] = [];
  out.push('### Node labels\n');
  for (const d of NODE_DOCS) {
    out.push(
      `#### :${d.label} — ids \`${d.idPrefix}:…\`\n\n${d.description}\n\n${propertyTable(d.properties)}\n`,
    );
  }
  out.push('### Relationship types\n');
  for (const d of REL_DOCS) {
    const pattern = `(:${d.from.join('|:')})-[:${d.type}]->(:${d.to.join('|:')})`;
    out.push(
      `#### ${d.derived ? 'Derived: ' : ''}\`${pattern}\`\n\n${d.description}\n\n${propertyTable(d.properties)}\n`,
    );
  }
  out.push('### Constraints and indexes\n');
  out.push('| name | kind | on |', '| --- | --- | --- |');
  for (const l of NODE_LABELS)
    out.push(`| \`${nodeIdConstraintName(l)}\` | uniqueness constraint | \`(:${l}).id\` |`);
  for (const t of REL_TYPES)
    out.push(`| \`${relIdConstraintName(t)}\` | uniqueness constraint | \`[:${t}].id\` |`);
  out.push(`| \`${DERIVATION_LOCK_CONSTRAINT}\` | uniqueness constraint | \`(:${DERIVATION_LABEL}).id\` |`);
  out.push(
    `| \`${FULLTEXT_INDEX.name}\` | full-text, analyzer \`${FULLTEXT_INDEX.analyzer}\` | \`:${FULLTEXT_INDEX.labels.join('|:')}\` on ${FULLTEXT_INDEX.properties.map((p) => `\`${p}\``).join(', ')} |`,
  );
  for (const r of RANGE_INDEXES)
    out.push(
      `| \`${r.name}\` | range index | \`${r.on === 'node' ? `(:${r.target})` : `[:${r.target}]`}.${r.properties.join(', ')}\` |`,
    );
  return `${out.join('\n')}\n`;
}

export const GENERATED_BEGIN =
  '<!-- BEGIN GENERATED: model/data-model-doc.ts — regenerate with `npx tsx seed/write-model-doc.ts` -->';
export const GENERATED_END = '<!-- END GENERATED -->';

/** Replaces the generated section of a document with freshly rendered tables. */
export function withGeneratedTables(doc: string): string {
  const start = doc.indexOf(GENERATED_BEGIN);
  const end = doc.indexOf(GENERATED_END);
  if (start < 0 || end < start) throw new Error('the document has no generated section markers');
  return `${doc.slice(0, start + GENERATED_BEGIN.length)}\n\n${renderDataModelTables()}\n${doc.slice(end)}`;
}

/** The data model as plain JSON, for GET /api/schema: labels, relationship types, properties, constraints, indexes. */
export function describeDataModel() {
  return {
    labels: NODE_DOCS.map((d) => ({
      label: d.label,
      idPrefix: d.idPrefix,
      description: d.description,
      properties: d.properties,
    })),
    relationships: REL_DOCS.map((d) => ({
      type: d.type,
      from: [...d.from],
      to: [...d.to],
      derived: d.derived ?? false,
      description: d.description,
      properties: d.properties,
    })),
    constraints: [
      ...NODE_LABELS.map((l) => ({
        name: nodeIdConstraintName(l),
        kind: 'uniqueness',
        on: `(:${l})`,
        property: 'id',
      })),
      ...REL_TYPES.map((t) => ({
        name: relIdConstraintName(t),
        kind: 'uniqueness',
        on: `[:${t}]`,
        property: 'id',
      })),
      { name: DERIVATION_LOCK_CONSTRAINT, kind: 'uniqueness', on: `(:${DERIVATION_LABEL})`, property: 'id' },
    ],
    indexes: [
      {
        name: FULLTEXT_INDEX.name,
        kind: 'fulltext',
        labels: [...FULLTEXT_INDEX.labels],
        properties: [...FULLTEXT_INDEX.properties],
        analyzer: FULLTEXT_INDEX.analyzer,
      },
      ...RANGE_INDEXES.map((r) => ({
        name: r.name,
        kind: 'range',
        on: r.on,
        target: r.target,
        properties: [...r.properties],
      })),
    ],
  };
}
