// Types of scripts/test.mjs for the TypeScript that uses it (tests).
export declare const SHARED_ENGINE_PROJECTS: string[];
export declare const OWN_ENGINE_PROJECTS: string[];
export interface TestRun {
  name: string;
  args: string[];
  live: boolean;
}
export declare function planTestRuns(args: string[]): TestRun[];
export declare function runTests(runs: TestRun[], write?: (text: string) => void): Promise<number>;
export declare const DEFAULT_DIGEST_LIMIT: number;
export declare function failureDigest(report: string | undefined, limit?: number): string[];
