// Types of scripts/build.mjs for the TypeScript that uses it (tests, bench).
export declare const ROOT: string;
export declare const CLIENT_DIR: string;
export declare const SERVER_DIR: string;
export declare const CLIENT_BUILD_MARK: string;
export declare const CLIENT_SOURCES: string[];
export declare const SERVER_SOURCES: string[];
export declare const SERVER_ENTRIES: Record<string, string>;
export declare function clientIsStale(mark?: string): boolean;
export declare function serverIsStale(): boolean;
export declare function buildClient(): Promise<void>;
export declare function compileEntries(entryPoints: Record<string, string>, outdir: string): Promise<void>;
export declare function buildServer(): Promise<void>;
export declare function buildIfStale(opts?: {
  client?: boolean;
  server?: boolean;
  log?: (message: string) => void;
}): Promise<void>;
