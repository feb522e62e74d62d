// The launcher's Java check reads `java -version` output of every vendor format.
import { describe, expect, it } from 'vitest';
import { assertJava, parseJavaMajor } from '../../../neo4j/java.js';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "21" 2023-09-19', 21],
    ['openjdk version "11.0.2" 2019-01-15', 11],
  ])('reads %s as %i', (out, major) => {
    expect(parseJavaMajor(out)).toBe(major);
  });

  it('returns undefined for output without a version', () => {
    expect(parseJavaMajor('command not found')).toBeUndefined();
  });
});

describe('assertJava', () => {
  it('explains how to install Java or use NEO4J_URI when java cannot be run', () => {
    expect(() => assertJava({ JAVA_HOME: '/nonexistent/jdk' })).toThrow(
      /Java 17\+ is needed.*apt-get install openjdk-17.*NEO4J_URI.*docker compose/s,
    );
  });
});
