// Counts in Arabic agree with their number, as CLDR's plural rules and Arabic grammar ask: one and two name the noun
// alone (تعيين واحد، تعيينان), three to ten take the plural (٣ تعيينات), eleven to ninety-nine the singular, and
// a masculine one in the accusative (١٤ تعيينًا، ١٤ مغادرة), a hundred and up the singular (١٠٠ تعيين); a total
// after «من» agrees with the total, not the part (٢ من ٩ عقد, ١ من عقدتين). Sentences built from counts use these
// forms, and their numbers are all in Arabic-Indic digits.
import { describe, expect, it } from 'vitest';
import { countOf, countOfTotal, MESSAGE_KEYS, t, type CountedNoun } from '../../../../client/i18n/i18n.js';
import { noticeText } from '../../../../client/state/notice.js';
import { flowsCountText, linkIssueTexts } from '../../../../client/state/chips.js';
import { createActions } from '../../../../client/state/actions.js';
import { createQueryMemory } from '../../../../client/state/query-history.js';
import { createStore } from '../../../../client/state/store.js';
import { initialState } from '../../../../client/state/app-state.js';
import { cypherAnswer, fakeApi, flowOf, flowsAnswer } from '../answers.js';
import { edge, node } from '../fixtures.js';
import { AR } from '../../../../client/i18n/messages-ar.js';
import { apartLine } from '../../../../client/ui/talent-charts.js';

const NOUNS: CountedNoun[] = [
  'Nodes',
  'Relationships',
  'Facts',
  'Hires',
  'Departures',
  'Neighbours',
  'Steps',
  'Rows',
  'Flows',
  'TalentFlows',
  'SmallerFlows',
  'UnpinnedResults',
  'CacheHits',
  'CacheMisses',
  'DbHits',
];
const SAMPLE = [0, 1, 2, 3, 10, 11, 14, 99, 100, 101, 102, 103, 111];

