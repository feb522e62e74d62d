// Deterministic generator of a synthetic talent market for scale tests and benchmarks: companies of Zipf-like
// sizes grouped in rival clusters, careers of 1–8 ordered stints that mostly move within a cluster, and events.
// Every entity derives its own PRNG from (randomSeed, index), so any batch can be generated on its own, in any order.

export const SYNTHETIC_SOURCE_ID = 'source:synthetic';
export const SYNTHETIC_EVIDENCE = 'synthetic';
export const DEFAULT_SYNTHETIC_PEOPLE = 1_000;
export const DEFAULT_RANDOM_SEED = 42;
/** Careers end by this month; stints still open then are current. */
export const SYNTHETIC_NOW = { year: 2025, month: 8 };

export type Row = { id: string; props: Record<string, unknown> };
export type RelRow = { id: string; from: string; to: string; props: Record<string, unknown> };

export interface SyntheticOrg {
  id: string;
  name: string;
  nameAr: string;
  kind: string;
  cluster: number;
  weight: number;
}

export interface SyntheticMarket {
  people: number;
  randomSeed: number;
  source: Row;
  organizations: SyntheticOrg[];
  /** Event nodes and their PARTICIPATED_IN and REPORTED_BY facts. */
  events: { nodes: Row[]; participations: RelRow[]; reports: RelRow[] };
  /** People [start, end) with their stints, generated on demand. */
  peopleBatch(start: number, end: number): { people: Row[]; stints: RelRow[] };
}

