// Types of scripts/test.mjs for the TypeScript that uses it (tests).
export declare const TEST_RUN_GROUPS: string[][];
export declare const ONE_DATABASE_RUN_GROUPS: string[][];
export interface TestRun {
  name: string;
  args: string[];
  live: boolean;
}
export declare function planTestRuns(args: string[], env?: Record<string, string | undefined>): TestRun[];
export declare function runTests(runs: TestRun[], write?: (text: string) => void): Promise<number>;
export declare const DEFAULT_DIGEST_LIMIT: number;
export declare function failureDigest(report: string | undefined, limit?: number): string[];
