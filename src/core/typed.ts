/**
 * Flat storage for the list plan: typed arrays, no object and no Map entry per row, so a list of
 * millions of rows plans in a few dozen bytes a row whatever its dates and caps. Nothing here
 * knows about prospects: a column of numbers, a table of days, a duplicate finder, a sort.
 */

/**
 * A column grows 4096 values at a time. Its last chunk is on average half empty, and a plan has a
 * dozen columns: at 16,384 values a chunk that spare room was a tenth of what 100,000 rows kept
 * (50 bytes a row added on an export where most rows want a budget, 46 at 4096), and bought no speed.
 */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const LOW = CHUNK - 1;
/** The first chunk of a column starts this small, so a short list stays small. */
const FIRST_CHUNK = 64;

/** Three kinds of typed array only, so reading a column stays one fast path in the engine. */
export type Typed = Int32Array | Float64Array | Uint8Array;

/**
 * A column of numbers that grows in fixed chunks: never copied as it grows past its first chunk,
 * never more than one chunk of spare room, never a second copy at the end.
 */
export class Column<A extends Typed> {
  length = 0;
  private chunks: A[];
  constructor(private readonly make: (n: number) => A) {
    this.chunks = [make(FIRST_CHUNK)];
  }

  /** A column over existing data (no copy), which can grow on. */
  static of<A extends Typed>(data: A, make: (n: number) => A): Column<A> {
    const c = new Column(make);
    c.chunks = [];
    for (let at = 0; at < data.length; at += CHUNK) c.chunks.push(data.subarray(at, Math.min(data.length, at + CHUNK)) as A);
    if (c.chunks.length === 0) c.chunks.push(make(FIRST_CHUNK));
    c.length = data.length;
    return c;
  }

  push(v: number): number {
    const i = this.length;
    const c = i >>> CHUNK_BITS;
    // The room for the value, made first when the last chunk is full: apart, so the common push
    // stays small and the engine meets no new case in it as a column grows. The chunks' length
    // is checked before a chunk is read: a read past their end is such a case too.
    const chunk = c < this.chunks.length && (i & LOW) < (this.chunks[c] as A).length ? (this.chunks[c] as A) : this.room(c);
    chunk[i & LOW] = v;
    this.length = i + 1;
    return i;
  }

  /** Chunk `c` with room for its next value: a new one, or a short one made bigger. */
  private room(c: number): A {
    const chunk = this.chunks[c];
    if (chunk === undefined) {
      const made = this.make(CHUNK);
      this.chunks.push(made);
      return made;
    }
    // Only a short chunk (the first, or one restored from a snapshot) fills up before CHUNK.
    const bigger = this.make(Math.min(CHUNK, Math.max(FIRST_CHUNK, chunk.length * 4)));
    (bigger as Float64Array).set(chunk as Float64Array);
    this.chunks[c] = bigger;
    return bigger;
  }

  get(i: number): number {
    return (this.chunks[i >>> CHUNK_BITS] as A)[i & LOW] as number;
  }

  set(i: number, v: number): void {
    (this.chunks[i >>> CHUNK_BITS] as A)[i & LOW] = v;
  }

  /**
   * Drops every value and the memory they took: the column as new. (A planner empties the columns
   * it is done with rather than letting go of them: a field that held a column and then null is a
   * change of its type, and the engine throws away the optimized code that relied on it.)
   */
  clear(): void {
    // The chunks' array is emptied in place, not replaced: a field given a second value is
    // another change the engine drops optimized code for.
    const chunks = this.chunks;
    chunks.length = 1;
    chunks[0] = this.make(FIRST_CHUNK);
    this.length = 0;
  }

  /** The bytes its chunks take: its values and the spare room of its last chunk. */
  get byteLength(): number {
    let n = 0;
    for (const chunk of this.chunks) n += chunk.byteLength;
    return n;
  }

  /** The values as one array (a copy): what a snapshot hands to another thread. */
  toArray(): A {
    const out = this.make(this.length);
    for (let c = 0, at = 0; at < this.length; c++, at += CHUNK) {
      const chunk = this.chunks[c] as A;
      (out as Float64Array).set((chunk as Float64Array).subarray(0, Math.min(chunk.length, this.length - at)), at);
    }
    return out;
  }

