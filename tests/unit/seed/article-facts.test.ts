// Checks the bundled article's facts file against the article itself: every quote is verbatim, every fact is
// well-formed and points at declared nodes, and the facts the graph must answer from are present and correct.
// Fixture: seed/sources/rosa-2025-08-29-musk-meta-talent.ar.txt is a byte-exact copy of the Rose al-Youssef article
// of 2025-08-29 (../shared/sources/), and the .facts.yaml beside it was written by hand from that text.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CERTAINTIES, FACT_REL_TYPES, NODE_LABELS } from '../../../model/labels.js';

const SOURCES_DIR = fileURLToPath(new URL('../../../seed/sources/', import.meta.url));
const SLUG = 'rosa-2025-08-29-musk-meta-talent';
const ARTICLE_ID = `source:${SLUG}`;
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

interface FactsNode {
  id: string;
  label: string;
  name?: string;
  kind?: string;
  date?: string;
  since?: string;
  published?: string;
  amountUsd?: number;
  amountQualifier?: string;
  amountPeriod?: string;
  count?: number;
  countQualifier?: string;
  publisher?: string;
  citedBy?: string;
}

interface Fact {
  id: string;
  type: string;
  from: string;
  to: string;
  role?: string;
  relation?: string;
  start?: string;
  end?: string;
  left?: boolean;
  certainty: string;
  evidence: string;
  evidenceEn: string;
  sources?: string[];
  note?: string;
}