/** splitmix32-style hash: a well-mixed 32-bit seed from two integers. */
function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(b + 0x632be5ab, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: small, fast, good enough for synthetic data. */
export function createRng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** Names in both scripts, so search and resolution work on synthetic data too. */
const FIRST = [
  ['Omar', 'عمر'],
  ['Layla', 'ليلى'],
  ['Yusuf', 'يوسف'],
  ['Sara', 'سارة'],
  ['Karim', 'كريم'],
  ['Nour', 'نور'],
  ['Adam', 'آدم'],
  ['Hana', 'هناء'],
  ['Ali', 'علي'],
  ['Mona', 'منى'],
  ['Samir', 'سمير'],
  ['Rania', 'رانيا'],
  ['David', 'ديفيد'],
  ['Emma', 'إيما'],
  ['James', 'جيمس'],
  ['Olivia', 'أوليفيا'],
  ['Wei', 'وي'],
  ['Mei', 'مي'],
  ['Raj', 'راج'],
  ['Priya', 'بريا'],
  ['Lucas', 'لوكاس'],
  ['Sofia', 'صوفيا'],
  ['Noah', 'نوح'],
  ['Mia', 'ميا'],
  ['Ethan', 'إيثان'],
  ['Ava', 'آفا'],
  ['Leo', 'ليو'],
  ['Zara', 'زارا'],
] as const;
const LAST = [
  ['Haddad', 'حداد'],
  ['Nasser', 'ناصر'],
  ['Amin', 'أمين'],
  ['Saleh', 'صالح'],
  ['Khalil', 'خليل'],
  ['Mansour', 'منصور'],
  ['Farouk', 'فاروق'],
  ['Zaki', 'زكي'],
  ['Chen', 'تشن'],
  ['Wang', 'وانغ'],
  ['Kim', 'كيم'],
  ['Patel', 'باتيل'],
  ['Smith', 'سميث'],
  ['Garcia', 'غارسيا'],
  ['Muller', 'مولر'],
  ['Rossi', 'روسي'],
  ['Silva', 'سيلفا'],
  ['Tanaka', 'تاناكا'],
  ['Novak', 'نوفاك'],
  ['Cohen', 'كوهين'],
  ['Ibrahim', 'إبراهيم'],
  ['Youssef', 'يوسف'],
  ['Rahman', 'رحمن'],
  ['Costa', 'كوستا'],
  ['Berg', 'بيرغ'],
] as const;
const SYLLABLES = [
  ['No', 'نو'],
  ['va', 'فا'],
  ['Ze', 'زي'],
  ['ta', 'تا'],
  ['Lu', 'لو'],
  ['mi', 'مي'],
  ['Ka', 'كا'],
  ['ro', 'رو'],
  ['Si', 'سي'],
  ['ra', 'را'],
  ['Ve', 'في'],
  ['xo', 'كسو'],
  ['Qu', 'كو'],
  ['in', 'ين'],
  ['Ar', 'آر'],
  ['lo', 'لو'],
  ['Da', 'دا'],
  ['na', 'نا'],
] as const;
const SUFFIXES = [
  ['Labs', 'لابز', 'lab'],
  ['AI', 'للذكاء الاصطناعي', 'company'],
  ['Systems', 'سيستمز', 'company'],
  ['Research', 'للأبحاث', 'lab'],
  ['Technologies', 'تكنولوجيز', 'company'],
] as const;
const ROLES = [
  'research scientist',
  'research engineer',
  'software engineer',
  'data scientist',
  'engineering manager',
  'staff engineer',
  'head of research',
  'CTO',
  'CEO',
] as const;
/** Weights of careers with 1…8 stints (mean ≈ 4.3). */
const STINT_WEIGHTS = [8, 13, 16, 17, 16, 13, 10, 7];
/** Chance that a move stays within the rival cluster. */
const RIVAL_MOVE_PROBABILITY = 0.7;
const CLUSTER_SIZE = 8;

function weightedIndex(rng: () => number, cumulative: number[]): number {
  const x = rng() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function cumulate(ws: number[]): number[] {
  let total = 0;
  return ws.map((w) => (total += w));
}
const ym = (months: number) => `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const fact = (props: Record<string, unknown>) => ({
  certainty: 'stated',
  evidence: SYNTHETIC_EVIDENCE,
  evidenceEn: SYNTHETIC_EVIDENCE,
  sources: [SYNTHETIC_SOURCE_ID],
  ...props,
});

export function generateSynthetic(opts: { people?: number; randomSeed?: number } = {}): SyntheticMarket {
  const people = opts.people ?? DEFAULT_SYNTHETIC_PEOPLE;
  const seed = opts.randomSeed ?? DEFAULT_RANDOM_SEED;
  if (!Number.isInteger(people) || people < 1)
    throw new RangeError(`people must be a whole number ≥ 1, got ${people}`);
  if (!Number.isInteger(seed)) throw new RangeError(`randomSeed must be a whole number, got ${seed}`);

  const orgCount = Math.min(2_000, Math.max(16, Math.round(people / 100)));
  const orgRng = createRng(mix(seed, 0x0a9));
  // Zipf-like sizes over a random ranking, so every cluster mixes giants and small shops.
  const ranks = Array.from({ length: orgCount }, (_, i) => i + 1);
  for (let i = ranks.length - 1; i > 0; i--) {
    const j = Math.floor(orgRng() * (i + 1));
    [ranks[i], ranks[j]] = [ranks[j]!, ranks[i]!];
  }
  const organizations: SyntheticOrg[] = ranks.map((rank, i) => {
    const parts = [pick(orgRng, SYLLABLES), pick(orgRng, SYLLABLES), pick(orgRng, SYLLABLES)];
    const [suffix, suffixAr, kind] = pick(orgRng, SUFFIXES);
    const stem = parts.map((p) => p[0]).join('');
    return {
      id: `org:syn-${pad(i + 1, 4)}`,
      name: `${stem[0]!.toUpperCase()}${stem.slice(1).toLowerCase()} ${suffix} ${i + 1}`,
      nameAr: `${parts.map((p) => p[1]).join('')} ${suffixAr} ${i + 1}`,
      kind,
      cluster: Math.floor(i / CLUSTER_SIZE),
      weight: 1 / Math.pow(rank, 1.07),
    };
  });
  const globalCum = cumulate(organizations.map((o) => o.weight));
  const clusters = new Map<number, { members: number[]; cum: number[] }>();
  organizations.forEach((o, i) => {
    const c = clusters.get(o.cluster) ?? { members: [], cum: [] };
    c.members.push(i);
    clusters.set(o.cluster, c);
  });
  for (const c of clusters.values()) c.cum = cumulate(c.members.map((i) => organizations[i]!.weight));
  const stintCum = cumulate(STINT_WEIGHTS);
  const nowMonths = SYNTHETIC_NOW.year * 12 + SYNTHETIC_NOW.month - 1;

  function nextEmployer(rng: () => number, current: number | undefined): number {
    for (let attempt = 0; attempt < 8; attempt++) {
      let i: number;
      if (current !== undefined && rng() < RIVAL_MOVE_PROBABILITY) {
        const c = clusters.get(organizations[current]!.cluster)!;
        i = c.members[weightedIndex(rng, c.cum)]!;
      } else i = weightedIndex(rng, globalCum);
      if (i !== current) return i;
    }
    return ((current ?? 0) + 1) % organizations.length;
  }

  function peopleBatch(start: number, end: number) {
    const rows: Row[] = [];
    const stints: RelRow[] = [];
    for (let n = start; n < Math.min(end, people); n++) {
      const rng = createRng(mix(seed, n + 1));
      const [first, firstAr] = pick(rng, FIRST);
      const [last, lastAr] = pick(rng, LAST);
      const id = `person:syn-${pad(n + 1, 7)}`;
      rows.push({
        id,
        props: { id, name: `${first} ${last}`, nameAr: `${firstAr} ${lastAr}`, synthetic: true },
      });
      const count = weightedIndex(rng, stintCum) + 1;
      let month = (1995 + Math.floor(rng() * 26)) * 12 + Math.floor(rng() * 12);
      let org: number | undefined;
      for (let s = 0; s < count && month <= nowMonths; s++) {
        org = nextEmployer(rng, org);
        const length = 6 + Math.floor(rng() * 66);
        const endMonth = month + length;
        const current = endMonth > nowMonths || (s === count - 1 && rng() < 0.8);
        const props: Record<string, unknown> = fact({
          id: `fact:syn-${pad(n + 1, 7)}-${s + 1}`,
          role: ROLES[Math.min(ROLES.length - 1, s + Math.floor(rng() * 3))],
          start: ym(month),
        });
        if (!current) Object.assign(props, { end: ym(endMonth), left: true });
        stints.push({ id: props.id as string, from: id, to: organizations[org]!.id, props });
        if (current) break;
        month = endMonth + Math.floor(rng() * 4);
      }
    }
    return { people: rows, stints };
  }

  const events = generateEvents(createRng(mix(seed, 0xe7)), organizations, people, clusters);
  const source: Row = {
    id: SYNTHETIC_SOURCE_ID,
    props: {
      id: SYNTHETIC_SOURCE_ID,
      name: 'Synthetic market',
      title: 'Synthetic market',
      publisher: 'Talent Graph generator',
      synthetic: true,
      people,
      randomSeed: seed,
    },
  };
  return { people, randomSeed: seed, source, organizations, events, peopleBatch };
}

function generateEvents(
  rng: () => number,
  orgs: SyntheticOrg[],
  people: number,
  clusters: Map<number, { members: number[] }>,
) {
  const nodes: Row[] = [];
  const participations: RelRow[] = [];
  const reports: RelRow[] = [];
  const count = Math.max(4, Math.round(people / 25));
  const kinds = ['acquisition', 'bid', 'lawsuit', 'offer', 'departures'] as const;
  const roles: Record<(typeof kinds)[number], [string, string]> = {
    acquisition: ['acquirer', 'target'],
    bid: ['bidder', 'target'],
    lawsuit: ['plaintiff', 'defendant'],
    offer: ['offerer', 'target'],
    departures: ['from', 'to'],
  };
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const a = Math.floor(rng() * orgs.length);
    const members = clusters.get(orgs[a]!.cluster)!.members.filter((m) => m !== a);
    const b =
      members.length > 0 && rng() < 0.7
        ? members[Math.floor(rng() * members.length)]!
        : (a + 1 + Math.floor(rng() * (orgs.length - 1))) % orgs.length;
    const id = `event:syn-${pad(i + 1, 6)}`;
    const date = `${2010 + Math.floor(rng() * 16)}-${pad(1 + Math.floor(rng() * 12), 2)}`;
    const props: Record<string, unknown> = {
      id,
      kind,
      date,
      name: `${kind} ${orgs[a]!.name} / ${orgs[b]!.name}`,
      summary: `Synthetic ${kind} between ${orgs[a]!.name} and ${orgs[b]!.name}.`,
      synthetic: true,
    };
    if (kind === 'acquisition' || kind === 'bid' || kind === 'offer')
      props.amountUsd = Math.round(10 ** (6 + rng() * 4.5));
    if (kind === 'departures')
      Object.assign(props, { count: 2 + Math.floor(rng() * 30), countQualifier: 'at least', since: date });
    nodes.push({ id, props });
    const [ra, rb] = roles[kind];
    participations.push({
      id: `fact:syn-${id.slice(6)}-a`,
      from: orgs[a]!.id,
      to: id,
      props: fact({ id: `fact:syn-${id.slice(6)}-a`, role: ra }),
    });
    participations.push({
      id: `fact:syn-${id.slice(6)}-b`,
      from: orgs[b]!.id,
      to: id,
      props: fact({ id: `fact:syn-${id.slice(6)}-b`, role: rb }),
    });
    reports.push({
      id: `fact:syn-${id.slice(6)}-r`,
      from: id,
      to: SYNTHETIC_SOURCE_ID,
      props: fact({ id: `fact:syn-${id.slice(6)}-r` }),
    });
  }
  return { nodes, participations, reports };
}
