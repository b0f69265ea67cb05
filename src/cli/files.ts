/**
 * Files a command reads and writes, and everything it leaves behind on the way. Every temporary
 * file or folder is registered in the run's Leftovers, which removes them however the run ends:
 * at the end, on an error, on Ctrl-C / TERM / HUP, or on a closed pipe (main.ts).
 */
import { rmSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NAME } from './common.js';

export class Leftovers {
  private readonly paths = new Set<string>();
  private scratch: Promise<string> | undefined;
  private busy = 0;
  private exitCode: number | undefined;

  /** `exit` ends the process (tests pass a recorder). */
  constructor(private readonly exit: (code: number) => void = (code) => process.exit(code)) {}

  add(path: string): void {
    this.paths.add(path);
  }

  forget(path: string): void {
    this.paths.delete(path);
  }

  /** A private folder in TMPDIR for this run (stdin's copy, the worker's part), made on first use. */
  scratchDir(): Promise<string> {
    this.scratch ??= fs.mkdtemp(join(tmpdir(), `${NAME}-`)).then((dir) => (this.add(dir), dir));
    return this.scratch;
  }

  /** Removes everything registered. */
  async clear(): Promise<void> {
    if (this.scratch) await this.scratch.catch(() => undefined);
    for (const p of this.paths) await fs.rm(p, { recursive: true, force: true }).catch(() => undefined);
    this.paths.clear();
  }

  /** The same, synchronously: for a signal or a closed pipe, just before the process exits. */
  clearSync(): void {
    for (const p of this.paths) {
      try {
        rmSync(p, { recursive: true, force: true });
      } catch {
        // Nothing more can be done on the way out.
      }
    }
    this.paths.clear();
  }

  /**
   * Runs `work`, which must not be cut short (copying a finished output over a file in place):
   * a signal that arrives meanwhile ends the process when it is done.
   */
  async uninterrupted<T>(work: () => Promise<T>): Promise<T> {
    this.busy++;
    try {
      return await work();
    } finally {
      this.busy--;
      if (this.busy === 0 && this.exitCode !== undefined) this.exitNow(this.exitCode);
    }
  }

  /** Cleans up and exits with `code`, or, during uninterrupted work, right after it. */
  exitAfterCleanup(code: number): void {
    if (this.busy > 0) {
      this.exitCode ??= code;
      return;
    }
    this.exitNow(code);
  }

  private exitNow(code: number): void {
    this.clearSync();
    this.exit(code);
  }
}
