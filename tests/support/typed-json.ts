// Reads the Query API's typed JSON back into neo4j-driver values (written for the tests from the Query API's
// documented forms, independently of the server's converter), and a canonical form of driver values that
// compares them exactly: integers as 64-bit decimals, floats bit-for-bit (NaN, -0.0), temporals field by field.
import neo4j, {
  Date as CypherDate,
  DateTime,
  Duration,
  LocalDateTime,
  LocalTime,
  Node,
  Path,
  PathSegment,
  Point,
  Relationship,
  Time,
  isInt,
} from 'neo4j-driver';

export interface Typed {
  $type: string;
  _value: unknown;
}

const int = (v: string | number | bigint) => neo4j.int(typeof v === 'bigint' ? v.toString() : v);

function offsetSeconds(text: string): number {
  if (text === 'Z') return 0;
  const m = /^([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) throw new Error(`bad offset ${text}`);
  const secs = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return m[1] === '-' ? -secs : secs;
}

const DATE = String.raw`([+-]?\d{4,})-(\d{2})-(\d{2})`;
const TIME = String.raw`(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?`;
const OFFSET = String.raw`(Z|[+-]\d{2}:\d{2}(?::\d{2})?)`;
const nanos = (frac: string | undefined) => int((frac ?? '').padEnd(9, '0') || '0');

function match(re: string, text: string): string[] {
  const m = new RegExp(`^${re}$`).exec(text);
  if (!m) throw new Error(`${text} does not match ${re}`);
  return m as unknown as string[];
}

function parseDuration(text: string): Duration {
  const m = match(
    String.raw`P(?:(-?\d+)Y)?(?:(-?\d+)M)?(?:(-?\d+)D)?(?:T(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?)(\d+)(?:\.(\d{1,9}))?S)?)?`,
    text,
  );
  const n = (s: string | undefined) => BigInt(s ?? '0');
  const months = n(m[1]) * 12n + n(m[2]);
  const sign = m[6] === '-' ? -1n : 1n;
  const secondsPart = n(m[7]) * 1_000_000_000n + BigInt((m[8] ?? '').padEnd(9, '0') || '0');
  const totalNanos = (n(m[4]) * 3600n + n(m[5]) * 60n) * 1_000_000_000n + sign * secondsPart;
  // The driver normalises nanoseconds into [0, 1e9) with floor division.
  let seconds = totalNanos / 1_000_000_000n;
  let rest = totalNanos % 1_000_000_000n;
  if (rest < 0n) {
    rest += 1_000_000_000n;
    seconds -= 1n;
  }
  return new Duration(int(months), int(n(m[3])), int(seconds), int(rest));
}

function parsePoint(text: string): Point {
  const m = match(String.raw`SRID=(\d+);POINT( Z)? \(([^)]*)\)`, text);
  const coords = m[3]!.split(' ').map(Number);
  return new Point(int(m[1]!), coords[0]!, coords[1]!, coords[2]);
}

function properties(v: unknown): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(v as Record<string, Typed>).map(([k, x]) => [k, fromTypedJson(x)]),
  );
}

