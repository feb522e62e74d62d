// How a re-seed puts what CSV imports added beside a facts file's values. Fictional names.
import { describe, expect, it } from 'vitest';
import { searchTextOf } from '../../../model/normalize.js';
import { withImportedValues } from '../../../seed/imported-values.js';
import { withSearchProps } from '../../../seed/rows.js';

const file = (props: Record<string, unknown>) => withSearchProps({ id: 'org:alpha-labs', ...props });

describe('withImportedValues', () => {
  it("fills what the file does not declare and keeps the file's own values", () => {
    expect(
      withImportedValues(file({ name: 'Alpha Labs', kind: 'lab', aliases: ['Alpha'] }), {
        nameAr: 'مختبرات ألفا',
        kind: 'company',
        aliases: ['AL', 'alpha'],
      }),
    ).toEqual({
      id: 'org:alpha-labs',
      name: 'Alpha Labs',
      nameAr: 'مختبرات ألفا',
      kind: 'lab',
      aliases: ['Alpha', 'AL'],
      importedNameAr: 'مختبرات ألفا',
      importedKind: 'company',
      importedAliases: ['AL', 'alpha'],
      aliasesText: 'Alpha | AL',
      searchText: searchTextOf(['Alpha Labs', 'مختبرات ألفا', 'Alpha', 'AL']),
    });
  });

  it('keeps an imported Arabic name the file now spells otherwise as an alias', () => {
    const out = withImportedValues(file({ name: 'Alpha Labs', nameAr: 'ألفا لابز' }), {
      nameAr: 'مختبرات ألفا',
    });
    expect(out).toMatchObject({
      nameAr: 'ألفا لابز',
      aliases: ['مختبرات ألفا'],
      importedNameAr: 'مختبرات ألفا',
    });
  });
});
