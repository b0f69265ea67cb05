import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import type { Io } from '../src/cli/common.js';
import { FileOut, Leftovers, holdFile, openOutput } from '../src/cli/files.js';

/** A command's streams, none of them a terminal; `stderr` to read what is said there. */
const testIo = (stderr = new PassThrough()): Io => ({ stdin: new PassThrough(), stdout: new PassThrough(), stderr, now: () => new Date() }) as unknown as Io;

const dir = mkdtempSync(join(tmpdir(), 'file-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

describe('FileOut: the output file written without node:stream', () => {
  it('writes every chunk in order, strings and bytes, whatever their sizes; asks for a pause at 16 KiB and says drain once all is written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.uint8Array({ maxLength: 40_000 })), { maxLength: 30 }),
        async (chunks) => {
          const path = join(dir, `out${files++}.bin`);
          const out = new FileOut(openSync(path, 'wx'));
          const written: number[] = [];
          let drains = 0;
          out.on('drain', () => drains++);
          let pending = 0;
          let asked = false;
          chunks.forEach((c, i) => {
            pending += typeof c === 'string' ? Buffer.byteLength(c) : c.length;
            const more = out.write(c, () => written.push(i));
            expect(more).toBe(!asked && pending < 16_384);
            asked ||= !more;
          });
          out.end();
          await once(out, 'close');
          expect(out.errored).toBeNull();
          expect(written).toEqual(chunks.map((_, i) => i));
          expect(drains).toBe(asked ? 1 : 0);
          expect(readFileSync(path)).toEqual(Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('past its first MiB (written synchronously) it writes with fs.write: every chunk in order, each told once written, drain once all are', async () => {
    const path = join(dir, 'long.bin');
    const out = new FileOut(openSync(path, 'wx'));
    const chunks = Array.from({ length: 14 }, (_, i) => Buffer.alloc(256 * 1024 + i, i));
    const written: number[] = [];
    let drains = 0;
    out.on('drain', () => drains++);
    for (const [i, c] of chunks.entries()) {
      const told: number[] = [];
      expect(out.write(c, () => (written.push(i), told.push(i)))).toBe(false);
      // Told asynchronously, as fs.WriteStream tells it, whether the bytes went out synchronously or not.
      expect(told).toEqual([]);
      await once(out, 'drain');
    }
    out.end();
    await once(out, 'close');
    expect(out.errored).toBeNull();
    expect(written).toEqual(chunks.map((_, i) => i));
    expect(drains).toBe(chunks.length);
    expect(readFileSync(path).equals(Buffer.concat(chunks))).toBe(true);
  });

  it('a failed write (a full disk) is its error, once, then close; what waits is dropped with it; end() after it still closes', async () => {
    const out = new FileOut(openSync('/dev/full', 'w'));
    const errors: Error[] = [];
    out.on('error', (e) => errors.push(e));
    const results: Array<Error | null | undefined> = [];
    out.write('a'.repeat(100), (e) => results.push(e));
    out.write('b', (e) => results.push(e));
    // once() would reject on the error: the close that follows it is awaited directly.
    await new Promise((closed) => out.on('close', closed));
    expect(errors.map((e) => (e as NodeJS.ErrnoException).code)).toEqual(['ENOSPC']);
    expect((out.errored as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(results.map((e) => (e as NodeJS.ErrnoException | undefined)?.code)).toEqual(['ENOSPC', 'ENOSPC']);
    expect(out.write('c')).toBe(false);
    out.end();
    await once(out, 'close');
  });

  it('end() with nothing written closes an empty file; a write after end() is refused', async () => {
    const path = join(dir, 'empty.bin');
    const fd = openSync(path, 'wx');
    const out = new FileOut(fd);
    out.end();
    expect(out.write('late')).toBe(false);
    await once(out, 'close');
    expect(readFileSync(path, 'utf8')).toBe('');
    expect(() => closeSync(fd)).toThrow(/EBADF/);
  });
});

describe('an -o file put in place of its target', () => {
  const io = testIo();

  it("commit's last check runs once the file is written and before it takes the target's place; what it throws leaves the target as it was", async () => {
    const target = join(dir, 'plan.csv');
    writeFileSync(target, 'old\n');
    const seen: string[] = [];
    const out = await openOutput(target, io, new Leftovers(() => undefined));
    out.stream.write('new\n');
    await out.commit(() => seen.push(readFileSync(target, 'utf8')));
    expect(seen).toEqual(['old\n']);
    expect(readFileSync(target, 'utf8')).toBe('new\n');

    const leftovers = new Leftovers(() => undefined);
    const refused = await openOutput(target, io, leftovers);
    refused.stream.write('newer\n');
    await expect(
      refused.commit(() => {
        throw new Error('the input changed');
      }),
    ).rejects.toThrow('the input changed');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    // The finished file it did not put in place is a leftover, removed when the run ends.
    await leftovers.clear();
    expect(readdirSync(dir).filter((f) => f.startsWith('.plan.csv.'))).toEqual([]);
  });
});

describe('holdFile: one run at a time on a list written over itself', () => {
  it('gives up after its wait on a hold whose process still runs, naming that process and the file to remove, and leaves the hold alone', async () => {
    const path = join(dir, 'held.csv');
    writeFileSync(path, 'Name\nAnn\n');
    const hold = join(dir, '.held.csv.lock');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(hold, String(holder.pid));
      const stderr = new PassThrough();
      let said = '';
      stderr.on('data', (d) => (said += d));
      const io = testIo(stderr);
      const leftovers = new Leftovers();
      await expect(holdFile(path, path, 'held.csv', io, leftovers, false, 200)).rejects.toThrow(
        `'held.csv' is being written by another run (process ${holder.pid}): nothing written; run again when it has finished (if none is running, remove '${hold}')`,
      );
      expect(said).toBe(`prospect-channels: waiting for another run writing 'held.csv' (process ${holder.pid}) to finish\n`);
      await leftovers.clear();
      expect(readFileSync(hold, 'utf8')).toBe(String(holder.pid));
    } finally {
      holder.kill();
      rmSync(hold, { force: true });
    }
  });

  it.each([
    ['a folder', (hold: string) => mkdirSync(hold)],
    ['a link to nothing', (hold: string) => symlinkSync(join(dir, 'nothing-here'), hold)],
    [
      'a stale hold another run is taking over',
      (hold: string) => {
        writeFileSync(hold, spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
        writeFileSync(`${hold}.taking`, '');
      },
    ],
  ])('waits on a hold it cannot read or take (%s), sleeping between looks, and gives up after its wait', async (_, make) => {
    const path = join(dir, 'odd.csv');
    writeFileSync(path, 'Name\nAnn\n');
    const hold = join(dir, '.odd.csv.lock');
    make(hold);
    try {
      const io = testIo();
      // The wait sleeps: a timer set meanwhile fires (a loop that never yields would starve it, and a signal's handler with it).
      let ticks = 0;
      const timer = setInterval(() => ticks++, 20);
      await expect(holdFile(path, path, 'odd.csv', io, new Leftovers(), true, 300)).rejects.toThrow(
        `'odd.csv' is being written by another run: nothing written; run again when it has finished (if none is running, remove '${hold}')`,
      );
      clearInterval(timer);
      expect(ticks).toBeGreaterThan(3);
    } finally {
      rmSync(hold, { recursive: true, force: true });
      rmSync(`${hold}.taking`, { force: true });
    }
  });

  it("is made with this run's process id for a file written over itself only, removed with the run's leftovers, and not made where it cannot be", async () => {
    const path = join(dir, 'mine.csv');
    writeFileSync(path, 'Name\nAnn\n');
    const io = testIo();
    const leftovers = new Leftovers();
    await holdFile(path, path, 'mine.csv', io, leftovers, true);
    // Only a file written over itself is held.
    await holdFile(path, join(dir, 'elsewhere.csv'), 'mine.csv', io, leftovers, true);
    await holdFile(path, '-', 'mine.csv', io, leftovers, true);
    expect(readFileSync(join(dir, '.mine.csv.lock'), 'utf8')).toBe(String(process.pid));
    await leftovers.clear();
    expect(readdirSync(dir).filter((n) => n.startsWith('.mine.csv'))).toEqual([]);
    // Where no hold can be made beside the file (here its name would be longer than a file name may be), the run goes on without one.
    const long = join(dir, `${'a'.repeat(249)}.csv`);
    writeFileSync(long, 'Name\nAnn\n');
    await holdFile(long, long, 'long.csv', io, leftovers, true);
    expect(readdirSync(dir).filter((n) => n.endsWith('.lock'))).toEqual([]);
  });
});

describe('a hold left beside an -o file', () => {
  it('by a run killed outright (its process gone) is removed by the next run writing that file; one whose process runs is left', async () => {
    const io = testIo();
    const target = join(dir, 'after-kill.csv');
    writeFileSync(target, 'Name\nAnn\n');
    const hold = join(dir, '.after-kill.csv.lock');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(hold, gone);
    const leftovers = new Leftovers();
    const out = await openOutput(target, io, leftovers);
    expect(readdirSync(dir).filter((n) => n.startsWith('.after-kill.csv.lock'))).toEqual([]);
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(hold, String(holder.pid));
      out.stream.end('Name\nBo\n');
      await out.commit();
      const again = await openOutput(target, io, leftovers);
      expect(readFileSync(hold, 'utf8')).toBe(String(holder.pid));
      again.stream.end('Name\nCy\n');
      await again.commit();
      // This process's own id in a hold it did not make: left by an earlier run that had the same id (a container's first process).
      writeFileSync(hold, String(process.pid));
      await openOutput(target, io, leftovers);
      expect(existsSync(hold)).toBe(false);
    } finally {
      holder.kill();
      await leftovers.clear();
      rmSync(hold, { force: true });
    }
  });
});