  /** Where `value` stands in an ascending column, or -1: a binary search. */
  indexOf(value: number): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.get(mid);
      if (v === value) return mid;
      if (v < value) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

export const int32s = (n: number) => new Int32Array(n);
export const float64s = (n: number) => new Float64Array(n);
export const bytes = (n: number) => new Uint8Array(n);

/** A key no day or index ever takes: an empty slot. */
const EMPTY = -2147483648;

/**
 * Whole numbers (days, Mondays) to counts, 0 when absent: open addressing in two Int32Arrays,
 * 8 bytes a slot, a power of two of them and at most 4/3 of the keys in use, doubling. No Map
 * entry per day.
 */
export class DayTable {
  private keys: Int32Array;
  private values: Int32Array;
  /** 32 - log2(slots): a key's slot is the top bits of its hash. */
  private shift: number;
  /** Keys in use. */
  size = 0;
  constructor(capacity = 16) {
    const slots = 2 ** Math.max(2, Math.ceil(Math.log2(capacity)));
    this.keys = new Int32Array(slots).fill(EMPTY);
    this.values = new Int32Array(slots);
    this.shift = 32 - Math.log2(slots);
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[s] as number;
      if (k === key || k === EMPTY) return s;
      s = (s + 1) & mask;
    }
  }

  get(key: number): number {
    const s = this.slot(key);
    return this.keys[s] === key ? (this.values[s] as number) : 0;
  }

  has(key: number): boolean {
    return this.keys[this.slot(key)] === key;
  }

  set(key: number, value: number): void {
    if (key === EMPTY || !Number.isInteger(key)) throw new RangeError(`DayTable: key ${key}`);
    let s = this.slot(key);
    if (this.keys[s] !== key) {
      if ((this.size + 1) * 4 > this.keys.length * 3) {
        this.grow();
        s = this.slot(key);
      }
      this.keys[s] = key;
      this.size++;
    }
    this.values[s] = value;
  }

  add(key: number, by: number): void {
    this.set(key, this.get(key) + by);
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    const cap = keys.length * 2;
    this.keys = new Int32Array(cap).fill(EMPTY);
    this.values = new Int32Array(cap);
    this.shift--;
    for (let s = 0; s < keys.length; s++) {
      const k = keys[s] as number;
      if (k === EMPTY) continue;
      const to = this.slot(k);
      this.keys[to] = k;
      this.values[to] = values[s] as number;
    }
  }

  /** The keys in use, ascending. */
  sortedKeys(): Int32Array {
    const out = new Int32Array(this.size);
    let n = 0;
    for (const k of this.keys) if (k !== EMPTY) out[n++] = k;
    return out.sort();
  }
}

/**
 * For each entry with a key (NaN: none), in entry order, the first earlier entry with the same
 * key: `found(i, first)` for every later one. A typed open-addressing table of entry indices
 * (6 bytes an entry), the keys read from their column: what a Map from key to first entry finds.
 */
export function eachRepeat(keys: { readonly length: number; get(i: number): number }, found: (i: number, first: number) => void): void {
  const n = keys.length;
  const cap = n + (n >>> 1) + 1;
  const table = new Int32Array(cap);
  for (let i = 0; i < n; i++) {
    const key = keys.get(i);
    if (Number.isNaN(key)) continue;
    // Keys are 53-bit hashes held exactly in a double: fold both halves into a slot.
    let s = ((key >>> 0) ^ Math.imul(Math.floor(key / 4294967296) | 0, 0x9e3779b1)) >>> 0;
    s %= cap;
    for (;;) {
      const e = table[s] as number;
      if (e === 0) {
        table[s] = i + 1;
        break;
      }
      if (keys.get(e - 1) === key) {
        found(i, e - 1);
        break;
      }
      if (++s === cap) s = 0;
    }
  }
}

/** Distinct values counted in a Map before `rankOrder` sorts a copy of the values instead. */
const DISTINCT_HASHED = 4096;

/**
 * Entries 0 to n - 1 (n = `values.length`) in order: by `rank >> 1`, highest first, then by value,
 * largest first, then by `rank & 1`, 1 first, then by entry. Each entry's place in that order is
 * a whole number (its value counted as its place among the distinct values), so the entries are
 * put in order with no comparison: counted into their places when there are fewer places than
 * entries (a list's deal values repeat), else by the engine's own sort of those numbers, else (a
 * NaN value, or more than 2^53 places) by `sortInPlace` with the same order.
 */
