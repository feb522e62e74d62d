// What CSV imports added to a person or organisation, put back beside a facts file's values when the file is seeded
// again: nothing a user loaded is lost, and the file stays the authority for the values it declares.
//
// The import records what it adds on the node itself (seed/queries/import.ts): a name, Arabic name or kind the node
// lacked (importedName, importedNameAr, importedKind) and the aliases it did not have (importedAliases). The seed never
// writes those records; it sets the node to the file's properties plus, for each record, the imported value where the
// file declares none (an alias always; a name or Arabic name the file declares otherwise becomes an alias, as an import
// keeps another spelling). So a value the file changes or drops changes or goes, and an imported one stays.
import { normalizeName } from '../model/normalize.js';
import { withSearchProps, type Props } from './rows.js';

/** The properties an import records what it added in, by the property they add to. */
export const IMPORTED_RECORDS = {
  name: 'importedName',
  nameAr: 'importedNameAr',
  kind: 'importedKind',
  aliases: 'importedAliases',
} as const;

export interface ImportedValues {
  name?: string;
  nameAr?: string;
  kind?: string;
  aliases?: string[];
}

/**
 * The node's properties from the file (`fileProps`, as rows.ts's nodeProps makes them) with what imports added to it.
 * Deterministic, so seeding the same file again changes nothing.
 */
export function withImportedValues(fileProps: Props, imported: ImportedValues): Props {
  const { searchText: _s, aliasesText: _a, ...props } = fileProps;
  const aliases = Array.isArray(props.aliases) ? [...(props.aliases as string[])] : [];
  const known = new Set(
    [props.name, props.nameAr, ...aliases]
      .filter((x): x is string => typeof x === 'string')
      .map(normalizeName),
  );
  const keep = (s: string) => {
    if (known.has(normalizeName(s))) return;
    known.add(normalizeName(s));
    aliases.push(s);
  };
  for (const key of ['name', 'nameAr', 'kind'] as const) {
    const value = imported[key];
    if (value === undefined) continue;
    props[IMPORTED_RECORDS[key]] = value;
    if (props[key] === undefined) {
      props[key] = value;
      if (key !== 'kind') known.add(normalizeName(value));
    }
  }
  for (const key of ['name', 'nameAr'] as const) if (imported[key] !== undefined) keep(imported[key]);
  if (imported.aliases && imported.aliases.length > 0) {
    props[IMPORTED_RECORDS.aliases] = imported.aliases;
    imported.aliases.forEach(keep);
  }
  if (aliases.length > 0) props.aliases = aliases;
  return withSearchProps(props);
}
