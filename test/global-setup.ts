import { execFileSync } from 'node:child_process';

/** End-to-end tests run the built bundles: build them once, before any test file. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