export function rankOrder(rank: Uint8Array, values: Column<Float64Array>): Int32Array {
  const n = values.length;
  let numbers = true;
  let majors = 1;
  // Each entry's value as its place from the largest (0) down, kept in `order` for now: first as
  // the value's number in the order the values came (one lookup an entry), while they are few.
  const order = new Int32Array(n);
  let hashed: Map<number, number> | null = new Map();
  for (let k = 0; k < n; k++) {
    const v = values.get(k);
    if (Number.isNaN(v)) numbers = false;
    majors = Math.max(majors, ((rank[k] as number) >> 1) + 1);
    if (hashed !== null) {
      let id = hashed.get(v);
      if (id === undefined) {
        id = hashed.size;
        if (id === DISTINCT_HASHED) hashed = null;
        else hashed.set(v, id);
      }
      order[k] = id;
    }
  }
  let m: number;
  let distinct: Float64Array | null = null;
  if (!numbers) m = n;
  else if (hashed !== null) {
    const sorted = Float64Array.from(hashed.keys()).sort();
    m = sorted.length;
    const placeOfNumber = new Int32Array(m);
    for (let j = 0; j < m; j++) placeOfNumber[hashed.get(sorted[j] as number) as number] = m - 1 - j;
    for (let k = 0; k < n; k++) order[k] = placeOfNumber[order[k] as number] as number;
  } else {
    distinct = new Float64Array(n);
    for (let k = 0; k < n; k++) distinct[k] = values.get(k);
    distinct.sort();
    m = 0;
    for (let k = 0; k < n; k++) if (m === 0 || distinct[k] !== distinct[m - 1]) distinct[m++] = distinct[k] as number;
    for (let k = 0; k < n; k++) order[k] = m - 1 - placeOf(distinct, m, values.get(k));
  }
  const places = majors * m * 2;
  const placeOfEntry = (k: number) => {
    const r = rank[k] as number;
    return ((majors - 1 - (r >> 1)) * m + (order[k] as number)) * 2 + 1 - (r & 1);
  };
  if (numbers && places <= n) {
    // A counting sort: entries of one place stay in entry order.
    const starts = new Int32Array(places + 1);
    for (let k = 0; k < n; k++) {
      const p = placeOfEntry(k);
      order[k] = p;
      starts[p + 1] = (starts[p + 1] as number) + 1;
    }
    for (let p = 0; p < places; p++) starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
    const out = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const p = order[k] as number;
      out[starts[p] as number] = k;
      starts[p] = (starts[p] as number) + 1;
    }
    return out;
  }
  if (numbers && places * n <= Number.MAX_SAFE_INTEGER) {
    const keys = distinct ?? new Float64Array(n);
    for (let k = 0; k < n; k++) keys[k] = placeOfEntry(k) * n + k;
    keys.sort();
    for (let k = 0; k < n; k++) order[k] = (keys[k] as number) % n;
    return order;
  }
  for (let k = 0; k < n; k++) order[k] = k;
  sortInPlace(order, (a, b) => {
    const ra = rank[a] as number;
    const rb = rank[b] as number;
    return ((rb >> 1) - (ra >> 1) || values.get(b) - values.get(a) || (rb & 1) - (ra & 1) || a - b) < 0;
  });
  return order;
}

