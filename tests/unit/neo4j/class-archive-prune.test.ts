// Pruning of the embedded Neo4j's class archives (neo4j/class-archive.ts pruneClassArchives), on a folder of
// stand-in files with chosen times: what no start can map goes, and at most three archives stay.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneClassArchives } from '../../../neo4j/class-archive.js';

const HOUR = 3_600_000;

describe('pruneClassArchives', () => {
  let dir: string;
  let jar: string;
  const at = (name: string, hoursFromJar: number) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, name);
    const t = new Date(fs.statSync(jar).mtimeMs + hoursFromJar * HOUR);
    fs.utimesSync(file, t, t);
  };
  const left = () => fs.readdirSync(dir).sort();

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-archives-'));
    jar = path.join(dir, 'neo4j-launcher.jar');
    fs.writeFileSync(jar, 'jar');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('removes archives and failure marks older than the jar, which no start can map', () => {
    at('neo4j-launcher-aaaaaaaaaaaa.jsa', -2);
    at('neo4j-launcher-bbbbbbbbbbbb.jsa.failed', -1);
    at('neo4j-launcher-cccccccccccc.jsa', 1);
    at('neo4j-launcher-dddddddddddd.jsa.failed', 1);
    expect(pruneClassArchives(dir, jar).sort()).toEqual([
      'neo4j-launcher-aaaaaaaaaaaa.jsa',
      'neo4j-launcher-bbbbbbbbbbbb.jsa.failed',
    ]);
    expect(left()).toEqual([
      'neo4j-launcher-cccccccccccc.jsa',
      'neo4j-launcher-dddddddddddd.jsa.failed',
      'neo4j-launcher.jar',
    ]);
  });

  it('keeps the three newest archives of other Java builds and removes the rest', () => {
    for (const [i, id] of [
      '111111111111',
      '222222222222',
      '333333333333',
      '444444444444',
      '555555555555',
    ].entries())
      at(`neo4j-launcher-${id}.jsa`, i + 1);
    expect(pruneClassArchives(dir, jar).sort()).toEqual([
      'neo4j-launcher-111111111111.jsa',
      'neo4j-launcher-222222222222.jsa',
    ]);
    expect(left()).toEqual([
      'neo4j-launcher-333333333333.jsa',
      'neo4j-launcher-444444444444.jsa',
      'neo4j-launcher-555555555555.jsa',
      'neo4j-launcher.jar',
    ]);
  });

  it('leaves every other file alone, the jar, a training in progress and the lock included', () => {
    at('neo4j-launcher-aaaaaaaaaaaa.jsa.4242.partial', -5);
    fs.mkdirSync(path.join(dir, '.archive-lock'));
    at('notes.txt', -5);
    expect(pruneClassArchives(dir, jar)).toEqual([]);
    expect(left()).toEqual([
      '.archive-lock',
      'neo4j-launcher-aaaaaaaaaaaa.jsa.4242.partial',
      'neo4j-launcher.jar',
      'notes.txt',
    ]);
  });

  it('removes nothing when the jar is missing', () => {
    at('neo4j-launcher-aaaaaaaaaaaa.jsa', -2);
    fs.rmSync(jar);
    expect(pruneClassArchives(dir, jar)).toEqual([]);
  });
});
