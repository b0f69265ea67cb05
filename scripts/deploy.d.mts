/** Types of scripts/deploy.mjs, for the tests. */
export declare const EXIT: { ok: 0; failed: 1; usage: 2; noClasp: 3; notLoggedIn: 4; project: 5; ownFiles: 6 };
export declare const TITLE: string;
export declare const CLASP_SETTINGS: {
  rootDir: string;
  scriptExtensions: string[];
  htmlExtensions: string[];
  jsonExtensions: string[];
  filePushOrder: string[];
};
export declare function spreadsheetId(text: string): string | undefined;
export declare function ownFiles(dir: string): string[];
export declare function main(argv: string[]): number;
