// Types of scripts/node-flags.mjs for the TypeScript that uses it (tests, bench).
export declare function nodeFlagsOf(script: string): string[];
export declare function serverNodeFlags(root?: string): string[];
