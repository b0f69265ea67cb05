/**
 * Files a command reads and writes, and everything it leaves behind on the way. Every temporary
 * file or folder is registered in the run's Leftovers, which removes them however the run ends:
 * at the end, on an error, on Ctrl-C / TERM / HUP, or on a closed pipe (main.ts).
 */
import { EventEmitter, once } from 'node:events';
import {
  type Stats,
  type WriteStream,
  accessSync,
  chmodSync,
  chownSync,
  close as closeFd,
  closeSync,
  constants as fsConstants,
  createReadStream,
  createWriteStream,
  fstatSync,
  promises as fs,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  write as writeFd,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, type Io, NAME, changedError, errnoText } from './common.js';

/** The system's temporary folder, node:os loaded on first use: only a run that copies its input (stdin, a pipe) needs it. */
const tmpdir = async (): Promise<string> => (await import('node:os')).tmpdir();

/** stream.pipeline, loaded on first use: a plain run, a file in and a file out, never copies a stream. */
const pipeline = async (...streams: [NodeJS.ReadableStream, NodeJS.WritableStream]): Promise<void> =>
  (await import('node:stream/promises')).pipeline(...streams);

/** Whether process `pid` still runs. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what an earlier run killed outright (SIGKILL, a power cut) left in `dir`: the entries
 * named by `pattern` whose process (its first group) no longer runs. Best effort.
 */
async function removeStale(dir: string, pattern: RegExp): Promise<void> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (pid && pid !== process.pid && !alive(pid)) await fs.rm(join(dir, name), { recursive: true, force: true }).catch(() => undefined);
  }
}

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
    this.scratch ??= (async () => {
      const temp = await tmpdir();
      await removeStale(temp, new RegExp(`^${NAME}-(\\d+)-`));
      let dir: string;
      try {
        dir = await fs.mkdtemp(join(temp, `${NAME}-${process.pid}-`));
      } catch (e) {
        throw new CliError(`cannot make a working folder in the temporary folder '${temp}' (set TMPDIR to a folder you can write): ${errnoText(e)}`, 2);
      }
      this.add(dir);
      return dir;
    })();
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

/**
 * The input as a file both passes can read from the start: a regular file as it is; standard
 * input (-), a pipe (`<(cat f)`, a FIFO) or a device copied into the run's scratch folder first.
 * Unreadable input is a CliError (2) that names it and says why in words.
 *
 * The look at a file (stat, access, realpath here and in openOutput) is synchronous: each is
 * over in microseconds, while the promise form hands it to a thread of the pool and waits for
 * that thread to be scheduled, which on a busy machine is most of a short run's time.
 */
export async function seekableInput(name: string, io: Io, leftovers: Leftovers): Promise<{ path: string; shown: string }> {
  if (name === '-') return { path: await spool(io.stdin, 'stdin', leftovers), shown: 'stdin' };
  let st: Stats;
  try {
    st = statSync(name);
  } catch (e) {
    throw new CliError(`cannot read '${name}': ${errnoText(e)}`, 2);
  }
  if (st.isDirectory()) throw new CliError(`cannot read '${name}': ${errnoText({ code: 'EISDIR' })}`, 2);
  try {
    accessSync(name, fsConstants.R_OK);
  } catch (e) {
    throw new CliError(`cannot read '${name}': ${errnoText(e)}`, 2);
  }
  if (st.isFile()) return { path: name, shown: name };
  // A named pipe blocks until something writes to it: say so, where a person is watching.
  if (st.isFIFO() && io.stderr.isTTY) io.stderr.write(`${NAME}: waiting for data on '${name}' (a pipe)...\n`);
  let stream: NodeJS.ReadableStream;
  try {
    const handle = await fs.open(name, 'r');
    stream = handle.createReadStream();
  } catch (e) {
    throw new CliError(`cannot read '${name}': ${errnoText(e)}`, 2);
  }
  return { path: await spool(stream, name, leftovers), shown: name };
}