interface FactsFile {
  source: { id: string; title: string; published: string; language: string; text: string };
  nodes: FactsNode[];
  facts: Fact[];
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function loadFixture(): { file: FactsFile; article: string } {
  const file = parse(fs.readFileSync(`${SOURCES_DIR}${SLUG}.facts.yaml`, 'utf8')) as FactsFile;
  const article = fs.readFileSync(`${SOURCES_DIR}${file.source.text}`, 'utf8');
  return { file, article };
}

const { file, article } = loadFixture();
const { nodes, facts } = file;
const nodeById = new Map(nodes.map((node) => [node.id, node]));

function factsWhere(match: Partial<Fact>): Fact[] {
  return facts.filter((fact) =>
    Object.entries(match).every(([key, value]) => fact[key as keyof Fact] === value),
  );
}

function onlyFact(match: Partial<Fact>): Fact {
  const found = factsWhere(match);
  expect(found, `exactly one fact matching ${JSON.stringify(match)}`).toHaveLength(1);
  return found[0]!;
}

function eventNode(id: string): FactsNode {
  const node = nodeById.get(id);
  expect(node, `event ${id} is declared`).toBeDefined();
  expect(node!.label).toBe('Event');
  return node!;
}

/** How the article writes an amount in dollars: "14.3 مليار دولار", "100 مليون دولار". */
function arabicAmount(usd: number): string {
  return usd >= 1e9 ? `${usd / 1e9} مليار دولار` : `${usd / 1e6} مليون دولار`;
}

describe('the article facts file (Rose al-Youssef, 2025-08-29)', () => {
  it('describes the article and names the verbatim text beside it', () => {
    expect(file.source).toMatchObject({ id: ARTICLE_ID, published: '2025-08-29', language: 'ar' });
    expect(collapse(article)).toContain(collapse(file.source.title));
  });

  it('quotes every evidence verbatim from the article, white space collapsed', () => {
    const text = collapse(article);
    const missing = facts.filter((fact) => !text.includes(collapse(fact.evidence))).map((fact) => fact.id);
    expect(missing).toEqual([]);
  });

  it('gives every fact non-empty evidence and English rendering and a known certainty', () => {
    const malformed = facts
      .filter(
        (fact) =>
          typeof fact.evidence !== 'string' ||
          collapse(fact.evidence) === '' ||
          typeof fact.evidenceEn !== 'string' ||
          collapse(fact.evidenceEn) === '' ||
          !(CERTAINTIES as readonly string[]).includes(fact.certainty),
      )
      .map((fact) => fact.id);
    expect(malformed).toEqual([]);
  });

  it('explains in a note why each implied fact is only implied', () => {
    const implied = facts.filter((fact) => fact.certainty === 'implied');
    expect(implied.length).toBeGreaterThan(0);
    expect(implied.filter((fact) => !fact.note?.trim()).map((fact) => fact.id)).toEqual([]);
  });

  it('declares unique node ids and unique fact ids', () => {
    const nodeIds = [ARTICLE_ID, ...nodes.map((node) => node.id)];
    const factIds = facts.map((fact) => fact.id);
    expect(nodeIds.filter((id, i) => nodeIds.indexOf(id) !== i)).toEqual([]);
    expect(factIds.filter((id, i) => factIds.indexOf(id) !== i)).toEqual([]);
  });

  it('points every fact and sources entry at something declared', () => {
    const known = new Set([ARTICLE_ID, ...nodes.map((node) => node.id)]);
    const sourceIds = new Set([ARTICLE_ID, ...nodes.filter((n) => n.label === 'Source').map((n) => n.id)]);
    const dangling = facts.flatMap((fact) => [
      ...[fact.from, fact.to].filter((id) => !known.has(id)).map((id) => `${fact.id} -> ${id}`),
      ...(fact.sources ?? []).filter((id) => !sourceIds.has(id)).map((id) => `${fact.id} sources ${id}`),
    ]);
    expect(dangling).toEqual([]);
  });

  it('uses only known labels and relationship types, and gives every organisation, product and event a kind', () => {
    expect(
      nodes.filter((n) => !(NODE_LABELS as readonly string[]).includes(n.label)).map((n) => n.id),
    ).toEqual([]);
    expect(
      facts.filter((f) => !(FACT_REL_TYPES as readonly string[]).includes(f.type)).map((f) => f.id),
    ).toEqual([]);
    const needKind = nodes.filter((n) => ['Organization', 'Product', 'Event'].includes(n.label));
    expect(needKind.filter((n) => !n.kind).map((n) => n.id)).toEqual([]);
  });

  it('writes every date as an ISO date at the precision the article gives', () => {
    const dates = [
      ...nodes.flatMap((n) => [n.date, n.since, n.published].filter((d) => d !== undefined)),
      ...facts.flatMap((f) => [f.start, f.end].filter((d) => d !== undefined)),
    ];
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.filter((d) => typeof d !== 'string' || !ISO_DATE.test(d))).toEqual([]);
  });

  it('backs every amount with a fact about that event whose evidence quotes it', () => {
    const withAmount = nodes.filter((n) => n.amountUsd !== undefined);
    expect(withAmount.length).toBe(4);
    const unquoted = withAmount
      .filter(
        (event) =>
          !facts.some(
            (f) =>
              (f.from === event.id || f.to === event.id) &&
              f.evidence.includes(arabicAmount(event.amountUsd!)),
          ),
      )
      .map((event) => event.id);
    expect(unquoted).toEqual([]);
  });

  it('leaves every undated ended stint at most one current stint to move to', () => {
    // The seed pairs an ended stint without dates with the person's current stint; two candidates would turn
    // into an invented move.
    const stints = factsWhere({ type: 'WORKED_AT' });
    const current = (person: string) =>
      stints.filter((f) => f.from === person && f.end === undefined && f.left !== true);
    const ambiguous = stints
      .filter(
        (f) => (f.end !== undefined || f.left === true) && (f.end === undefined || f.start === undefined),
      )
      .filter((f) => current(f.from).length > 1)
      .map((f) => f.id);
    expect(ambiguous).toEqual([]);
  });

  it('links every event to the article with a REPORTED_BY fact', () => {
    const events = nodes.filter((n) => n.label === 'Event');
    const unreported = events.filter(
      (e) => factsWhere({ type: 'REPORTED_BY', from: e.id, to: ARTICLE_ID }).length !== 1,
    );
    expect(unreported.map((e) => e.id)).toEqual([]);
  });

  it('ties every report the article cites to its media outlet and to the article', () => {
    const cited = nodes.filter((n) => n.label === 'Source');
    const outlet = (report: FactsNode) =>
      nodes.find((n) => n.label === 'Organization' && n.name === report.publisher);
    expect(cited.map((n) => outlet(n)?.name).sort()).toEqual([
      'Business Insider',
      'CNBC',
      'Daily Mail',
      'Uncapped',
      'WIRED',
    ]);
    for (const report of cited) {
      expect(report.citedBy).toBe(ARTICLE_ID);
      expect(outlet(report)?.kind).toBe('media');
      expect(factsWhere({ type: 'REPORTED_BY', to: report.id }).length).toBeGreaterThan(0);
    }
  });
});

