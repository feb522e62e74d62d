// A Source's own facts file taking it over from an import, a script or a citing file: its declared fields win, the
// others stay (recorded in keptFields), and only a change is told.
import { describe, expect, it } from 'vitest';
import { KEPT_FIELDS, sourceTakeoverWarning, withKeptSourceFields } from '../../../seed/source-takeover.js';
import { sourceProps } from '../../../seed/rows.js';
import type { SourceInput } from '../../../model/facts-schema.js';

const input: SourceInput = {
  id: 'source:s',
  title: 'T',
  publisher: 'P',
  published: '2024-01-01',
  language: 'en',
};
const file = sourceProps(input, []);

describe('withKeptSourceFields', () => {
  it('leaves a new Source as its file declares it', () => {
    expect(withKeptSourceFields(file, undefined)).toEqual({ props: file });
  });

  it("takes the file's fields, keeps the others and records them, the first time", () => {
    const before = {
      id: 'source:s',
      name: 'Old',
      title: 'Old',
      publisher: 'P',
      url: 'https://example.org/x',
      searchText: 'old',
    };
    const { props, takeover } = withKeptSourceFields(file, before);
    expect(props).toMatchObject({
      title: 'T',
      publisher: 'P',
      url: 'https://example.org/x',
      [KEPT_FIELDS]: ['url'],
    });
    expect(takeover).toEqual({
      replaced: [{ field: 'title', from: 'Old', to: 'T' }],
      kept: [{ field: 'url', value: 'https://example.org/x' }],
    });
    expect(sourceTakeoverWarning('source:s', takeover!)).toBe(
      'source:s: the facts file declares a source that a CSV import, a script or a file citing it wrote before; its declared fields replaced title "Old" with "T"; kept url "https://example.org/x", which the file does not declare (kept on every seed; declare it in the file to change it)',
    );
  });

  it('keeps only the recorded fields on a later seed, and tells nothing that did not change', () => {
    const first = withKeptSourceFields(file, { id: 'source:s', url: 'https://example.org/x' }).props;
    const again = withKeptSourceFields(file, { ...first, factIds: [], fullText: 'x', titleEn: 'gone' });
    expect(again.props).toEqual(first);
    expect(again.takeover).toBeUndefined();
  });

  it('tells when the file comes to declare a kept field otherwise', () => {
    const first = withKeptSourceFields(file, { id: 'source:s', url: 'https://example.org/x' }).props;
    const edited = { ...file, url: 'https://example.org/y' };
    const again = withKeptSourceFields(edited, { ...first, factIds: [] });
    expect(again.props.url).toBe('https://example.org/y');
    expect(again.props[KEPT_FIELDS]).toBeUndefined();
    expect(again.takeover?.replaced).toEqual([
      { field: 'url', from: 'https://example.org/x', to: 'https://example.org/y' },
    ]);
  });
});
