// Lists of labels or relationship types in one query parameter (model/name-list.ts): any name a graph may hold comes
// back whole — commas, backticks, spaces at its ends, Arabic — and bad text is named, never guessed at.
import { describe, expect, it } from 'vitest';
import { SourcesQuerySchema } from '../../../model/api.js';
import { FlowsQuerySchema } from '../../../model/flows-api.js';
import { nameListText, splitNameList } from '../../../model/name-list.js';

describe('name lists', () => {
  it('reads a plain comma-separated list as before: trimmed, empty parts left out', () => {
    expect(splitNameList('KNOWS, ACTED_IN,,WROTE ')).toEqual({ names: ['KNOWS', 'ACTED_IN', 'WROTE'] });
    expect(splitNameList('')).toEqual({ names: [] });
    // A backtick inside a name (not at its start) is part of it, as before.
    expect(splitNameList('LIKED`BY')).toEqual({ names: ['LIKED`BY'] });
  });

  it('gives back any list of names it wrote, whatever they hold', () => {
    const lists = [
      ['KNOWS', 'WROTE'],
      ['SHELVED, NEAR'],
      ['`QUOTED', 'A``B', 'ends`'],
      [' padded ', 'عمل في', 'x,y,z'],
      ['', 'LAST'],
    ];
    for (const names of lists) expect(splitNameList(nameListText(names))).toEqual({ names });
    // Names that need nothing are written as they are.
    expect(nameListText(['KNOWS', 'عمل_في'])).toBe('KNOWS,عمل_في');
    expect(nameListText(['SHELVED, NEAR', 'KNOWS'])).toBe('`SHELVED, NEAR`,KNOWS');
    expect(nameListText(['A`B'])).toBe('`A``B`');
  });

  it('names what is wrong with an unclosed backtick or text after a quoted name', () => {
    expect(splitNameList('WROTE,`SHELVED')).toEqual({
      error: 'expected a closing backtick for the name that starts at character 7',
    });
    expect(splitNameList('`A`B,C')).toEqual({
      error: 'expected a comma after the backticked name `A` (character 4)',
    });
  });
});

describe('id lists in a query string', () => {
  it('reads an id holding a comma whole when written as a name list writes it, and plain lists as before', () => {
    // Made-up imported ids: the network asks /api/flows for the window's numbers of a flow between them.
    const ids = ['flow:org:Acme, Inc.->org:meta', 'flow:org:meta->org:xai'];
    const parsed = FlowsQuerySchema.parse({ ids: nameListText(ids) });
    expect(parsed.ids).toEqual(ids);
    expect(SourcesQuerySchema.parse({ ids: 'source:a, source:b' }).ids).toEqual(['source:a', 'source:b']);
    expect(SourcesQuerySchema.parse({ ids: ['source:a', nameListText(['source:b, c'])] }).ids).toEqual([
      'source:a',
      'source:b, c',
    ]);
  });
});
