// Makes the JavaScript driver keep a map key named `__proto__`. The driver decodes every Bolt map — a Cypher map, a
// node's or relationship's properties — by assigning each key to a plain `{}` (its Unpacker's _unpackMapWithSize),
// and assigning `__proto__` sets the object's prototype instead: `RETURN {__proto__: 5, b: 'x'}` came back as the
// Integer 5 with `b` hidden behind it, `{__proto__: 'str'}` as `{}`, and a property named `__proto__` was gone. Here
// that one key is defined as an own property like any other; every other key is assigned as the driver does.
import { createRequire } from 'node:module';

/** What the driver's Unpacker must look like for the replacement to be the same decoding (checked, never assumed). */
interface UnpackerLike {
  unpack(buffer: unknown, hydrateStructure: unknown): unknown;
}
type UnpackMap = (this: UnpackerLike, size: number, buffer: unknown, hydrateStructure: unknown) => unknown;
interface UnpackerPrototype {
  unpack?: unknown;
  _unpackMapWithSize?: unknown;
  [PATCHED]?: true;
}

const PATCHED = Symbol.for('talent-graph.own-map-keys');
/** The driver's own body (neo4j-driver-bolt-connection 5.x): a key, then its value, assigned to `{}`. */
const ASSIGNS_EACH_KEY = /value\[key\]\s*=\s*this\.unpack\(buffer,\s*hydrateStructure\)/;

let installed: boolean | undefined;

/** The driver's packstream modules, as neo4j-driver itself loads them (the copy the driver decodes with). */
function packstreamUnpackers(): unknown[] {
  const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
  return ['packstream-v1.js', 'packstream-v2.js'].map(
    (file) =>
      (fromDriver(`neo4j-driver-bolt-connection/lib/packstream/${file}`) as { Unpacker?: unknown }).Unpacker,
  );
}

/** A map decoded as the driver does, but with a key named `__proto__` defined as an own property. */
const unpackMapWithOwnKeys: UnpackMap = function (size, buffer, hydrateStructure) {
  const value: Record<string, unknown> = {};
  for (let i = 0; i < size; i++) {
    const key = this.unpack(buffer, hydrateStructure) as string;
    const item = this.unpack(buffer, hydrateStructure);
    if (key === '__proto__')
      Object.defineProperty(value, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else value[key] = item;
  }
  return value;
};

/**
 * Replaces `proto`'s map decoding when it is the driver's own (by its shape and body); true when `proto` decodes
 * maps this way now. Exported for the tests.
 */
export function keepOwnMapKeys(proto: UnpackerPrototype): boolean {
  if (proto[PATCHED]) return true;
  const original = proto._unpackMapWithSize;
  if (
    typeof proto.unpack !== 'function' ||
    typeof original !== 'function' ||
    original.length !== 3 ||
    !ASSIGNS_EACH_KEY.test(Function.prototype.toString.call(original))
  )
    return false;
  proto._unpackMapWithSize = unpackMapWithOwnKeys;
  proto[PATCHED] = true;
  return true;
}

/**
 * Installs the own-key decoding once per process on every Unpacker the driver has (packstream v1, and v2 when it
 * decodes maps with a method of its own rather than v1's); later calls answer the first call's outcome. When the
 * driver's internals are not the expected ones nothing is changed and nothing is said: a key named `__proto__` is then
 * lost as before, and the integration test (tests/integration/server/foreign-names.test.ts) says so.
 */
export function installOwnMapKeys(): boolean {
  if (installed !== undefined) return installed;
  try {
    const protos = packstreamUnpackers().map(
      (Unpacker) => (Unpacker as { prototype?: UnpackerPrototype } | undefined)?.prototype,
    );
    if (protos.some((p) => !p)) return (installed = false);
    // v2's Unpacker inherits v1's map decoding: patching v1 covers it, unless v2 has one of its own.
    for (const p of protos) if (Object.hasOwn(p!, '_unpackMapWithSize')) keepOwnMapKeys(p!);
    installed = protos.every((p) => p!._unpackMapWithSize === unpackMapWithOwnKeys);
  } catch {
    installed = false;
  }
  return installed;
}
