// Queries of the CSV import.
import type { FactRelType } from '../../model/labels.js';

/**
 * load-entity-names — no parameters; columns label, id, name, nameAr, aliases, kind, source.
 * Every person's and organisation's names (for resolution), and every Source's description (`source`: title,
 * publisher, published, language, url; null for people and organisations). Nodes without an id are left out:
 * nothing can refer to them, so a name matching one must not resolve to it.
 */
export const LOAD_ENTITY_NAMES = `
MATCH (n:Person) WHERE n.id IS NOT NULL
RETURN 'Person' AS label, n.id AS id, n.name AS name, n.nameAr AS nameAr, n.aliases AS aliases, null AS kind, null AS source
UNION ALL
MATCH (n:Organization) WHERE n.id IS NOT NULL
RETURN 'Organization' AS label, n.id AS id, n.name AS name, n.nameAr AS nameAr, n.aliases AS aliases, n.kind AS kind, null AS source
UNION ALL
MATCH (n:Source) WHERE n.id IS NOT NULL
RETURN 'Source' AS label, n.id AS id, null AS name, null AS nameAr, null AS aliases, null AS kind,
       {title: n.title, publisher: n.publisher, published: n.published, language: n.language, url: n.url} AS source`;

/**
 * find-facts-by-id — parameter $ids (fact ids); columns id, from, to, props.
 * The facts of one type that already carry one of these ids, with their endpoints' ids and their properties.
 */
export function findFactsByIdQuery(type: FactRelType): string {
  return `
UNWIND $ids AS id
MATCH (a)-[r:${type} {id: id}]->(b)
RETURN id, a.id AS from, b.id AS to, properties(r) AS props`;
}

/**
 * create-stints — parameter $rows: [{id, from, to, props}] (from: Person id, to: Organization id); columns rows
 * (rows whose both endpoints exist), created. A stint that exists already is left as it is (the import checked it
 * is the same fact): an import never overwrites a fact.
 */
export const CREATE_STINTS = `
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Organization {id: row.to})
OPTIONAL MATCH (a)-[old:WORKED_AT {id: row.id}]->(b)
WITH row, a, b, old IS NULL AS isNew
MERGE (a)-[r:WORKED_AT {id: row.id}]->(b)
ON CREATE SET r = row.props
RETURN count(*) AS rows, sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created`;

/**
 * merge-nodes-additive — parameter $rows: [{id, props}]; columns rows, created, updated.
 * Adds the given properties to the node (an import never removes what a facts file or an earlier import set). On a
 * person or organisation it also records what this import added — a name, Arabic name or kind the node lacked
 * (importedName, importedNameAr, importedKind) and aliases it did not have (importedAliases) — so that re-seeding a
 * facts file, which sets the values it declares, keeps them (seed/imported-values.ts).
 */
export function mergeNodesAdditiveQuery(label: 'Person' | 'Organization' | 'Source'): string {
  const record =
    label === 'Source'
      ? ''
      : `
WITH row, isNew, before, n,
     [a IN coalesce(row.props.aliases, []) WHERE NOT a IN coalesce(before.aliases, []) AND NOT a IN coalesce(n.importedAliases, [])] AS newAliases
SET n.importedName = CASE WHEN before.name IS NULL THEN row.props.name ELSE n.importedName END,
    n.importedNameAr = CASE WHEN before.nameAr IS NULL THEN row.props.nameAr ELSE n.importedNameAr END,
    n.importedKind = CASE WHEN before.kind IS NULL THEN row.props.kind ELSE n.importedKind END,
    n.importedAliases = CASE WHEN size(newAliases) = 0 THEN n.importedAliases
                             ELSE coalesce(n.importedAliases, []) + newAliases END`;
  return `
UNWIND $rows AS row
OPTIONAL MATCH (old:${label} {id: row.id})
WITH row, old IS NULL AS isNew, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (n:${label} {id: row.id})
SET n += row.props${record}
RETURN count(*) AS rows,
       sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT isNew AND before <> properties(n) THEN 1 ELSE 0 END) AS updated`;
}
