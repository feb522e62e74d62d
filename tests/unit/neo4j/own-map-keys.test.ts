// The driver of neo4j/connect.ts decodes a Bolt map whose key is `__proto__` (a Cypher map's, a node's or a
// relationship's properties) into an object that has that key as its own, and leaves an Unpacker it does not recognise
// as it is.
import { createRequire } from 'node:module';
import { int, isInt } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../../neo4j/connect.js';
import { keepOwnMapKeys } from '../../../neo4j/own-map-keys.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the driver's untyped internals */
const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
const packstream = fromDriver('neo4j-driver-bolt-connection/lib/packstream/index.js') as any;
const ChannelBuffer = fromDriver('neo4j-driver-bolt-connection/lib/channel/channel-buf.js').default as any;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** `value` packed by the driver's Packer (v1 or v2) and read back by its Unpacker, as a record's value is. */
function roundTrip(value: unknown, version: 'v1' | 'v2' = 'v2'): unknown {
  const buffer = new ChannelBuffer(Buffer.alloc(256));
  new packstream[version].Packer(buffer).packable(value)();
  buffer.reset();
  return new packstream[version].Unpacker(false, false).unpack(buffer);
}

/** A map as JSON.parse makes it: `__proto__` an own key. */
const mapWithProto = (proto: unknown, rest: Record<string, unknown> = {}) =>
  Object.assign(Object.defineProperty({}, '__proto__', { value: proto, enumerable: true }), rest);

const driver = createDriver('bolt://127.0.0.1:1', 'neo4j', 'unused-password');
afterAll(() => driver.close());

describe('a map key named __proto__ through the driver of neo4j/connect.ts', () => {
  it('decodes as an own key beside the others, an Integer staying a value, never the prototype', () => {
    for (const version of ['v1', 'v2'] as const) {
      const map = roundTrip(mapWithProto(int(5), { b: 'x' }), version) as Record<string, unknown>;
      expect(isInt(map)).toBe(false);
      expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
      expect(Object.keys(map)).toEqual(['__proto__', 'b']);
      expect(String(Object.getOwnPropertyDescriptor(map, '__proto__')?.value)).toBe('5');
      expect(map.b).toBe('x');
    }
  });

  it('keeps a string under __proto__, and one in a nested map or list', () => {
    const value = roundTrip([mapWithProto('str'), { inner: mapWithProto(mapWithProto(1.5)) }]) as [
      Record<string, unknown>,
      { inner: Record<string, unknown> },
    ];
    expect(Object.entries(value[0])).toEqual([['__proto__', 'str']]);
    const inner = Object.getOwnPropertyDescriptor(value[1].inner, '__proto__')?.value as object;
    expect(Object.entries(inner)).toEqual([['__proto__', 1.5]]);
  });

  it('is an ordinary, writable and deletable key of the decoded map', () => {
    const map = roundTrip(mapWithProto('a')) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(map, '__proto__')).toEqual({
      value: 'a',
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });

  it('leaves an Unpacker whose map decoding is not the driver’s known one as it is', () => {
    const theirs = function (this: unknown, size: number, buffer: unknown, hydrate: unknown) {
      return { size, buffer, hydrate };
    };
    const proto = { unpack: () => null, _unpackMapWithSize: theirs };
    expect(keepOwnMapKeys(proto)).toBe(false);
    expect(proto._unpackMapWithSize).toBe(theirs);
    expect(keepOwnMapKeys({ _unpackMapWithSize: theirs })).toBe(false);
  });
});