/** A typed JSON value as the driver value it stands for. */
export function fromTypedJson(t: Typed): unknown {
  const v = t._value;
  switch (t.$type) {
    case 'Null':
      return null;
    case 'Boolean':
    case 'String':
      return v;
    case 'Integer':
      return int(v as string);
    case 'Float':
      // Java's forms: 3.0, 1.0E21, NaN, Infinity, -Infinity, -0.0 — all read by Number().
      return Number(v as string);
    case 'Base64':
      return new Int8Array(Buffer.from(v as string, 'base64'));
    case 'List':
      return (v as Typed[]).map(fromTypedJson);
    case 'Map':
      return properties(v);
    case 'Date': {
      const m = match(DATE, v as string);
      return new CypherDate(int(m[1]!), int(m[2]!), int(m[3]!));
    }
    case 'LocalTime': {
      const m = match(TIME, v as string);
      return new LocalTime(int(m[1]!), int(m[2]!), int(m[3]!), nanos(m[4]));
    }
    case 'Time': {
      const m = match(TIME + OFFSET, v as string);
      return new Time(int(m[1]!), int(m[2]!), int(m[3]!), nanos(m[4]), int(offsetSeconds(m[5]!)));
    }
    case 'LocalDateTime': {
      const m = match(`${DATE}T${TIME}`, v as string);
      return new LocalDateTime(
        int(m[1]!),
        int(m[2]!),
        int(m[3]!),
        int(m[4]!),
        int(m[5]!),
        int(m[6]!),
        nanos(m[7]),
      );
    }
    case 'OffsetDateTime':
    case 'ZonedDateTime': {
      const zoned = t.$type === 'ZonedDateTime';
      const m = match(`${DATE}T${TIME}${OFFSET}${zoned ? String.raw`\[([^\]]+)\]` : ''}`, v as string);
      return new DateTime(
        int(m[1]!),
        int(m[2]!),
        int(m[3]!),
        int(m[4]!),
        int(m[5]!),
        int(m[6]!),
        nanos(m[7]),
        int(offsetSeconds(m[8]!)),
        zoned ? m[9] : undefined,
      );
    }
    case 'Duration':
      return parseDuration(v as string);
    case 'Point':
      return parsePoint(v as string);
    case 'Node': {
      const n = v as { _element_id: string; _labels: string[]; _properties: unknown };
      return new Node(int(-1), n._labels, properties(n._properties), n._element_id);
    }
    case 'Relationship': {
      const r = v as {
        _element_id: string;
        _start_node_element_id: string;
        _end_node_element_id: string;
        _type: string;
        _properties: unknown;
      };
      return new Relationship(
        int(-1),
        int(-1),
        int(-1),
        r._type,
        properties(r._properties),
        r._element_id,
        r._start_node_element_id,
        r._end_node_element_id,
      );
    }
    case 'Path': {
      const items = (v as Typed[]).map(fromTypedJson);
      const segments: PathSegment[] = [];
      for (let i = 1; i < items.length; i += 2) {
        segments.push(new PathSegment(items[i - 1] as Node, items[i] as Relationship, items[i + 1] as Node));
      }
      return new Path(items[0] as Node, items[items.length - 1] as Node, segments);
    }
    default:
      throw new Error(`unknown $type ${t.$type}`);
  }
}

const dec = (v: unknown) => (v === undefined || v === null ? null : isInt(v) ? v.toString() : String(v));

/**
 * A driver value in a form that toEqual compares exactly: integers and floats tagged and distinct, floats by
 * their bits (NaN equals NaN, -0.0 differs from 0.0), temporal fields as decimals, entities without the legacy
 * numeric ids (the Query API gives element ids only).
 */
export function canon(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') {
    const bits = Buffer.alloc(8);
    bits.writeDoubleBE(Number.isNaN(v) ? Number.NaN : v);
    return `float:${bits.toString('hex')}`;
  }
  if (isInt(v)) return `int:${v.toString()}`;
  if (typeof v === 'bigint') return `int:${v.toString()}`;
  if (typeof v !== 'object') return v;
  if (v instanceof Int8Array || v instanceof Uint8Array) return `bytes:${Buffer.from(v).toString('hex')}`;
  if (Array.isArray(v)) return v.map(canon);
  if (v instanceof Node) return { node: v.elementId, labels: v.labels, properties: canon(v.properties) };
  if (v instanceof Relationship) {
    return {
      rel: v.elementId,
      type: v.type,
      start: v.startNodeElementId,
      end: v.endNodeElementId,
      properties: canon(v.properties),
    };
  }
  if (v instanceof Path)
    return { path: [canon(v.start), ...v.segments.flatMap((s) => [canon(s.relationship), canon(s.end)])] };
  if (v instanceof Point)
    return { point: [dec(v.srid), canon(v.x), canon(v.y), v.z === undefined ? null : canon(v.z)] };
  const temporal = [CypherDate, LocalTime, Time, LocalDateTime, DateTime, Duration].find(
    (c) => v instanceof c,
  );
  if (temporal) {
    return {
      [temporal.name]: Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, typeof x === 'string' ? x : dec(x)]),
      ),
    };
  }
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, canon(x)]));
}
