import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * End-to-end tests run the built bundles: build them once, before any test file. The run's
 * temporary files (each test file's folder, every command line's working folder) go in one folder
 * of the run's, removed when the run ends: the test files make theirs and leave them.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const run = mkdtempSync(join(tmpdir(), 'pcp-test-run-'));
  // Open to every user, as /tmp is: some tests run the command line as another user.
  chmodSync(run, 0o1777);
  const was = process.env.TMPDIR;
  process.env.TMPDIR = run;
  return () => {
    if (was === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = was;
    rmSync(run, { recursive: true, force: true });
  };
}
