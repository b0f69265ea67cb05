/** Types of scripts/server-bundle.mjs, for the tests. */
export declare function dropNoOpNames(code: string): string;
export declare function asGlobal(esm: string, globalName: string): string;