/** Where `v` is among the first `m` values of `sorted` (ascending, distinct, holding `v`): a binary search. */
function placeOf(sorted: Float64Array, m: number, v: number): number {
  let lo = 0;
  let hi = m - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sorts `a` in place by `before` (a strict total order), with no second array: quicksort on a
 * median of three, heapsort past a depth that only a hostile order reaches, insertion sort for
 * short runs.
 */
export function sortInPlace(a: Int32Array, before: (x: number, y: number) => boolean): void {
  quick(a, 0, a.length - 1, before, 2 * Math.ceil(Math.log2(a.length + 1)));
}

function swap(a: Int32Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

function quick(a: Int32Array, from: number, to: number, before: (x: number, y: number) => boolean, depth: number): void {
  let lo = from;
  let hi = to;
  while (hi - lo > 16) {
    if (depth-- === 0) {
      heapSort(a, lo, hi, before);
      return;
    }
    const mid = (lo + hi) >>> 1;
    if (before(a[mid] as number, a[lo] as number)) swap(a, lo, mid);
    if (before(a[hi] as number, a[lo] as number)) swap(a, lo, hi);
    if (before(a[hi] as number, a[mid] as number)) swap(a, mid, hi);
    const pivot = a[mid] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (before(a[i] as number, pivot)) i++;
      while (before(pivot, a[j] as number)) j--;
      if (i <= j) swap(a, i++, j--);
    }
    // The shorter side by recursion, the longer by the loop: the stack stays O(log n).
    if (j - lo < hi - i) {
      quick(a, lo, j, before, depth);
      lo = i;
    } else {
      quick(a, i, hi, before, depth);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i] as number;
    let j = i - 1;
    while (j >= lo && before(v, a[j] as number)) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = v;
  }
}

function heapSort(a: Int32Array, lo: number, hi: number, before: (x: number, y: number) => boolean): void {
  const n = hi - lo + 1;
  const sift = (root: number, size: number) => {
    let r = root;
    for (;;) {
      let child = 2 * r + 1;
      if (child >= size) return;
      if (child + 1 < size && before(a[lo + child] as number, a[lo + child + 1] as number)) child++;
      if (!before(a[lo + r] as number, a[lo + child] as number)) return;
      swap(a, lo + r, lo + child);
      r = child;
    }
  };
  for (let r = (n >>> 1) - 1; r >= 0; r--) sift(r, n);
  for (let end = n - 1; end > 0; end--) {
    swap(a, lo, lo + end);
    sift(0, end);
  }
}

/**
 * Ascending whole numbers (the rows a plan holds), kept as runs of consecutive ones: 8 bytes a
 * run, and a run only starts after a number left out (a blank row, a row that could not be read),
 * so a list costs at most 4 bytes a row and, with no gaps, nothing a row.
 */
export class Runs {
  /** Each run's first number, and where it stands among the numbers. */
  private readonly starts = new Column(int32s);
  private readonly at = new Column(int32s);
  private last = Number.NaN;
  /** The run `get` found last. */
  private lastRun = 0;
  length = 0;

  static of(values: Int32Array): Runs {
    const r = new Runs();
    for (const v of values) r.push(v);
    return r;
  }

  push(v: number): number {
    if (!(v > this.last || this.length === 0) || (v | 0) !== v) throw new RangeError(`Runs: ${v} after ${this.last}`);
    if (v !== this.last + 1) {
      this.starts.push(v);
      this.at.push(this.length);
    }
    this.last = v;
    return this.length++;
  }

  /** The last run whose first entry (`of` = at) or first number (`of` = starts) is at most `x`. */
  private runOf(of: Column<Int32Array>, x: number): number {
    let lo = 0;
    let hi = of.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (of.get(mid) <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  get(i: number): number {
    // Entries read in order are in the run read last or the next one, found with no search.
    let r = this.lastRun;
    if (!this.inRun(r, i)) {
      r = this.inRun(r + 1, i) ? r + 1 : this.runOf(this.at, i);
      this.lastRun = r;
    }
    return this.starts.get(r) + (i - this.at.get(r));
  }

  private inRun(r: number, i: number): boolean {
    return r < this.at.length && this.at.get(r) <= i && (r + 1 === this.at.length || i < this.at.get(r + 1));
  }

  /** Where `v` stands among the numbers, or -1. */
  indexOf(v: number): number {
    if (this.length === 0 || v < this.starts.get(0) || v > this.last) return -1;
    const r = this.runOf(this.starts, v);
    const i = this.at.get(r) + (v - this.starts.get(r));
    const end = r + 1 < this.at.length ? this.at.get(r + 1) : this.length;
    return i < end ? i : -1;
  }

  toArray(): Int32Array {
    const out = new Int32Array(this.length);
    for (let r = 0; r < this.at.length; r++) {
      const end = r + 1 < this.at.length ? this.at.get(r + 1) : this.length;
      for (let i = this.at.get(r), v = this.starts.get(r); i < end; i++, v++) out[i] = v;
    }
    return out;
  }
}