describe('what the article says (the answers the graph must give)', () => {
  const namedLeavers = [
    'person:xinlei-chen',
    'person:ching-yao-chuang',
    'person:alan-rice',
    'person:sheng-shen',
  ];

  it('states that the four named employees left Meta and implies each then joined xAI', () => {
    for (const person of namedLeavers) {
      const atMeta = onlyFact({ type: 'WORKED_AT', from: person, to: 'org:meta' });
      expect(atMeta).toMatchObject({ left: true, certainty: 'stated' });
      expect(atMeta.end).toBeUndefined();
      const atXai = onlyFact({ type: 'WORKED_AT', from: person, to: 'org:xai' });
      expect(atXai).toMatchObject({ certainty: 'implied' });
      // Undated: the seed reads the move from the ended Meta stint to the person's one current stint.
      expect(atXai.left ?? atXai.end).toBeUndefined();
    }
    expect(nodeById.get('person:sheng-shen')).toMatchObject({ name: 'Sheng Shen', aliases: ['Sheng Sen'] });
  });

  it('counts at least 14 researchers and engineers leaving Meta for xAI since January 2025, others for OpenAI', () => {
    const toXai = eventNode('event:meta-to-xai-departures-2025');
    expect(toXai).toMatchObject({
      kind: 'departures',
      count: 14,
      countQualifier: 'at least',
      since: '2025-01',
    });
    expect(onlyFact({ to: toXai.id, from: 'org:meta' })).toMatchObject({ role: 'from', certainty: 'stated' });
    expect(onlyFact({ to: toXai.id, from: 'org:xai' })).toMatchObject({ role: 'to', certainty: 'stated' });

    const toOpenAi = eventNode('event:meta-to-openai-departures');
    expect(toOpenAi.kind).toBe('departures');
    expect(toOpenAi.count).toBeUndefined();
    expect(onlyFact({ to: toOpenAi.id, from: 'org:meta' }).role).toBe('from');
    expect(onlyFact({ to: toOpenAi.id, from: 'org:openai' }).role).toBe('to');
  });

  it('records that Meta bought Scale AI for $14.3 billion in 2025', () => {
    const deal = eventNode('event:meta-acquires-scale-ai-2025');
    expect(deal).toMatchObject({ kind: 'acquisition', date: '2025', amountUsd: 14.3e9 });
    expect(onlyFact({ to: deal.id, from: 'org:meta' })).toMatchObject({
      role: 'acquirer',
      certainty: 'stated',
    });
    expect(onlyFact({ to: deal.id, from: 'org:scale-ai' })).toMatchObject({
      role: 'target',
      certainty: 'stated',
    });
  });

  it('records that Meta abandoned its Behemoth model in 2025', () => {
    const cancellation = eventNode('event:meta-abandons-behemoth-2025');
    expect(cancellation).toMatchObject({ kind: 'cancellation', date: '2025' });
    expect(onlyFact({ to: cancellation.id, from: 'org:meta' }).role).toBe('decision-maker');
    expect(onlyFact({ to: cancellation.id, from: 'product:behemoth' }).role).toBe('subject');
  });

  it('records the $97.4 billion bid for OpenAI that Musk proposed to Meta and Zuckerberg did not sign', () => {
    const bid = eventNode('event:openai-takeover-bid-2025');
    expect(bid).toMatchObject({ kind: 'bid', date: '2025', amountUsd: 97.4e9 });
    const roles = Object.fromEntries(
      factsWhere({ type: 'PARTICIPATED_IN', to: bid.id }).map((f) => [f.from, f.role]),
    );
    expect(roles).toEqual({
      'person:elon-musk': 'bidder',
      'org:meta': 'invited-partner',
      'org:openai': 'target',
      'person:mark-zuckerberg': 'non-signatory',
    });
    const cnbc = onlyFact({ type: 'REPORTED_BY', from: bid.id, to: 'source:cnbc-cited-in-rosa-2025-08-29' });
    expect(cnbc.evidence).toContain('CNBC');
    expect(nodeById.get(cnbc.to)?.published).toBe('2025-08');
  });

  it('records that Musk sued Altman and OpenAI in 2024', () => {
    const suit = eventNode('event:musk-lawsuit-altman-openai-2024');
    expect(suit).toMatchObject({ kind: 'lawsuit', date: '2024' });
    const roles = Object.fromEntries(
      factsWhere({ type: 'PARTICIPATED_IN', to: suit.id }).map((f) => [f.from, f.role]),
    );
    expect(roles).toEqual({
      'person:elon-musk': 'plaintiff',
      'person:sam-altman': 'defendant',
      'org:openai': 'defendant',
    });
  });

  it('records who leads what: Altman CEO of OpenAI since 2019, Musk CEO of Tesla, SpaceX and X, Bosworth CTO of Meta', () => {
    expect(onlyFact({ type: 'WORKED_AT', from: 'person:sam-altman', to: 'org:openai' })).toMatchObject({
      role: 'CEO',
      start: '2019',
      certainty: 'stated',
    });
    for (const company of ['org:tesla', 'org:spacex', 'org:x']) {
      expect(onlyFact({ type: 'WORKED_AT', from: 'person:elon-musk', to: company })).toMatchObject({
        role: 'CEO',
        certainty: 'stated',
      });
    }
    const bosworth = onlyFact({ type: 'WORKED_AT', from: 'person:andrew-bosworth', to: 'org:meta' });
    expect(bosworth).toMatchObject({ role: 'CTO', certainty: 'stated' });
    expect(bosworth.start).toBeUndefined();
  });

  it('records that Musk co-founded OpenAI and left it, while founding xAI is only implied', () => {
    expect(onlyFact({ type: 'FOUNDED', from: 'person:elon-musk', to: 'org:openai' }).certainty).toBe(
      'stated',
    );
    const leaving = eventNode('event:musk-leaves-openai');
    expect(onlyFact({ to: leaving.id, from: 'person:elon-musk' }).role).toBe('leaver');
    expect(onlyFact({ to: leaving.id, from: 'org:openai' }).role).toBe('from');
    expect(leaving.date).toBeUndefined();
    expect(onlyFact({ type: 'FOUNDED', from: 'person:elon-musk', to: 'org:xai' }).certainty).toBe('implied');
  });

  it('records who offered how much: Zuckerberg $100 million signing bonuses, Meta up to $300 million over four years', () => {
    const perAltman = eventNode('event:zuckerberg-offers-openai-staff');
    expect(perAltman).toMatchObject({ kind: 'offer', amountUsd: 100e6 });
    expect(onlyFact({ to: perAltman.id, from: 'person:mark-zuckerberg' }).role).toBe('offerer');
    expect(onlyFact({ to: perAltman.id, from: 'org:openai' }).role).toBe('target');

    const perWired = eventNode('event:meta-offers-top-ai-talent');
    expect(perWired).toMatchObject({
      kind: 'offer',
      amountUsd: 300e6,
      amountQualifier: 'up to',
      amountPeriod: 'over four years',
    });
    expect(onlyFact({ to: perWired.id, from: 'org:meta' }).role).toBe('offerer');
    expect(
      factsWhere({ type: 'REPORTED_BY', from: perWired.id, to: 'source:wired-cited-in-rosa-2025-08-29' }),
    ).toHaveLength(1);
  });

  it("records that Jack is Sam Altman's brother and that the products belong to their makers", () => {
    expect(
      onlyFact({ type: 'RELATIVE_OF', from: 'person:jack-altman', to: 'person:sam-altman' }).relation,
    ).toBe('brother');
    const makers = Object.fromEntries(factsWhere({ type: 'DEVELOPS' }).map((f) => [f.to, f.from]));
    expect(makers).toEqual({
      'product:llama': 'org:meta',
      'product:behemoth': 'org:meta',
      'product:grok': 'org:xai',
      'product:chatgpt': 'org:openai',
      'product:gpt': 'org:openai',
    });
  });
});
