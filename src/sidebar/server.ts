/**
 * The sidebar's one way to the server: `google.script.run` as promises, typed by the server module
 * itself, so a renamed or changed handler breaks this build, not a user's click. The local preview
 * answers the same calls through its own `google.script.run` (see src/preview/server.ts).
 */
import type * as Server from '../sheets/index.js';

type Api = typeof Server;
/** The handlers the sidebar may call (and the only ones the local preview answers). */
export const SIDEBAR_CALLS = [
  'getPlannerState',
  'previewPlan',
  'writePlan',
  'getTodayTouches',
  'markTouchesDone',
  'useMyNumbers',
] as const satisfies ReadonlyArray<keyof Api>;
export type SidebarCall = (typeof SIDEBAR_CALLS)[number];

interface Runner {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
  [name: string]: unknown;
}
declare const google: { script: { run: Runner } };

export function callServer<K extends SidebarCall>(name: K, ...args: Parameters<Api[K]>): Promise<ReturnType<Api[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((v) => resolve(v as ReturnType<Api[K]>)).withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
