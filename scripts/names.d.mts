/** Types of scripts/names.mjs, for the tests. */
export declare function dropNoOpNames(code: string): string;
