import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The flag is the whole process's: here it is only recorded, so this test's own heap keeps its
// size. The young generation's size is the test's to say (V8 counts a half of it as `new_space`).
const flags = vi.hoisted(() => [] as string[]);
const young = vi.hoisted(() => ({ size: 0 }));
vi.mock('node:v8', async (original) => {
  const v8 = await original<typeof import('node:v8')>();
  return {
    ...v8,
    setFlagsFromString: (f: string) => flags.push(f),
    getHeapSpaceStatistics: () => v8.getHeapSpaceStatistics().map((s) => (s.space_name === 'new_space' ? { ...s, space_size: young.size } : s)),
  };
});

const { keepYoungGenerationSmallOnLongFiles, openCsv, readCsv } = await import('../src/cli/csv-file.js');

const dir = mkdtempSync(join(tmpdir(), 'young-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file longer than one read (1 MiB). */
function longFile(): string {
  const path = join(dir, 'long.csv');
  writeFileSync(path, `Name,Degree\n${'Ann Lee,2\n'.repeat(150_000)}`);
  return path;
}

async function readAll(path: string): Promise<number> {
  const { file } = await openCsv(path);
  let n = 0;
  await readCsv(file, () => n++);
  return n;
}

describe("the young generation is kept from growing past 8 MB on long files only in the command line's process", () => {
  it('a process that reads a long file without asking (the preview, the bench) keeps V8 as it is', async () => {
    expect(await readAll(longFile())).toBe(150_001);
    expect(flags).toEqual([]);
  });

  it('once the command line asks, a long file lets the young generation grow to 8 MB a half, and then stops it', async () => {
    keepYoungGenerationSmallOnLongFiles();
    young.size = 4 << 20;
    await readAll(longFile());
    expect(flags).toEqual([]);
    young.size = 8 << 20;
    await readAll(longFile());
    const expected = process.versions.v8.startsWith('11.') ? ['--semi-space-growth-factor=1'] : [];
    expect(flags).toEqual(expected);
    // Asked once: a later file changes nothing.
    await readAll(longFile());
    expect(flags).toEqual(expected);
  });
});