/** Copies a stream into the scratch folder. */
async function spool(from: NodeJS.ReadableStream, shown: string, leftovers: Leftovers): Promise<string> {
  const path = join(await leftovers.scratchDir(), 'input.csv');
  try {
    await pipeline(from, createWriteStream(path, { mode: 0o600 }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EACCES' || code === 'EROFS') {
      throw new CliError(`cannot copy ${shown} to the temporary folder '${await tmpdir()}': ${errnoText(e)}`, 2);
    }
    throw new CliError(`cannot read ${shown}: ${errnoText(e)}`, 2);
  }
  return path;
}

/**
 * Which file a path is (its device and inode, symlinks followed), or undefined when it names no
 * regular file: a file that does not exist yet, a folder, a device or a pipe. `-` is standard
 * input, known only when it is the process's own (redirected from a file).
 */
function fileId(path: string, io: Io): string | undefined {
  if (path !== '-') return idOf(() => statSync(path));
  return io.stdin === process.stdin ? idOf(() => fstatSync(0)) : undefined;
}

/** Standard output's file, where it is a regular file (`>` or `>>` onto one): as `fileId` names a file. */
function stdoutId(io: Io): string | undefined {
  return io.stdout === process.stdout ? idOf(() => fstatSync(1)) : undefined;
}

/** A regular file's device and inode, from its stat; undefined for anything else, or where it cannot be had. */
function idOf(stat: () => Stats): string | undefined {
  try {
    const st = stat();
    return st.isFile() ? `${st.dev}:${st.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** Whether two paths name the same existing file: another spelling of it, a symlink or a hard link to it counts. */
export function sameFile(a: string, b: string, io: Io): boolean {
  const id = fileId(a, io);
  return id !== undefined && id === fileId(b, io);
}

/** How long a run waits for another run's hold on the same file (`holdFile`) before it gives up. */
const HOLD_WAIT_MS = 120_000;
/** A hold file still empty after this long, or a takeover's mark this old, was left by a run killed as it made it. */
const LEFT_MS = 10_000;
/** The holds this process made: a hold naming this process's id is stale unless it is one of them (a container's first process has the same id each time). */
const ownHolds = new Set<string>();

/**
 * Holds the input file `path` for this run when `output` names that file (plan or done with -o
 * the input), while the run reads it and writes it back: a hold file `.NAME.lock` beside it, made
 * only if none is there (O_EXCL), with this run's process id in it. A second run on the same file
 * waits for the first to let go, then reads the file the first wrote: both runs' marks are kept,
 * where the check before the rename alone lets two runs that check at the same moment save one
 * over the other. Standard input redirected from the file (`- < list.csv`) holds the file -o
 * names, and once held must still be that file, or nothing is written. A hold whose process no
 * longer runs (killed outright) is taken over (`takeOver`), and removed by any run writing that
 * file (openOutput); where no hold can be made (a read-only folder), the run goes on without
 * one, as before. The run's Leftovers removes the hold however the run ends. Waits at most
 * `waitMs`, sleeping between looks (a signal ends the wait), and says once that it waits.
 */
export async function holdFile(
  path: string,
  output: string | undefined,
  shown: string,
  io: Io,
  leftovers: Leftovers,
  quiet: boolean,
  waitMs = HOLD_WAIT_MS,
): Promise<void> {
  if (output === undefined || output === '-' || !sameFile(path, output, io)) return;
  const fromStdin = path === '-';
  let real = fromStdin ? output : path;
  try {
    real = realpathSync.native(real);
  } catch {
    // Not there (yet): the path as named.
  }
  const hold = holdOf(real);
  const started = Date.now();
  let said = false;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(hold, 'wx', 0o644);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return;
    }
    if (fd !== undefined) {
      ownHolds.add(hold);
      leftovers.add(hold);
      try {
        writeSync(fd, String(process.pid));
      } finally {
        closeSync(fd);
      }
      // A run that saved the file while this one waited left standard input on the file as it was.
      if (fromStdin && !sameFile('-', output, io)) throw changedError(shown);
      return;
    }
    const holder = holderOf(hold);
    // A stale hold another run is taking over meanwhile is waited on, as a live one.
    if (holder === 'stale' && takeOver(hold)) continue;
    const which = typeof holder === 'number' && holder > 0 ? ` (process ${holder})` : '';
    if (Date.now() - started > waitMs) {
      throw new CliError(
        `'${shown}' is being written by another run${which}: nothing written; run again when it has finished (if none is running, remove '${hold}')`,
        1,
      );
    }
    // 'gone': let go a moment ago, and looked for again at once; a name that stays so for a second (a link to nothing) is waited on as any hold.
    if (!said && !quiet && (holder !== 'gone' || Date.now() - started > 1000)) {
      io.stderr.write(`${NAME}: waiting for another run writing '${shown}'${which} to finish\n`);
      said = true;
    }
    const gone = holder === 'gone' && Date.now() - started <= 1000;
    await new Promise((wake) => setTimeout(wake, gone ? 1 : 50));
  }
}

/** The hold file of a file (its real path): `.NAME.lock` beside it. */
const holdOf = (real: string): string => join(dirname(real), `.${basename(real)}.lock`);

/** How long ago a file was last written, in milliseconds (0 when it cannot be told). */
function ageOf(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Removes a stale hold file, under a mark of its own (`.NAME.lock.taking`, O_EXCL) that one run
 * makes at a time, and only if the hold is still stale when looked at again under it: when two
 * runs find a hold stale at once, and one has already put its own hold in its place, the other
 * leaves that one alone. A mark left by a run killed in the middle is removed once it is old.
 * False when another run's mark is there: the hold is then waited on.
 */
function takeOver(hold: string): boolean {
  const mark = `${hold}.taking`;
  let fd: number;
  try {
    fd = openSync(mark, 'wx', 0o644);
  } catch (e) {
    const left = (e as NodeJS.ErrnoException).code === 'EEXIST' && ageOf(mark) > LEFT_MS;
    if (left) rmSync(mark, { force: true });
    return left;
  }
  closeSync(fd);
  try {
    if (holderOf(hold) === 'stale') rmSync(hold, { force: true });
  } finally {
    rmSync(mark, { force: true });
  }
  return true;
}

/**
 * Who holds a hold file: the running process's id; 0 for one not known (made a moment ago, its
 * id not yet written; or a file that cannot be read); 'stale' (its process is gone, it stayed
 * empty, or it holds no process id); or 'gone' (let go meanwhile).
 */
function holderOf(hold: string): number | 'stale' | 'gone' {
  let text: string;
  try {
    text = readFileSync(hold, 'utf8').trim();
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 0;
  }
  if (text === '') return ageOf(hold) > LEFT_MS ? 'stale' : 0;
  const pid = /^\d{1,10}$/.test(text) ? Number(text) : 0;
  if (pid === process.pid) return ownHolds.has(hold) ? pid : 'stale';
  return pid > 0 && alive(pid) ? pid : 'stale';
}

/**
 * Refuses, before anything is read or written, an output (`flag`: -o, --summary) that is the
 * input file: only the plan and done write onto their input (they give the same file back with
 * columns added); a report (`thing`) written there would replace the prospect list.
 */
export function refuseOverInput(target: string | undefined, flag: string, thing: string, input: string, io: Io): void {
  if (target === undefined || target === '-' || !sameFile(target, input, io)) return;
  const which = input === '-' ? 'the file on standard input' : 'the input file';
  throw new CliError(`${flag} '${target}' is ${which}: writing ${thing} there would replace your prospect list; name another file`, 2);
}

/**
 * Refuses, before anything is read, standard output redirected onto the input file (`>>
 * list.csv`): the output would be written into the list as the list is read, as `cat` refuses an
 * input file that is its output. With `>`, the shell emptied the list before the run began: said.
 * `inPlace`: the command writes its list back (the plan, done), and -o the input does that.
 */
export function refuseStdoutOverInput(output: string | undefined, input: string, io: Io, inPlace: boolean): void {
  if (output !== undefined && output !== '-') return;
  const id = stdoutId(io);
  if (id === undefined || id !== fileId(input, io)) return;
  const name = input === '-' ? 'the file on standard input' : `the input file '${input}'`;
  let emptied = false;
  try {
    emptied = fstatSync(1).size === 0;
  } catch {
    // Unknown: not said.
  }
  const fix = inPlace ? `to update the list, give -o ${input === '-' ? 'with its name' : `'${input}'`} instead` : 'redirect it to another file';
  throw new CliError(
    `standard output is ${name}: the output would be written into your prospect list as it is read${emptied ? " (a '>' onto it has emptied it already: restore it from a copy)" : ''}; ${fix}`,
    2,
  );
}

/** Where a command writes: a stream, then commit() once everything is written (or discard()). */
export interface Output {
  readonly stream: NodeJS.WritableStream;
  /** The name to show in messages: the -o file, or stdout. */
  readonly shown: string;
  /** Whether this is the process's stdout (a table there fits the terminal). */
  readonly isStdout: boolean;
  /** Whether it lands in a file (-o, or stdout redirected to one), which a spreadsheet may open; not a pipe, a terminal or a device. */
  readonly isFile: boolean;
  /**
   * Finishes the output: flushes stdout, or puts the finished file in place of the target.
   * `lastCheck` runs right before the file takes the target's place, with nothing awaited between
   * them; what it throws leaves the target as it was.
   */
  commit(lastCheck?: () => void): Promise<void>;
  /** The error the stream met, if any: a failed write is then the output's fault, not the input's. */
  failure(): CliError | undefined;
}

/** Records the first error a stream emits (and keeps it from being an uncaught 'error' event). */
function watch(stream: NodeJS.WritableStream, target: string): () => CliError | undefined {
  let failed: unknown;
  stream.on('error', (e) => {
    failed ??= e;
  });
  return () =>
    failed === undefined ? undefined : target === 'stdout' ? new CliError(`cannot write to stdout: ${errnoText(failed)}`, 2) : writeError(target, failed);
}

function writeError(target: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliError(`cannot write '${target}': no such folder '${dirname(target)}'`, 2);
  return new CliError(`cannot write '${target}': ${errnoText(e)}`, 2);
}

/**
 * Opens the output, before any work is done, so a bad -o fails at once. Without a target: stdout.
 *
 * With a target, everything is written to a temporary file beside it (`.NAME.PID.tmp`, mode 600)
 * and put in its place only when complete, so a failure or a signal leaves the target as it was,
 * and -o may name the input. An existing target keeps what makes it that file:
 * - a symlink stays a link: its target file is the one written;
 * - its mode is copied onto the new file, and its owner and group where the system allows;
 * - a file with other hard links, or one owned by someone else, is written in place (copied
 *   over from the complete temporary file) so every link sees the new content and the owner
 *   stays; a signal waits for that copy to finish, and if the copy itself fails the complete
 *   output is kept in the temporary file and the message says where.
 * Anything else (a device such as /dev/null, a pipe) is written directly.
 */
export async function openOutput(target: string | undefined, io: Io, leftovers: Leftovers): Promise<Output> {
  // `-o -` is standard output, as `-` is standard input.
  if (target === undefined || target === '-') return stdoutOutput(io);
  let real = target;
  let st: Stats | undefined;
  try {
    // A symlink (even a chain of them) is followed to the file it names; a dangling one to where it points.
    // The system's realpath(3), in one call: Node's own walks the path a component at a time.
    real = realpathSync.native(target);
  } catch {
    let link: string | undefined;
    try {
      link = readlinkSync(target);
    } catch {
      // Not a link: the target as named.
    }
    if (link !== undefined) real = resolve(dirname(target), link);
  }
  try {
    st = statSync(real);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw writeError(target, e);
  }
  if (st?.isDirectory()) throw writeError(target, { code: 'EISDIR' });
  if (st && !st.isFile()) return direct(target, real);
  if (st) {
    try {
      accessSync(real, fsConstants.W_OK);
    } catch (e) {
      throw writeError(target, e);
    }
    // A file no one may write (chmod 444) is refused for root too, whom the system lets write anything.
    if ((st.mode & 0o222) === 0) throw writeError(target, { code: 'EACCES' });
  }
  let temp = join(dirname(real), `.${basename(real)}.${process.pid}.tmp`);
  await removeStale(dirname(real), new RegExp(`^\\.${escapeRegExp(basename(real))}\\.(\\d+)\\.tmp$`));
  // A hold on the target left by a run killed outright goes too, whether or not this run holds it.
  const hold = holdOf(real);
  if (holderOf(hold) === 'stale') takeOver(hold);
  // A new file gets the usual mode (umask); over an existing one the temp file is private until it takes the target's mode.
  let stream: FileOut;
  let besideIt = true;
  try {
    stream = await createTemp(temp, st ? 0o600 : 0o666, leftovers);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A writable file in a folder we may not add to: the temp file goes to the scratch folder, and is copied in place.
    if (!st || (code !== 'EACCES' && code !== 'EPERM')) throw writeError(target, e);
    temp = join(await leftovers.scratchDir(), 'output.tmp');
    besideIt = false;
    try {
      stream = await createTemp(temp, 0o600, leftovers);
    } catch (e2) {
      throw writeError(target, e2);
    }
  }
  const failure = watch(stream, target);
  const inPlace = st !== undefined && (!besideIt || st.nlink > 1 || (typeof process.getuid === 'function' && st.uid !== process.getuid()));
  return {
    stream,
    shown: target,
    isStdout: false,
    isFile: true,
    failure,
    async commit(lastCheck) {
      await closeFile(stream, target);
      if (st && inPlace) {
        lastCheck?.();
        await leftovers.uninterrupted(async () => {
          try {
            await copyInPlace(temp, real);
          } catch (e) {
            leftovers.forget(temp);
            throw new CliError(`cannot write '${target}': ${errnoText(e)}; the complete output is in '${temp}'`, 2);
          }
          await fs.rm(temp, { force: true });
        });
      } else {
        try {
          if (st) {
            chmodSync(temp, st.mode & 0o7777);
            try {
              chownSync(temp, st.uid, st.gid);
            } catch {
              // Only the owner's own group, or root, may be given: the file stays the writer's.
            }
          }
        } catch (e) {
          throw writeError(target, e);
        }
        // Checked right before the rename, for another program's save meanwhile: runs of ours writing the same file take turns (holdFile).
        lastCheck?.();
        try {
          renameSync(temp, real);
        } catch (e) {
          throw writeError(target, e);
        }
      }
      leftovers.forget(temp);
    },
  };
}

/** Bytes waiting to be written at which FileOut.write asks its caller to wait for 'drain' (fs.WriteStream's default). */
const HIGH_WATER = 1 << 14;

type Done = (err?: Error | null) => void;

/**
 * Bytes FileOut writes with plain system calls before it hands its writes to Node's thread pool.
 * A short run's output is written before the pool is ever needed: starting its threads and
 * waiting for one to be scheduled, on a busy machine, cost more than the writes themselves.
 */
const SYNC_BYTES = 1 << 20;

/**
 * The output file, written in order as fs.WriteStream writes it, but without node:stream, which
 * a short run would load for nothing but this (a sixth of its start-up). The first SYNC_BYTES
 * are written (and a short file closed) synchronously, the rest with fs.write; either way every
 * outcome is told asynchronously, as fs.WriteStream tells it. write() queues a chunk and returns
 * false once HIGH_WATER bytes wait, then emits 'drain' when all are written; a chunk's callback
 * runs once it is written (the caller may then reuse its buffer). end() closes the file after the
 * last chunk, then 'close'. The first failure is `errored`, one 'error' event, the file closed
 * and 'close'; chunks still waiting are dropped.
 */
export class FileOut extends EventEmitter implements NodeJS.WritableStream {
  writable = true;
  errored: Error | null = null;
  private readonly chunks: Array<{ bytes: Uint8Array; done: Done | undefined }> = [];
  private waiting = 0;
  private writing = false;
  private drainDue = false;
  private closed = false;
  /** Bytes written synchronously so far (see SYNC_BYTES). */
  private synced = 0;

  constructor(private readonly fd: number) {
    super();
  }

  write(chunk: string | Uint8Array, encoding?: BufferEncoding | Done, cb?: Done): boolean {
    const done = typeof encoding === 'function' ? encoding : cb;
    if (!this.writable) {
      const err = this.errored ?? Object.assign(new Error('write after end'), { code: 'ERR_STREAM_WRITE_AFTER_END' });
      process.nextTick(() => done?.(err));
      return false;
    }
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : chunk;
    this.chunks.push({ bytes, done });
    this.waiting += bytes.length;
    this.next();
    if (this.waiting < HIGH_WATER) return true;
    this.drainDue = true;
    return false;
  }

  end(chunk?: string | Uint8Array | (() => void), encoding?: BufferEncoding | (() => void), cb?: () => void): this {
    const done = [chunk, encoding, cb].find((a) => typeof a === 'function') as (() => void) | undefined;
    if (chunk !== undefined && typeof chunk !== 'function') this.write(chunk, typeof encoding === 'string' ? encoding : undefined);
    if (done) this.once('close', done);
    if (this.closed) process.nextTick(() => this.emit('close'));
    this.writable = false;
    this.next();
    return this;
  }

  private next(): void {
    if (this.writing || this.closed) return;
    const chunk = this.chunks[0];
    if (chunk) {
      this.writing = true;
      this.writeFrom(chunk.bytes, 0);
    } else if (!this.writable) this.close(null);
  }

  private writeFrom(bytes: Uint8Array, at: number): void {
    const written = (err: Error | null, n = 0) => {
      if (err) return this.close(err);
      if (at + n < bytes.length) return this.writeFrom(bytes, at + n);
      const { done } = this.chunks.shift() as { done: Done | undefined };
      this.waiting -= bytes.length;
      this.writing = false;
      done?.();
      if (this.drainDue && this.waiting === 0) {
        this.drainDue = false;
        this.emit('drain');
      }
      this.next();
    };
    this.call(
      () => {
        const n = writeSync(this.fd, bytes, at, bytes.length - at);
        this.synced += n;
        return n;
      },
      (done) => writeFd(this.fd, bytes, at, bytes.length - at, null, (err, n) => done(err, n)),
      written,
    );
  }

  private close(err: Error | null): void {
    this.closed = true;
    this.writable = false;
    if (err) {
      this.errored = err;
      for (const { done } of this.chunks.splice(0)) done?.(err);
    }
    this.call(
      () => closeSync(this.fd),
      (done) => closeFd(this.fd, (closeErr) => done(closeErr)),
      (closeErr) => {
        this.errored ??= closeErr;
        if (this.errored) this.emit('error', this.errored);
        this.emit('close');
      },
    );
  }

  /**
   * One system call on the file: made directly while fewer than SYNC_BYTES have been written
   * (its outcome still told on the next tick), else through Node's thread pool.
   */
  private call<T>(direct: () => T, pooled: (done: (err: Error | null, value?: T) => void) => void, done: (err: Error | null, value?: T) => void): void {
    if (this.synced >= SYNC_BYTES) {
      pooled(done);
      return;
    }
    let value: T | undefined;
    let err: Error | null = null;
    try {
      value = direct();
    } catch (e) {
      err = e as Error;
    }
    process.nextTick(done, err, value);
  }
}

/** Ends a file stream and waits until its bytes are on disk; a failure is one error naming the target. */
async function closeFile(stream: WriteStream | FileOut, target: string): Promise<void> {
  stream.end();
  try {
    await once(stream, 'close');
    if (stream.errored) throw stream.errored;
  } catch (e) {
    throw writeError(target, e);
  }
}

/** Creates a temporary file (it must not exist yet), registered as a leftover until it is put in place. */
async function createTemp(path: string, mode: number, leftovers: Leftovers): Promise<FileOut> {
  leftovers.add(path);
  let fd: number;
  try {
    fd = openSync(path, 'wx', mode);
  } catch (e) {
    leftovers.forget(path);
    throw e;
  }
  return new FileOut(fd);
}

/** Overwrites `real` with `temp`'s bytes in place: same inode (hard links, owner, mode untouched), then cut to length. */
async function copyInPlace(temp: string, real: string): Promise<void> {
  const { size } = await fs.stat(temp);
  await pipeline(createReadStream(temp), createWriteStream(real, { flags: 'r+' }));
  await fs.truncate(real, size);
}

function stdoutOutput(io: Io): Output {
  const failure = watch(io.stdout, 'stdout');
  return {
    stream: io.stdout,
    shown: 'stdout',
    isStdout: true,
    isFile: stdoutId(io) !== undefined,
    failure,
    async commit() {
      // Resolves once stdout has taken everything; a write error arrives as the stream's error.
      await new Promise<void>((done) => io.stdout.write('', () => done()));
      const failed = failure();
      if (failed) throw failed;
    },
  };
}

async function direct(target: string, real: string): Promise<Output> {
  const stream = createWriteStream(real, { flags: 'w' });
  try {
    await once(stream, 'open');
  } catch (e) {
    throw writeError(target, e);
  }
  const failure = watch(stream, target);
  return {
    stream,
    shown: target,
    isStdout: false,
    isFile: false,
    failure,
    commit: () => closeFile(stream, target),
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
