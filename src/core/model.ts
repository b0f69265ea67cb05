/**
 * The shared vocabulary of the core, a leaf: what a cell, a prospect, a channel and a problem are,
 * and the names of the output columns. Every other module imports from here, never the reverse.
 */
import type { Day } from './dates.js';

/** A cell as Sheets sends it (numbers, booleans, Dates, "") or as CSV gives it (text). */
export type Cell = string | number | boolean | Date | null | undefined;

/** Why a cell or a setting was refused, in words for the user. Errors are values, not throws. */
export class Problem {
  constructor(readonly message: string) {}
}

/** A row that could not be read: its Channel and Reason both show this text. */
export class RowError {
  constructor(
    readonly column: string,
    readonly problem: string,
    readonly got: string,
    readonly others = 0,
  ) {}

  /** One line of at most 120 characters, like every Reason: a long value is shortened first. */
  get text(): string {
    const more = this.others > 0 ? ` (+${this.others} more)` : '';
    const head = `ERROR: ${this.column.length > 40 ? `${this.column.slice(0, 37)}...` : this.column}: ${this.problem}`;
    const room = Math.max(8, 120 - head.length - more.length - 9);
    const got = this.got.length > room ? `${this.got.slice(0, room - 3)}...` : this.got;
    return `${head} (got '${got}')${more}`;
  }
}

export type Seniority = 'c-level' | 'vp' | 'director' | 'manager' | 'senior' | 'entry';
export type ConnectionStatus = 'none' | 'pending' | 'accepted' | 'declined' | 'withdrawn';
/** 1, 2, 3 = 1st, 2nd, 3rd degree; 4 = out of network. */
export type Degree = 1 | 2 | 3 | 4;

export interface Prospect {
  name?: string;
  title?: string;
  seniority?: Seniority;
  degree?: Degree;
  openProfile?: boolean;
  namedAccount?: boolean;
  segmentSize?: number;
  /** The trigger as the user wrote it ("funding"), or "trigger" for a plain yes; absent for none. */
  trigger?: string;
  deadline?: Day;
  seriousAsk?: boolean;
  dealValue?: number;
  warm?: boolean;
  mutualConnections?: number;
  activeOnLinkedIn?: boolean;
  acceptsConnections?: boolean;
  acceptsInMail?: boolean;
  connectionStatus?: ConnectionStatus;
  requestedOn?: Day;
  inmailSentOn?: Day;
  replied?: boolean;
  /** v2: joined into Name when the list has no Name column. */
  firstName?: string;
  lastName?: string;
  /** v2: the key that finds duplicate rows. */
  linkedinUrl?: string;
  email?: string;
  phone?: string;
  /** v2: the request was accepted on this date (implies Connection Status accepted). */
  acceptedOn?: Day;
  /** v2: the last touch actually made; a step dated on or before it is done. */
  lastTouchOn?: Day;
}

export type FieldKey = keyof Prospect;

export const CHANNELS = ['MESSAGE', 'CONNECT_NOTE', 'CONNECT', 'OPEN_PROFILE', 'INMAIL', 'EMAIL_OR_PHONE', 'SKIP'] as const;
export type Channel = (typeof CHANNELS)[number];

/** SPEC section 3: the five output columns, in order. */
export const OUTPUT_COLUMNS = ['Channel', 'Day', 'Date', 'Cost', 'Reason'] as const;
