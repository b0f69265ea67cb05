/** Types of scripts/package.mjs, for the tests. */
export declare const RELEASE_FILES: Array<[string, string]>;
export declare const INSTALL: string;
export declare function packageRelease(dist?: string, out?: string): string;
