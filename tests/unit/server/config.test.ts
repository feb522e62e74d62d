// Config is read once and validated: a bad value fails with one message that names the variable.
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../../server/config.js';

function fails(env: Record<string, string>): ConfigError {
  try {
    readConfig(env, '/srv/app');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('readConfig', () => {
  it('defaults to the embedded Neo4j on port 3000 at 127.0.0.1 with data under .data/neo4j', () => {
    const c = readConfig({}, '/srv/app');
    expect(c.port).toBe(3000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.user).toBe('neo4j');
    expect(c.neo4j.database).toBe('neo4j');
    expect(c.neo4j.dataDir).toBe(path.join('/srv/app', '.data/neo4j'));
    expect(c.queryTimeoutMs).toBe(10_000);
    expect(c.rowCap).toBe(5_000);
    expect(c.allowWriteToken).toBeUndefined();
    expect(c.corsOrigins).toEqual([]);
  });

  it.each([
    'bolt://db:7687',
    'bolt+s://db.example.org',
    'neo4j://cluster:7687',
    'neo4j+s://x.databases.neo4j.io',
  ])('accepts the Neo4j URI %s', (uri) => {
    expect(readConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
  });

  it.each(['http://x', 'x', 'bolt:/missing-slash', 'ftp://db:7687'])(
    'rejects NEO4J_URI=%s naming the variable',
    (uri) => {
      const err = fails({ NEO4J_URI: uri });
      expect(err.variable).toBe('NEO4J_URI');
      expect(err.message).toContain('Invalid NEO4J_URI');
      expect(err.message).toContain(`'${uri}'`);
      expect(err.message.split('\n')).toHaveLength(1);
    },
  );

  it.each(['abc', '-1', '65536', '3000.5', '30 00'])('rejects PORT=%s naming the variable', (port) => {
    const err = fails({ PORT: port });
    expect(err.variable).toBe('PORT');
    expect(err.message).toBe(`Invalid PORT: expected a whole number from 0 to 65535, got '${port}'.`);
  });

  it('rejects an origin list entry that is not an origin', () => {
    expect(fails({ CORS_ORIGINS: 'https://ok.example, not-an-origin' }).variable).toBe('CORS_ORIGINS');
  });

  it('rejects an allowed host that is a URL rather than a host name', () => {
    expect(fails({ ALLOWED_HOSTS: 'talent.example, https://talent.example' }).variable).toBe('ALLOWED_HOSTS');
  });

  it('answers only to loopback names on loopback, to any name on a public interface, unless ALLOWED_HOSTS says', () => {
    expect(readConfig({}).allowedHosts).toEqual(['localhost', '127.0.0.1', '::1']);
    expect(readConfig({ HOST: '0.0.0.0' }).allowedHosts).toEqual(['*']);
    expect(readConfig({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'Talent.Example, localhost' }).allowedHosts).toEqual([
      'talent.example',
      'localhost',
    ]);
  });

  it('rejects a write token shorter than 16 characters', () => {
    expect(fails({ ALLOW_WRITE_TOKEN: 'short' }).variable).toBe('ALLOW_WRITE_TOKEN');
  });

  it('rejects a short password for the embedded Neo4j', () => {
    expect(fails({ NEO4J_PASSWORD: 'abc' }).variable).toBe('NEO4J_PASSWORD');
  });

  it('rejects a query timeout outside its range', () => {
    expect(fails({ QUERY_TIMEOUT_MS: '5' }).variable).toBe('QUERY_TIMEOUT_MS');
  });

  it('rejects an unknown log level', () => {
    expect(fails({ LOG_LEVEL: 'loud' }).variable).toBe('LOG_LEVEL');
  });

  it('runs one API process unless WEB_CONCURRENCY asks for more; auto is one per core', () => {
    expect(readConfig({}).webConcurrency).toBe(1);
    expect(readConfig({ WEB_CONCURRENCY: '4' }).webConcurrency).toBe(4);
    expect(readConfig({ WEB_CONCURRENCY: ' AUTO ' }).webConcurrency).toBe(os.availableParallelism());
  });

  it.each(['0', '-2', 'two', '1.5', '999'])('rejects WEB_CONCURRENCY=%s naming the variable', (value) => {
    const err = fails({ WEB_CONCURRENCY: value });
    expect(err.variable).toBe('WEB_CONCURRENCY');
    expect(err.message).toBe(
      `Invalid WEB_CONCURRENCY: expected a whole number from 1 to 256 or auto, got '${value}'.`,
    );
  });
});