describe('Arabic counts', () => {
  it('count a query’s rows as the language counts them, in the timing lines and the cut notice', () => {
    expect([1, 2, 3, 14, 100].map((n) => countOf('ar', 'Rows', n))).toEqual([
      'صف واحد',
      'صفّان',
      '٣ صفوف',
      '١٤ صفًّا',
      '١٠٠ صف',
    ]);
    expect(t('ar', 'outcomeOk', { rows: countOf('ar', 'Rows', 2), ms: '٥' })).toBe('صفّان، ٥ ملّي ثانية');
    expect(t('en', 'outcomeOk', { rows: countOf('en', 'Rows', 1), ms: '5' })).toBe('1 row · 5 ms');
    expect(
      noticeText(
        { kind: 'warn', key: 'truncatedRows', vars: { rows: 14 }, nouns: { rows: { noun: 'Rows' } } },
        'ar',
      ),
    ).toBe('قُطعت الإجابة عند ١٤ صفًّا؛ ضيّق الاستعلام لرؤية كل شيء.');
  });

  it('give each noun the form its number asks for', () => {
    expect(SAMPLE.map((n) => countOf('ar', 'Hires', n))).toEqual([
      '٠ تعيين',
      'تعيين واحد',
      'تعيينان',
      '٣ تعيينات',
      '١٠ تعيينات',
      '١١ تعيينًا',
      '١٤ تعيينًا',
      '٩٩ تعيينًا',
      '١٠٠ تعيين',
      '١٠١ تعيين',
      '١٠٢ تعيين',
      '١٠٣ تعيينات',
      '١١١ تعيينًا',
    ]);
    expect([1, 2, 5, 14, 100].map((n) => countOf('ar', 'Departures', n))).toEqual([
      'مغادرة واحدة',
      'مغادرتان',
      '٥ مغادرات',
      '١٤ مغادرة',
      '١٠٠ مغادرة',
    ]);
    expect([1, 2, 4, 12].map((n) => countOf('ar', 'Facts', n))).toEqual([
      'واقعة واحدة',
      'واقعتان',
      '٤ وقائع',
      '١٢ واقعة',
    ]);
    // The nouns counted before keep their forms.
    expect([2, 9, 13].map((n) => countOf('ar', 'Nodes', n))).toEqual(['عقدتان', '٩ عقد', '١٣ عقدة']);
    expect([1, 14].map((n) => countOf('en', 'Hires', n))).toEqual(['1 hire', '14 hires']);
    expect([1, 14].map((n) => countOf('en', 'Departures', n))).toEqual(['1 departure', '14 departures']);
  });

  it('make a total after «من» agree with the total, in the genitive', () => {
    expect([1, 2, 9, 14].map((n) => countOfTotal('ar', 'Nodes', n))).toEqual([
      'عقدة واحدة',
      'عقدتين',
      '٩ عقد',
      '١٤ عقدة',
    ]);
    expect(countOfTotal('ar', 'Facts', 2)).toBe('واقعتين');
    expect(countOfTotal('en', 'Nodes', 9)).toBe('9 nodes');
    expect([1, 2, 7, 14, 100].map((n) => countOfTotal('ar', 'Flows', n))).toEqual([
      'تدفّق واحد',
      'تدفّقين',
      '٧ تدفّقات',
      '١٤ تدفّقًا',
      '١٠٠ تدفّق',
    ]);
  });

  it('count flows, talent flows, smaller flows and unpinned results, agreeing in gender and case', () => {
    expect([1, 2, 3, 14, 100].map((n) => countOf('ar', 'Flows', n))).toEqual([
      'تدفّق واحد',
      'تدفّقان',
      '٣ تدفّقات',
      '١٤ تدفّقًا',
      '١٠٠ تدفّق',
    ]);
    expect([1, 2, 3, 14, 100].map((n) => countOf('ar', 'SmallerFlows', n))).toEqual([
      'تدفّق واحد أصغر',
      'تدفّقان أصغر',
      '٣ تدفّقات أصغر',
      '١٤ تدفّقًا أصغر',
      '١٠٠ تدفّق أصغر',
    ]);
    expect([1, 2, 3, 14, 100].map((n) => countOfTotal('ar', 'TalentFlows', n))).toEqual([
      'تدفّق واحد للكفاءات',
      'تدفّقين للكفاءات',
      '٣ تدفّقات للكفاءات',
      '١٤ تدفّقًا للكفاءات',
      '١٠٠ تدفّق للكفاءات',
    ]);
    // Feminine: no accusative tanween from eleven to ninety-nine; the adjective of a non-human plural is singular.
    expect([1, 2, 3, 14, 100].map((n) => countOf('ar', 'UnpinnedResults', n))).toEqual([
      'نتيجة واحدة غير مثبّتة',
      'نتيجتان غير مثبّتتين',
      '٣ نتائج غير مثبّتة',
      '١٤ نتيجة غير مثبّتة',
      '١٠٠ نتيجة غير مثبّتة',
    ]);
    expect(countOfTotal('ar', 'UnpinnedResults', 2)).toBe('نتيجتين غير مثبّتتين');
    expect([1, 2, 14].map((n) => countOf('en', 'Flows', n))).toEqual(['1 flow', '2 flows', '14 flows']);
    expect([1, 14].map((n) => countOf('en', 'TalentFlows', n))).toEqual(['1 talent flow', '14 talent flows']);
    expect([1, 14].map((n) => countOf('en', 'SmallerFlows', n))).toEqual([
      '1 smaller flow',
      '14 smaller flows',
    ]);
    expect([1, 10].map((n) => countOf('en', 'UnpinnedResults', n))).toEqual([
      '1 unpinned result',
      '10 unpinned results',
    ]);
    // A profiled plan's operator with one db hit, and the plan's total.
    expect([1, 14].map((n) => countOf('en', 'DbHits', n))).toEqual(['1 db hit', '14 db hits']);
    expect([1, 2, 3, 14].map((n) => countOf('ar', 'DbHits', n))).toEqual([
      'عملية وصول واحدة إلى قاعدة البيانات',
      'عمليتا وصول إلى قاعدة البيانات',
      '٣ عمليات وصول إلى قاعدة البيانات',
      '١٤ عملية وصول إلى قاعدة البيانات',
    ]);
    expect(t('en', 'planTotalDbHits', { n: countOf('en', 'DbHits', 1) })).toBe('Profiled: 1 db hit in total');
  });

  it('have a message for every form the rules pick, in both languages, and only Arabic-Indic digits in Arabic', () => {
    for (const noun of NOUNS)
      for (let n = 0; n <= 220; n++)
        for (const lang of ['en', 'ar'] as const) {
          for (const text of [countOf(lang, noun, n), countOfTotal(lang, noun, n)]) {
            expect(text).not.toMatch(/count|\{/);
            if (lang === 'ar') expect([noun, n, text]).toEqual([noun, n, expect.not.stringMatching(/[0-9]/)]);
          }
        }
    expect(MESSAGE_KEYS.filter((k) => /^count/.test(k) && !t('ar', k).match(/[\u0600-\u06ff]/))).toEqual([]);
  });

  it('leave no bare number before a counted noun outside the count forms', () => {
    // A number written before its noun in a sentence takes one form for all numbers (٢ وقائع, ١٤ وقائع): such a
    // sentence takes the count from countOf instead. pathHiddenFacts* counts at most ten steps, each form apart.
    const nouns =
      /\{\w+\} (وقائع|واقعة|نتائج|نتيجة|تدفّق|عقد|عقدة|علاقات|أشخاص|شخص|مصادر|مصدر|انتقالات|مؤسسات)/;
    expect(
      Object.entries(AR)
        .filter(([k, v]) => !/^count|^pathHiddenFacts/.test(k) && nouns.test(v!))
        .map(([k]) => k),
    ).toEqual([]);
  });
});

describe('Arabic sentences with counts', () => {
  it('the shared-link note counts the link’s nodes and facts by their total', () => {
    expect(linkIssueTexts([{ kind: 'missingNodes', missing: 2, total: 9 }], 'ar')).toEqual([
      '٢ من ٩ عقد في الرابط لم تعد موجودة فتُركت.',
    ]);
    expect(linkIssueTexts([{ kind: 'missingNodes', missing: 1, total: 2 }], 'ar')).toEqual([
      '١ من عقدتين في الرابط لم تعد موجودة فتُركت.',
    ]);
    expect(linkIssueTexts([{ kind: 'missingFacts', missing: 3, total: 14 }], 'ar')[0]).toMatch(
      /^٣ من ١٤ واقعة في الرابط /,
    );
    expect(linkIssueTexts([{ kind: 'missingNodes', missing: 2, total: 9 }], 'en')).toEqual([
      '2 of the link’s 9 nodes no longer exist and are left out.',
    ]);
  });

  it('the notices of a capped scene and of a node with more neighbours count by the total', async () => {
    const many = (n: number, prefix = 'p') => ({
      nodes: Array.from({ length: n }, (_, i) => node(`person:${prefix}${i}`, 'Person', { name: `P${i}` })),
      edges: [],
    });
    const api = fakeApi({
      cypher: async () => cypherAnswer(many(1_502), { rowCount: 1 }),
      neighbors: async () => ({ graph: many(100, 'q'), returned: 100, total: 102 }),
    });
    const store = createStore(initialState());
    const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
    await actions.init({});
    expect(noticeText(store.get().notice!, 'ar')).toMatch(/^يُعرض [٠-٩٬]+ من ١٬٥٠٢ عقدة \(الأكثر ارتباطًا\)/);
    expect(noticeText(store.get().notice!, 'en')).toMatch(
      /^Showing [\d,]+ of 1,502 nodes \(the most connected\)/,
    );
    await actions.scene.expand(Object.keys(store.get().scene.nodes)[0]!);
    expect(noticeText(store.get().notice!, 'ar')).toBe('يُعرض ١٠٠ من ١٠٢ جار (الأكثر ارتباطًا أولًا).');
    expect(noticeText(store.get().notice!, 'en')).toBe('100 of 102 neighbours shown (most connected first).');
    expect([3, 14, 2].map((n) => countOfTotal('ar', 'Neighbours', n))).toEqual([
      '٣ جيران',
      '١٤ جارًا',
      'جارين',
    ]);
  });

  it('a path’s length and the longest searched are counted in steps', () => {
    expect([1, 2, 6].map((n) => t('ar', 'pathFound', { n: countOf('ar', 'Steps', n) }))).toEqual([
      'أقصر مسار: خطوة واحدة',
      'أقصر مسار: خطوتان',
      'أقصر مسار: ٦ خطوات',
    ]);
    expect(t('ar', 'pathNone', { max: countOfTotal('ar', 'Steps', 2) })).toBe('لا يوجد مسار في حدود خطوتين.');
    expect(t('ar', 'pathCount', { n: 3, steps: countOf('ar', 'Steps', 2) })).toBe(
      '٣ من أقصر المسارات، كلٌّ منها خطوتان',
    );
    expect(t('en', 'pathFound', { n: countOf('en', 'Steps', 1) })).toBe('Shortest path: 1 step');
    expect(t('en', 'pathCount', { n: 3, steps: countOf('en', 'Steps', 2) })).toBe(
      '3 shortest paths of 2 steps',
    );
  });

  it('the flows’ caption, their notice and the empty window’s note count flows by the total', async () => {
    const count = (shown: number, total: number) => ({ shown, total });
    expect(flowsCountText('ar', 'all', count(1, 2))).toBe('حُمِّلت ١ من تدفّقين، الأكبر أولًا.');
    expect(flowsCountText('ar', 'all', count(100, 412))).toBe('حُمِّلت ١٠٠ من ٤١٢ تدفّقًا، الأكبر أولًا.');
    expect(flowsCountText('ar', 'window', count(3, 9))).toBe(
      'حُمِّلت ٣ من ٩ تدفّقات في هذه الفترة، الأكبر فيها أولًا.',
    );
    expect(flowsCountText('ar', 'estimated', count(1, 2))).toMatch(
      /^حُمِّلت ١ من تدفّقين على الأكثر في هذه الفترة،/,
    );
    expect(flowsCountText('en', 'all', count(1, 2))).toBe('1 of 2 flows loaded, the largest first.');
    expect(flowsCountText('en', 'window', count(3, 9))).toBe(
      '3 of 9 flows in this window loaded, the largest in it first.',
    );
    expect(flowsCountText('en', 'estimated', count(3, 9))).toMatch(
      /^3 of up to 9 flows in this window loaded, /,
    );

    const flow = edge('flow:org:a->org:b', 'TALENT_FLOW', 'org:a', 'org:b', { count: 2 });
    const api = fakeApi({
      flows: async () =>
        flowsAnswer({
          flows: [flowOf(flow.id)],
          more: 1,
          graph: {
            nodes: [
              node('org:a', 'Organization', { name: 'A' }),
              node('org:b', 'Organization', { name: 'B' }),
            ],
            edges: [flow],
          },
        }),
    });
    const store = createStore(initialState());
    const actions = createActions({ store, api, memory: createQueryMemory(undefined) });
    actions.setMode('flows');
    await actions.loadFlows();
    expect(noticeText(store.get().notice!, 'ar')).toBe(
      'حُمِّلت ١ من تدفّقين للكفاءات، الأكبر أولًا؛ استخدم شريط الزمن أو البحث لتضييقها.',
    );
    expect(noticeText(store.get().notice!, 'en')).toBe(
      '1 of 2 talent flows are loaded, the largest first; use the time slider or search to narrow them.',
    );

    expect(t('ar', 'flowsEmptyWindowUnread', { n: countOf('ar', 'SmallerFlows', 2) })).toMatch(
      /؛ لم يُقرأ تدفّقان أصغر \(على مرّ الزمن\) /,
    );
    expect(t('ar', 'flowsEmptyWindowUnread', { n: countOf('ar', 'SmallerFlows', 14) })).toMatch(
      /؛ لم يُقرأ ١٤ تدفّقًا أصغر \(/,
    );
    expect(t('en', 'flowsEmptyWindowUnread', { n: countOf('en', 'SmallerFlows', 14) })).toBe(
      'No move in this window among the largest flows read; not read: 14 smaller flows (over all time), any of which may have one: narrow the window or search.',
    );
    // One smaller flow reads as well as fourteen: the sentence has no verb to agree with the count.
    expect(t('en', 'flowsEmptyWindowUnread', { n: countOf('en', 'SmallerFlows', 1) })).toBe(
      'No move in this window among the largest flows read; not read: 1 smaller flow (over all time), any of which may have one: narrow the window or search.',
    );
  });

  it('the result frames’ cap and the overview’s nodes per label agree with their number', () => {
    expect(t('ar', 'framesCap', { n: countOfTotal('ar', 'UnpinnedResults', 10) })).toBe(
      'تُحفظ أحدث ١٠ نتائج غير مثبّتة؛ ثبّت نتيجة لإبقائها.',
    );
    expect(t('ar', 'framesCap', { n: countOfTotal('ar', 'UnpinnedResults', 2) })).toBe(
      'تُحفظ أحدث نتيجتين غير مثبّتتين؛ ثبّت نتيجة لإبقائها.',
    );
    expect(t('ar', 'framesCap', { n: countOfTotal('ar', 'UnpinnedResults', 20) })).toMatch(
      /^تُحفظ أحدث ٢٠ نتيجة غير مثبّتة؛/,
    );
    expect(t('en', 'framesCap', { n: countOfTotal('en', 'UnpinnedResults', 10) })).toBe(
      'Kept: the newest 10 unpinned results; pin one to keep it.',
    );
    expect(t('en', 'framesCap', { n: countOfTotal('en', 'UnpinnedResults', 1) })).toBe(
      'Kept: the newest 1 unpinned result; pin one to keep it.',
    );
    expect(t('ar', 'overviewIntro', { n: countOf('ar', 'Nodes', 50) })).toMatch(
      /^المرسوم: حتى ٥٠ عقدة من كل تسمية،/,
    );
    expect(t('ar', 'overviewIntro', { n: countOf('ar', 'Nodes', 5) })).toMatch(
      /^المرسوم: حتى ٥ عقد من كل تسمية،/,
    );
    expect(t('en', 'overviewIntro', { n: countOf('en', 'Nodes', 50) })).toMatch(
      /^Drawn: up to 50 nodes of each label, each with/,
    );
    expect(MESSAGE_KEYS).not.toContain('factsCount');
  });

  it('a profiled operator’s page cache counts its hits and misses', () => {
    const cache = (lang: 'en' | 'ar', hits: number, misses: number) =>
      t(lang, 'planPageCache', {
        hits: countOf(lang, 'CacheHits', hits),
        misses: countOf(lang, 'CacheMisses', misses),
      });
    expect(cache('ar', 1, 2)).toBe('ذاكرة الصفحات: إصابة واحدة، إخفاقان');
    expect(cache('ar', 2, 1)).toBe('ذاكرة الصفحات: إصابتان، إخفاق واحد');
    expect(cache('ar', 5, 7)).toBe('ذاكرة الصفحات: ٥ إصابات، ٧ إخفاقات');
    expect(cache('ar', 14, 14)).toBe('ذاكرة الصفحات: ١٤ إصابة، ١٤ إخفاقًا');
    expect(cache('ar', 100, 0)).toBe('ذاكرة الصفحات: ١٠٠ إصابة، ٠ إخفاق');
    expect(cache('en', 14, 3)).toBe('page cache 14 hits, 3 misses');
    expect(cache('en', 1, 1)).toBe('page cache 1 hit, 1 miss');
  });

  it('the dashboard counts the moves no period holds in the forms their numbers ask for', () => {
    const side = (stated: number, implied: number, reported = 0) => ({
      named: { stated, implied },
      reported: { stated: reported, implied: 0, unquantified: 0 },
      cited: {
        named: { stated: [], implied: [] },
        reported: { stated: [], implied: [], unquantified: [] },
      },
    });
    const bucket = { hires: side(0, 2), departures: side(0, 0, 14) };
    expect(apartLine(bucket, 'imprecise', 'ar')).toBe(
      'مؤرَّخة بدقة أقل من الفترة، بالأسماء: تعيينان (٢ ضمني)، ٠ مغادرة. وفي التقارير، بلا أسماء: ٠ تعيين، ١٤ مغادرة.',
    );
    expect(apartLine(bucket, 'imprecise', 'en')).toBe(
      'Dated less precisely than the period, named: 2 hires (2 implied), 0 departures. Reported, unnamed: 0 hires, 14 departures.',
    );
  });
});
