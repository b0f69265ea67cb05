import { describe, expect, it } from 'vitest';
import { type FakeSheet, type Loaded, type Value, callCounts, loadDist } from '../src/preview/apps-script.js';

/** Tuesday 2026-11-24 in the script's realm-independent form: local midnight, as Sheets sends dates. */
const TUESDAY = new Date(2026, 10, 24);
const SUNDAY = new Date(2026, 10, 22);
const iso = (v: unknown) =>
  Object.prototype.toString.call(v) === '[object Date]'
    ? `${(v as Date).getFullYear()}-${String((v as Date).getMonth() + 1).padStart(2, '0')}-${String((v as Date).getDate()).padStart(2, '0')}`
    : v;

const HEADER = ['Name', 'Degree', 'Open Profile', 'Named Account', 'Serious Ask', 'Seniority', 'Email', 'Notes'];
/** Mia: a connection (MESSAGE); Otto: Open Profile; Ivan and Ivy: invitations; Pat: a request sent Sunday, nothing due. */
const ROWS: Value[][] = [
  ['Mia', '1st', '', '', '', '', 'mia@example.com', 'met at a fair'],
  ['Otto', '2nd', true, true, true, 'vp', '', ''],
  ['Ivan', '2nd', '', '', '', 'manager', '', ''],
  ['=Ivy', '2nd', '', '', '', 'manager', '', ''],
];

function setUp(rows: Value[][] = ROWS, header: string[] = HEADER): { h: Loaded; list: FakeSheet } {
  const h = loadDist();
  h.ss.addSheet('Channel Settings', [
    ['Setting', 'Value'],
    ['As Of', TUESDAY],
  ]);
  const list = h.ss.addSheet('Prospects', [header, ...rows]);
  return { h, list };
}

const todaySheet = (h: Loaded) => h.ss.getSheetByName('Today') as FakeSheet;
const column = (sheet: FakeSheet, name: string) => sheet.cells.map((r) => r[(sheet.cells[0] as Value[]).indexOf(name)]);

describe("SPEC 9 in Sheets: the menu's Today's touches writes the Today sheet", () => {
  it('one row per touch in the order a rep works, a link to the prospect row, a Done checkbox', () => {
    const { h, list } = setUp();
    h.global.showTodaysTouches?.();
    const today = todaySheet(h);
    expect(h.ss.getActiveSheet()).toBe(today);
    expect(today.cells[0]?.slice(0, 4).map(iso)).toEqual(['From', 'Prospects', 'As of', '2026-11-24']);
    expect(today.cells[1]).toEqual(['Done', 'Row', 'Name', 'Channel', 'Group', 'Due', 'Reason', 'LinkedIn URL', 'Email', 'Phone']);
    const touches = today.cells.slice(2);
    expect(touches.map((r) => [r[0], r[2], r[3]])).toEqual([
      [false, 'Mia', 'MESSAGE'],
      [false, 'Otto', 'OPEN_PROFILE'],
      [false, 'Ivan', 'CONNECT_NOTE'],
      // A name that reads as a formula is written as text.
      [false, '=Ivy', 'CONNECT_NOTE'],
    ]);
    expect(touches[0]?.[1]).toBe(`=HYPERLINK("#gid=${list.getSheetId()}&range=A2", 2)`);
    expect(touches[0]?.[8]).toBe('mia@example.com');
    expect(touches.map((r) => iso(r[5]))).toEqual(['2026-11-24', '2026-11-24', '2026-11-24', '2026-11-24']);
    expect([...today.checkboxes].sort()).toEqual(['3,1', '4,1', '5,1', '6,1']);
    expect(today.frozenRows).toBe(2);
    expect(h.ss.toasts[0]).toMatch(/^4 touches due on or before 2026-11-24/);
  });

  it("SPEC 1a: the toast names the list's columns not read, as Classify's does, and where to map them", () => {
    const { h } = setUp(
      [
        ['Ada', '1st', '', ''],
        ['Bob', '', '2026-11-20', ''],
      ],
      ['Name', 'Conn Deg', 'Inv. sent', 'Last reply'],
    );
    h.global.showTodaysTouches?.();
    expect(h.ui.alerts).toEqual([]);
    expect(h.ss.toasts[0]?.split('\n').slice(1)).toEqual([
      "Not used (not columns the planner reads, kept as they are): 'Conn Deg', 'Inv. sent', 'Last reply'",
      "To read one, choose it for its field in Open planner's Columns step.",
    ]);
  });

  it('run again, it replaces the sheet: no row or checkbox of the last run is left', () => {
    const { h, list } = setUp();
    h.global.showTodaysTouches?.();
    list.cells.splice(2, 3);
    list.activate();
    h.global.showTodaysTouches?.();
    const today = todaySheet(h);
    expect(today.cells.slice(2).map((r) => r[2])).toEqual(['Mia']);
    expect([...today.checkboxes]).toEqual(['3,1']);
    expect(h.ss.sheets.filter((s) => s.getName() === 'Today')).toHaveLength(1);
  });

  it("a sheet of the user's own named Today (a dashboard) is never cleared: refused, with what to do; an empty one is used", () => {
    const { h, list } = setUp();
    const mine = h.ss.addSheet('Today', [['My daily dashboard'], ['Calls booked', 4]]);
    list.activate();
    h.global.showTodaysTouches?.();
    expect(mine.cells).toEqual([['My daily dashboard'], ['Calls booked', 4]]);
    expect(h.ui.alerts).toEqual([
      "Today's touches: This spreadsheet already has a sheet named 'Today' that Today's touches did not make (its A1 is not 'From'), and it is left as it is: rename that sheet, then run Today's touches again.: OK",
    ]);
    const empty = setUp();
    empty.h.ss.addSheet('Today', []);
    empty.list.activate();
    empty.h.global.showTodaysTouches?.();
    expect(empty.h.ui.alerts).toEqual([]);
    expect(todaySheet(empty.h).cells[0]?.[0]).toBe('From');
  });

  it('run from the Today sheet itself, it uses the list that sheet was made from', () => {
    const { h } = setUp();
    h.global.showTodaysTouches?.();
    expect(h.ss.getActiveSheet().getName()).toBe('Today');
    h.global.showTodaysTouches?.();
    expect(todaySheet(h).cells[0]?.[1]).toBe('Prospects');
    expect(h.ui.alerts).toEqual([]);
  });
});

describe('SPEC 9 in Sheets: mark done records the touch and the outputs recompute', () => {
  it('checked Done boxes: history columns added after the user columns, outputs re-planned, the Today sheet rewritten', () => {
    const { h, list } = setUp();
    h.global.classifySheet?.();
    h.global.showTodaysTouches?.();
    const today = todaySheet(h);
    today.cells[2]?.splice(0, 1, true); // Mia, MESSAGE
    today.cells[3]?.splice(0, 1, true); // Otto, OPEN_PROFILE
    today.cells[4]?.splice(0, 1, true); // Ivan, CONNECT_NOTE
    const view = h.global.markCheckedTouchesDone?.() as { marked: number; notMarked: string[]; touches: Array<{ name: string }> };
    expect(view.marked).toBe(3);
    expect(view.notMarked).toEqual([]);
    expect(list.cells[0]).toEqual([
      ...HEADER,
      'Requested On',
      'Connection Status',
      'InMail Sent On',
      'Last Touch On',
      'First Touch On',
      'Channel',
      'Day',
      'Date',
      'Cost',
      'Reason',
    ]);
    const history = list.cells.slice(1).map((r) => r.slice(8, 13).map(iso));
    // Mia, 1st degree, nothing dating her sequence: her first message keeps its start (First Touch On).
    expect(history).toEqual([
      ['', '', '', '2026-11-24', '2026-11-24'],
      ['', '', '2026-11-24', '', ''],
      ['2026-11-24', 'pending', '', '', ''],
      ['', '', '', '', ''],
    ]);
    // The user's own cells are as they were.
    expect(list.cells.slice(1).map((r) => r.slice(0, 8))).toEqual(ROWS);
    // Each marked row now shows its next touch, not the one just done.
    // Otto: a week after the Open Profile message, a request [000 §1]; Ivan: no InMail worth a credit, so email or phone on day 19 [000 §7].
    expect(column(list, 'Channel').slice(2)).toEqual(['CONNECT_NOTE', 'EMAIL_OR_PHONE', 'CONNECT_NOTE']);
    expect(column(list, 'Day').slice(2, 4)).toEqual([8, 19]);
    const left = todaySheet(h)
      .cells.slice(2)
      .map((r) => r[2]);
    expect(left).toContain('=Ivy');
    expect(left).not.toContain('Otto');
    expect(left).not.toContain('Mia');
    expect(left).not.toContain('Ivan');
    expect(view.touches.map((t) => t.name)).toEqual(left);
    expect(h.lock.held).toBe(false);
  });

  it('in a spreadsheet east of the script (its midnight the day before there), the plan made again after Done reads the dates just written as the days they are: as a fresh Write plans', () => {
    // The easternmost zone: its midnight is the day before wherever the script runs.
    const h = loadDist({ timeZone: 'Pacific/Kiritimati' });
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value'],
      ['As Of', '2026-11-24'],
    ]);
    const list = h.ss.addSheet('Prospects', [HEADER, ...ROWS]);
    h.global.showTodaysTouches?.();
    const today = todaySheet(h);
    for (const r of today.cells.slice(2)) if (r[2] === 'Mia' || r[2] === 'Ivan') r.splice(0, 1, true);
    const view = h.global.markCheckedTouchesDone?.() as { marked: number };
    expect(view.marked).toBe(2);
    const plan = () => ['Channel', 'Day', 'Date', 'Reason'].map((name) => column(list, name).map((v) => (v instanceof Date ? v.getTime() : v)));
    const afterDone = plan();
    const left = todaySheet(h)
      .cells.slice(2)
      .map((r) => r[2]);
    // A fresh read of the sheet plans the same: nothing just done is due again today.
    list.activate();
    h.global.classifySheet?.();
    expect(afterDone).toEqual(plan());
    expect(left).not.toContain('Mia');
    expect(left).not.toContain('Ivan');
  });

  it('a ticked touch whose row now holds another prospect (the list sorted since) is not recorded on that prospect; a name written as text (=Ivy) is still its own', () => {
    const { h, list } = setUp();
    h.global.showTodaysTouches?.();
    const today = todaySheet(h);
    expect(today.cells.slice(4, 6).map((r) => [r[2], r[3]])).toEqual([
      ['Ivan', 'CONNECT_NOTE'],
      ['=Ivy', 'CONNECT_NOTE'],
    ]);
    // Sorted Z to A: Ivan and Ivy change places.
    [list.cells[3], list.cells[4]] = [list.cells[4] as Value[], list.cells[3] as Value[]];
    today.cells[4]?.splice(0, 1, true);
    const view = h.global.markCheckedTouchesDone?.() as { marked: number; notMarked: string[] };
    expect(view.marked).toBe(0);
    expect(view.notMarked).toEqual(["row 4 now holds '=Ivy', not 'Ivan' (the sheet was sorted or changed?); run Today's touches again"]);
    expect(list.cells[3]?.length).toBe(HEADER.length);
    // Unticked and listed again, =Ivy's tick is hers.
    today.cells[4]?.splice(0, 1, false);
    h.global.showTodaysTouches?.();
    const again = todaySheet(h);
    const ivy = again.cells.findIndex((r) => r[2] === '=Ivy');
    again.cells[ivy]?.splice(0, 1, true);
    const marked = h.global.markCheckedTouchesDone?.() as { marked: number };
    expect(marked.marked).toBe(1);
  });

  it('two people of one name told apart by their LinkedIn URLs: after a sort, a tick is not recorded on the other one, from the Today sheet or the sidebar', () => {
    const header = ['Name', 'Company', 'Degree', 'LinkedIn URL'];
    const barclays = ['James Smith', 'Barclays', '2nd', 'https://www.linkedin.com/in/james-smith-barclays'];
    const monzo = ['James Smith', 'Monzo', '2nd', 'https://www.linkedin.com/in/james-smith-monzo'];
    const { h, list } = setUp([barclays, ['Ann Lee', 'Acme', '2nd', 'https://www.linkedin.com/in/annlee'], monzo], header);
    h.global.showTodaysTouches?.();
    const today = todaySheet(h);
    const row = today.cells.findIndex((r) => r[7] === barclays[3]);
    expect(today.cells[row]?.slice(2, 4)).toEqual(['James Smith', 'CONNECT_NOTE']);
    today.cells[row]?.splice(0, 1, true);
    // Sorted by company Z to A: the Monzo James Smith is on row 2 now.
    list.cells.splice(1, 3, monzo, ['Ann Lee', 'Acme', '2nd', 'https://www.linkedin.com/in/annlee'], barclays);
    const view = h.global.markCheckedTouchesDone?.() as { marked: number; notMarked: string[] };
    expect(view.marked).toBe(0);
    expect(view.notMarked).toEqual([
      "row 2 now holds another 'James Smith' (LinkedIn URL https://www.linkedin.com/in/james-smith-monzo, not https://www.linkedin.com/in/james-smith-barclays): the sheet was sorted or changed? run Today's touches again",
    ]);
    expect(list.cells[1]?.length).toBe(header.length);
    const sidebar = h.global.markTouchesDone?.({ touches: [{ row: 2, channel: 'CONNECT_NOTE', name: 'James Smith', url: barclays[3] }] }) as { marked: number };
    expect(sidebar.marked).toBe(0);
    // The same profile written another way (no www., a trailing slash) is the same person.
    const same = h.global.markTouchesDone?.({
      touches: [{ row: 4, channel: 'CONNECT_NOTE', name: 'James Smith', url: 'linkedin.com/in/James-Smith-Barclays/' }],
    }) as { marked: number };
    expect(same.marked).toBe(1);
    // One of them with no URL: a blank URL on the Today sheet is no URL, not "not shown".
    const noUrl = h.global.markTouchesDone?.({ touches: [{ row: 2, channel: 'CONNECT_NOTE', name: 'James Smith', url: '' }] }) as {
      marked: number;
      notMarked: string[];
    };
    expect(noUrl.marked).toBe(0);
    expect(noUrl.notMarked[0]).toMatch(/^row 2 now holds another 'James Smith' \(LinkedIn URL https:\/\/www\.linkedin\.com\/in\/james-smith-monzo, not none\)/);
  });

  it('a ticked touch whose row moved (a prospect inserted above it) is said to be on another prospect now, not to have another touch', () => {
    const { h, list } = setUp();
    h.global.showTodaysTouches?.();
    const today = todaySheet(h);
    // Mia's MESSAGE, on row 2, ticked.
    expect(today.cells[2]?.slice(2, 4)).toEqual(['Mia', 'MESSAGE']);
    today.cells[2]?.splice(0, 1, true);
    // A prospect inserted under the header, an invitation to send: every row below moves down one.
    list.cells.splice(1, 0, ['Zed', '3rd', '', '', '', '', '', '']);
    const view = h.global.markCheckedTouchesDone?.() as { marked: number; notMarked: string[] };
    expect(view.marked).toBe(0);
    expect(view.notMarked).toEqual(["row 2 now holds 'Zed', not 'Mia' (the sheet was sorted or changed?); run Today's touches again"]);
    // A row emptied since is said to be blank, not to hold another prospect.
    list.cells[1] = ['', '', '', '', '', '', '', ''];
    const blank = h.global.markCheckedTouchesDone?.() as { marked: number; notMarked: string[] };
    expect(blank.notMarked).toEqual(["row 2 is blank now, not 'Mia' (the sheet was sorted or changed?); run Today's touches again"]);
  });

  it('the sidebar does not mark a touch that is not due yet (a list shown before the row changed), as the command line refuses it', () => {
    const header = ['Name', 'Degree', 'Named Account', 'Serious Ask', 'Seniority', 'Connection Status', 'Requested On'];
    const { h, list } = setUp([['Dario', '3rd', true, true, 'c-level', 'pending', new Date(2026, 10, 23)]], header);
    const view = h.global.markTouchesDone?.({ touches: [{ row: 2, channel: 'INMAIL' }] }) as { marked: number; notMarked: string[] };
    expect(view.marked).toBe(0);
    expect(view.notMarked).toEqual([expect.stringMatching(/^row 2: its INMAIL is due 2026-\d\d-\d\d, not yet$/)]);
    expect(list.cells[0]).toEqual(header);
  });

  it("the sidebar's touches: a LinkedIn touch of a row with no profile marks its email '(no URL)', where to find the person, as the command line does (and says '(no URL)' where the row has no email or phone either)", () => {
    const { h } = setUp([
      ['Mia', '1st', '', '', '', '', 'mia@example.com', ''],
      ['Lu', '1st', '', '', '', '', '', ''],
    ]);
    const view = h.global.getTodayTouches?.() as { touches: Array<{ name: string; channel: string; contact: string }> };
    expect(view.touches.map((t) => [t.name, t.channel, t.contact])).toEqual([
      ['Mia', 'MESSAGE', '(no URL) · mia@example.com'],
      ['Lu', 'MESSAGE', '(no URL)'],
    ]);
  });

  it("the sidebar's Today step says how slash dates typed as text were read where nothing told their order, as the command line's today does", () => {
    const { h } = setUp([['Ivan', '2nd', 'Sales Manager', '07/11/2026', 'pending']], ['Name', 'Degree', 'Title', 'Request Sent', 'Connection Status']);
    const view = h.global.getTodayTouches?.() as { warnings: string[] };
    expect(view.warnings).toContain(
      "Dates: 'Request Sent': slash dates read month-first: nothing in the column tells (03/04 could be either); set Date Order if that is wrong",
    );
  });

  it('the sidebar marks given touches; one whose row no longer shows that touch is left alone and said', () => {
    const { h, list } = setUp();
    const view = h.global.getTodayTouches?.() as { touches: Array<{ row: number; channel: string; groupTitle: string }> };
    expect(view.touches.map((t) => [t.row, t.channel, t.groupTitle])).toEqual([
      [2, 'MESSAGE', 'Messages to connections'],
      [3, 'OPEN_PROFILE', 'Open Profile messages and InMails'],
      [4, 'CONNECT_NOTE', 'Invitations'],
      [5, 'CONNECT_NOTE', 'Invitations'],
    ]);
    const after = h.global.markTouchesDone?.({
      touches: [
        { row: 5, channel: 'CONNECT_NOTE' },
        { row: 2, channel: 'INMAIL' },
        { row: 9, channel: 'MESSAGE' },
      ],
    }) as { marked: number; notMarked: string[]; touches: Array<{ row: number }> };
    expect(after.marked).toBe(1);
    expect(after.notMarked).toEqual(["row 2: its next touch is no longer INMAIL; run Today's touches again", 'row 9: not a prospect row']);
    expect(after.touches.map((t) => t.row)).toEqual([2, 3, 4]);
    expect(list.cells[4]?.slice(8, 10).map(iso)).toEqual(['2026-11-24', 'pending']);
    expect(list.cells[1]?.slice(8, 10)).toEqual(['', '']);
  });

  it('a row whose later duplicate records a connection it lacks: Today leaves its touch out, and Mark done refuses it, saying to copy the newer history in first', () => {
    const header = ['Name', 'LinkedIn URL', 'Degree', 'Accepted On'];
    const { h, list } = setUp(
      [
        ['Ann Lee', 'https://www.linkedin.com/in/annlee', '2nd', ''],
        ['Bo Kim', 'https://www.linkedin.com/in/bokim', '2nd', ''],
        ['Ann Lee', 'https://www.linkedin.com/in/annlee', '1st', '2026-11-01'],
      ],
      header,
    );
    // Today leaves its touch out, and says why.
    const view = h.global.getTodayTouches?.() as { touches: Array<{ row: number }>; summary: string };
    expect(view.touches.map((t) => t.row)).toEqual([3]);
    expect(view.summary).toContain("row 2's touch is left out: row 4 repeats it");
    const after = h.global.markTouchesDone?.({
      touches: [
        { row: 2, channel: 'CONNECT_NOTE' },
        { row: 3, channel: 'CONNECT_NOTE' },
      ],
    }) as { marked: number; notMarked: string[] };
    expect(after.marked).toBe(1);
    expect(after.notMarked).toEqual(['row 2: row 4 repeats it and records a touch, a connection or a reply it lacks: copy them into row 2, then mark it']);
    const requested = (list.cells[0] as Value[]).indexOf('Requested On');
    expect([list.cells[1]?.[requested], iso(list.cells[2]?.[requested])]).toEqual(['', '2026-11-24']);
  });

  it('an overdue answer to an acceptance marked done on the day the email or phone step starts: Mark done warns that the sequence now reads as finished', () => {
    // Requested Monday 11-02, accepted Friday 11-20: the answer was due Monday 11-23; as of Tuesday 11-24 it is overdue.
    const { h } = setUp([['Bea', '2nd', 'accepted', '2026-11-02', '2026-11-20']], ['Name', 'Degree', 'Connection Status', 'Requested On', 'Accepted On']);
    const view = h.global.getTodayTouches?.() as { touches: Array<{ row: number; channel: string }> };
    expect(view.touches.map((t) => [t.row, t.channel])).toEqual([[2, 'MESSAGE']]);
    const ended =
      "row 2's message is recorded on or after the day its email or phone step starts, and one Last Touch On date stands for both: its sequence now reads as finished, so email or call them if you have not";
    const after = h.global.markTouchesDone?.({ touches: [{ row: 2, channel: 'MESSAGE' }] }) as { marked: number; ended?: string[] };
    expect(after.marked).toBe(1);
    expect(after.ended).toEqual([ended]);
    // The menu's Mark checked touches done says it too.
    const menu = setUp([['Bea', '2nd', 'accepted', '2026-11-02', '2026-11-20']], ['Name', 'Degree', 'Connection Status', 'Requested On', 'Accepted On']).h;
    menu.global.showTodaysTouches?.();
    menu.ss.toasts.splice(0);
    todaySheet(menu).cells[2]?.splice(0, 1, true);
    menu.global.recordCheckedTouches?.();
    expect(menu.ss.toasts).toEqual([
      expect.stringMatching(new RegExp(`the Today sheet now shows what is left\\. Warning: ${ended.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.$`)),
    ]);
  });

  it('a paid InMail marked done: Mark done says Credits (what LinkedIn shows as left) still counts its credit, which the plan made again would spend on the next prospect', () => {
    const marked = (credits: number) => {
      const { h } = setUp([['Priya', '3rd', 'No', 'Yes', 'Yes', 'CXO', 'priya@x.com', '']]);
      h.ss.getSheetByName('Channel Settings')?.cells.push(['Credits', credits]);
      const view = h.global.getTodayTouches?.() as { touches: Array<{ row: number; channel: string }> };
      expect(view.touches.map((t) => [t.row, t.channel])).toEqual([[2, 'INMAIL']]);
      const after = h.global.markTouchesDone?.({ touches: [{ row: 2, channel: 'INMAIL' }] }) as { marked: number; ended?: string[] };
      expect(after.marked).toBe(1);
      return after.ended;
    };
    expect(marked(12)).toEqual([
      '1 paid InMail recorded, and Credits is still 12: set it to what LinkedIn shows now (11 if 12 was before it), or the plan gives that credit to other prospects again',
    ]);
    // At a full month's Credits the plan made again warns of the InMails since the renewal: not said twice.
    expect(marked(50)).toBeUndefined();
  });

  it('an existing history column (under an alias) is written in place, and our output block moves right of added ones', () => {
    const header = ['Name', 'Degree', 'Invite Status', 'Notes'];
    const { h, list } = setUp([['Ann', '2nd', 'none', 'n']], header);
    h.global.classifySheet?.();
    expect(list.cells[0]?.slice(4)).toEqual(['Channel', 'Day', 'Date', 'Cost', 'Reason']);
    h.global.markTouchesDone?.({ touches: [{ row: 2, channel: 'CONNECT_NOTE' }] });
    expect(list.cells[0]).toEqual(['Name', 'Degree', 'Invite Status', 'Notes', 'Requested On', 'Channel', 'Day', 'Date', 'Cost', 'Reason']);
    expect(list.cells[1]?.slice(0, 5).map(iso)).toEqual(['Ann', '2nd', 'pending', 'n', '2026-11-24']);
    // Re-planned: the request went out today, so the next touch is a later step, not another request.
    expect(list.cells[1]?.slice(5, 7)).toEqual(['EMAIL_OR_PHONE', 19]);
  });

  it('SPEC 9: a header repeated under the rows (two lists pasted) gets the added history headers too, and stays the header again, not an ERROR row', () => {
    const header = ['Name', 'Degree', 'Notes'];
    const { h, list } = setUp([['Ann', '2nd', 'n'], header, ['Bo', '2nd', '']], header);
    h.global.classifySheet?.();
    h.global.markTouchesDone?.({ touches: [{ row: 2, channel: 'CONNECT_NOTE' }] });
    expect(list.cells[0]?.slice(0, 5)).toEqual(['Name', 'Degree', 'Notes', 'Requested On', 'Connection Status']);
    expect(list.cells[2]?.slice(0, 5)).toEqual(list.cells[0]?.slice(0, 5));
    // Re-planned: the repeated header is no prospect and no error; Bo is still planned.
    expect(list.cells[2]?.slice(5)).toEqual(['', '', '', '', '']);
    expect(list.cells.map((r) => String(r[5])).filter((c) => c.startsWith('ERROR'))).toEqual([]);
    expect(list.cells[3]?.[5]).toBe('CONNECT_NOTE');
  });

  it('a status column kept in German gets its statuses in German: ausstehend for a request sent', () => {
    const header = ['Name', 'Degree', 'Status der Anfrage', 'Notes'];
    const { h, list } = setUp(
      [
        ['Ann', '2nd', '', 'n'],
        ['Ben', '2nd', 'angenommen', ''],
      ],
      header,
    );
    h.global.classifySheet?.();
    h.global.markTouchesDone?.({ touches: [{ row: 2, channel: 'CONNECT_NOTE' }] });
    expect(list.cells[1]?.slice(0, 3)).toEqual(['Ann', '2nd', 'ausstehend']);
  });

  it("the plan made again after Done numbers rows as the sheet does when a title line is above the header: 'duplicate of row 4'", () => {
    const h = loadDist();
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value'],
      ['As Of', TUESDAY],
    ]);
    const list = h.ss.addSheet('Prospects', [
      ['Q4 list', '', '', ''],
      ['Name', 'Degree', 'LinkedIn URL', 'Notes'],
      ['Ann', '1st', 'https://www.linkedin.com/in/ann', ''],
      ['Ann again', '1st', 'https://www.linkedin.com/in/ann', ''],
    ]);
    h.global.classifySheet?.();
    const reason = () => list.cells[3]?.[(list.cells[1] as Value[]).indexOf('Reason')];
    expect(reason()).toBe('Skip: duplicate of row 3');
    h.global.markTouchesDone?.({ touches: [{ row: 3, channel: 'MESSAGE' }] });
    expect(reason()).toBe('Skip: duplicate of row 3');
  });

  it('another run holding the lock: nothing is written, one clear message', () => {
    const { h, list } = setUp();
    const before = JSON.stringify(list.cells);
    h.lock.free = false;
    expect(() => h.global.markTouchesDone?.({ touches: [{ row: 2, channel: 'MESSAGE' }] })).toThrow(/Another planner run/);
    expect(JSON.stringify(list.cells)).toBe(before);
  });

  it("a column added beside the list's own of that name, not read for its values, is said in the toast: the two would disagree", () => {
    const { h } = setUp(
      [
        ['Ann', 'https://www.linkedin.com/in/ann', 'hot lead'],
        ['Bo', 'https://www.linkedin.com/in/bo', 'pending'],
      ],
      ['Name', 'LinkedIn URL', 'Status'],
    );
    h.global.showTodaysTouches?.();
    h.ss.toasts.splice(0);
    todaySheet(h).cells[2]?.splice(0, 1, true);
    h.global.recordCheckedTouches?.();
    expect(h.ss.toasts[0]).toContain(
      "; 'Status' is not read as Connection Status (1 of the 2 values sampled is not Connection Status (e.g. 'hot lead'); rename it or set Column: Connection Status to read it): the Connection Status column added beside it is read from now on; keep one of the two)",
    );
  });

  it('without a Today sheet, marking the checked touches says to make one first', () => {
    const { h } = setUp();
    expect(() => h.global.markCheckedTouchesDone?.()).toThrow(/no Today sheet yet/);
  });
});

describe("SPEC 9 in Sheets: the menu's Mark checked touches done records the ticks on the Today sheet", () => {
  const menuItems = (h: Loaded) => {
    h.global.onOpen?.();
    return h.ui.menus[0]?.items ?? [];
  };

  it("records the ticks on the Today sheet's date, when it is older than today: the touches it listed as due that day, made that day", () => {
    const { h, list } = setUp();
    h.global.showTodaysTouches?.();
    h.ss.toasts.splice(0);
    const today = todaySheet(h);
    expect(iso(today.cells[0]?.[3])).toBe('2026-11-24');
    today.cells[4]?.splice(0, 1, true); // Ivan, CONNECT_NOTE
    // The next day: the ticks of Tuesday's sheet recorded on Wednesday.
    (h.ss.getSheetByName('Channel Settings') as FakeSheet).cells[1] = ['As Of', new Date(2026, 10, 25)];
    h.global.recordCheckedTouches?.();
    expect(h.ui.alerts).toEqual([]);
    expect(h.ss.toasts.at(-1)).toMatch(/^Recorded 1 touch in 'Prospects' as done on 2026-11-24, the Today sheet's date \(/);
    expect(column(list, 'Requested On').slice(1).map(iso)).toEqual(['', '', '2026-11-24', '']);
    // The list is planned as of the settings' day, not the sheet's: a date recorded since (=Ivy's request, sent Thursday) is no error.
    h.global.showTodaysTouches?.();
    const wednesday = todaySheet(h);
    list.cells[4]?.splice((list.cells[0] as Value[]).indexOf('Requested On'), 1, new Date(2026, 10, 26));
    (h.ss.getSheetByName('Channel Settings') as FakeSheet).cells[1] = ['As Of', new Date(2026, 10, 26)];
    wednesday.cells[2]?.splice(0, 1, true);
    h.global.recordCheckedTouches?.();
    expect(h.ss.toasts.at(-1)).toMatch(/^Recorded 1 touch in 'Prospects' as done on 2026-11-25, the Today sheet's date/);
    expect(
      column(list, 'Channel')
        .slice(1)
        .filter((c) => String(c).startsWith('ERROR')),
    ).toEqual([]);
  });

  it('is on the menu, records the ticked touches in their rows, and a toast says how many', () => {
    const { h, list } = setUp();
    expect(menuItems(h)).toContainEqual(['Mark checked touches done', 'recordCheckedTouches']);
    h.global.showTodaysTouches?.();
    h.ss.toasts.splice(0);
    const today = todaySheet(h);
    expect(today.cells[0]?.[5]).toBe('Tick Done for each touch you made, then choose Extensions > Prospect Channel Planner > Mark checked touches done.');
    today.cells[2]?.splice(0, 1, true); // Mia, MESSAGE
    today.cells[4]?.splice(0, 1, true); // Ivan, CONNECT_NOTE
    h.global.recordCheckedTouches?.();
    expect(h.ui.alerts).toEqual([]);
    // The history columns the list lacked are added, and the toast says so: where the dates went.
    expect(h.ss.toasts).toEqual([
      "Recorded 2 touches in 'Prospects' as done today (added the columns 'Requested On', 'Connection Status', 'Last Touch On', 'First Touch On' to record them; a formula's range must take them in); the Today sheet now shows what is left.",
    ]);
    expect(column(list, 'Last Touch On').slice(1).map(iso)).toEqual(['2026-11-24', '', '', '']);
    expect(column(list, 'Connection Status').slice(1)).toEqual(['', '', 'pending', '']);
    expect(
      todaySheet(h)
        .cells.slice(2)
        .map((r) => r[2]),
    ).toEqual(['Otto', '=Ivy']);
    expect(h.lock.held).toBe(false);
  });

  it('nothing ticked: an alert says to tick the Done boxes first, and nothing is written', () => {
    const { h, list } = setUp();
    h.global.showTodaysTouches?.();
    const before = JSON.stringify([list.cells, todaySheet(h).cells]);
    h.global.recordCheckedTouches?.();
    expect(h.ui.alerts).toEqual([
      'Mark checked touches done: No Done box is ticked on the Today sheet. Tick the Done box of each touch you made, then choose Mark checked touches done again.: OK',
    ]);
    expect(JSON.stringify([list.cells, todaySheet(h).cells])).toBe(before);
  });

  it('a tick whose row no longer shows that touch: the alert says why, and the tick stays', () => {
    const { h } = setUp();
    h.global.showTodaysTouches?.();
    const today = todaySheet(h);
    today.cells[2]?.splice(0, 1, true);
    today.cells[2]?.splice(3, 1, 'INMAIL'); // the sheet now says another channel than the plan
    h.global.recordCheckedTouches?.();
    expect(h.ui.alerts).toEqual([
      "Mark checked touches done: Nothing was recorded. Not recorded: row 2: its next touch is no longer INMAIL; run Today's touches again. Untick it on the Today sheet first.: OK",
    ]);
    expect(todaySheet(h).cells[2]?.[0]).toBe(true);
  });

  it("Today's touches run again with ticks not recorded: an alert says to record or untick them, and the ticks stay", () => {
    const { h, list } = setUp();
    h.global.showTodaysTouches?.();
    const today = todaySheet(h);
    today.cells[2]?.splice(0, 1, true);
    today.cells[3]?.splice(0, 1, true);
    const before = JSON.stringify([list.cells, today.cells]);
    h.global.showTodaysTouches?.();
    expect(h.ui.alerts).toEqual([
      "Today's touches: 2 touches are ticked Done on the Today sheet and not recorded yet. Choose Mark checked touches done to record them (or untick them), then Today's touches again.: OK",
    ]);
    expect(JSON.stringify([list.cells, todaySheet(h).cells])).toBe(before);
    h.global.recordCheckedTouches?.();
    h.global.showTodaysTouches?.();
    expect(h.ui.alerts).toHaveLength(1);
  });

  it("the sidebar's Mark done rewrites the Today sheet and keeps the ticks not recorded yet", () => {
    const { h } = setUp();
    h.global.showTodaysTouches?.();
    const today = todaySheet(h);
    today.cells[3]?.splice(0, 1, true); // Otto, OPEN_PROFILE
    today.cells[5]?.splice(0, 1, true); // =Ivy, CONNECT_NOTE
    h.global.markTouchesDone?.({ sheetName: 'Prospects', touches: [{ row: 4, channel: 'CONNECT_NOTE' }] });
    expect(
      todaySheet(h)
        .cells.slice(2)
        .map((r) => [r[0], r[2]]),
    ).toEqual([
      [false, 'Mia'],
      [true, 'Otto'],
      [true, '=Ivy'],
    ]);
    h.global.recordCheckedTouches?.();
    expect(h.ss.toasts.at(-1)).toMatch(/^Recorded 2 touches in 'Prospects'/);
  });

  it('without a Today sheet: an alert says to make one first', () => {
    const { h } = setUp();
    h.global.recordCheckedTouches?.();
    expect(h.ui.alerts).toEqual(["Mark checked touches done: There is no Today sheet yet: run Today's touches first.: OK"]);
  });
});

describe("SPEC 9 in Sheets: a list whose name reads as a formula ('-Q4 leads')", () => {
  it('is written defused on the Today sheet, and found from it again by every action', () => {
    const h = loadDist();
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value'],
      ['As Of', TUESDAY],
    ]);
    const list = h.ss.addSheet('-Q4 leads', [HEADER, ...ROWS]);
    list.activate();
    h.global.showTodaysTouches?.();
    // Written as "'-Q4 leads": Sheets keeps the apostrophe as the text prefix, not in the value.
    expect(todaySheet(h).cells[0]?.[1]).toBe('-Q4 leads');
    // Run again from the Today sheet: the list it was made from.
    h.global.showTodaysTouches?.();
    expect(h.ui.alerts).toEqual([]);
    expect(
      todaySheet(h)
        .cells.slice(2)
        .map((r) => r[2]),
    ).toEqual(['Mia', 'Otto', 'Ivan', '=Ivy']);
    // The sidebar's Mark done rewrites the Today sheet of that list, and the menu's records a tick.
    h.global.markTouchesDone?.({ sheetName: '-Q4 leads', touches: [{ row: 2, channel: 'MESSAGE' }] });
    expect(
      todaySheet(h)
        .cells.slice(2)
        .map((r) => r[2]),
    ).toEqual(['Otto', 'Ivan', '=Ivy']);
    todaySheet(h).cells[2]?.splice(0, 1, true);
    h.global.recordCheckedTouches?.();
    expect(h.ss.toasts.at(-1)).toMatch(/^Recorded 1 touch in '-Q4 leads'/);
    // Classify on the Today sheet names the list, without the apostrophe.
    todaySheet(h).activate();
    h.global.classifySheet?.();
    expect(h.ui.alerts.at(-1)).toMatch(/touches due in '-Q4 leads' and is replaced on every run.*Open '-Q4 leads' to plan it/);
  });
});

describe('SPEC 7 and 9: the Today sheet is not a list to plan', () => {
  const REFUSED =
    "This is the Today sheet: it lists the touches due in 'Prospects' and is replaced on every run, so it is not planned. Open 'Prospects' to plan it; to record touches here, tick their Done boxes and choose Mark checked touches done.";

  it('with the Today sheet active, Classify, Preview and Write refuse, naming the list to open, and write nothing', () => {
    const { h, list } = setUp();
    h.global.showTodaysTouches?.();
    expect(h.ss.getActiveSheet().getName()).toBe('Today');
    const before = JSON.stringify([list.cells, todaySheet(h).cells, h.ss.getSheetByName('Channel Settings')?.cells]);
    h.global.classifySheet?.();
    expect(h.ui.alerts).toEqual([`Prospect Channel Planner: ${REFUSED}: OK`]);
    expect(() => h.global.writePlan?.({ settings: [['Credits', '3']] })).toThrow(REFUSED);
    expect(() => h.global.previewPlan?.({ settings: [] })).toThrow(REFUSED);
    expect(JSON.stringify([list.cells, todaySheet(h).cells, h.ss.getSheetByName('Channel Settings')?.cells])).toBe(before);
    expect(todaySheet(h).cells[1]).toHaveLength(10);
    expect(h.lock.held).toBe(false);
  });

  it("the sidebar's state on the Today sheet is the same message, no column read from it", () => {
    const { h } = setUp();
    h.global.showTodaysTouches?.();
    const state = h.global.getPlannerState?.() as { error?: string; recognised: boolean; columns: unknown[] };
    expect(state.error).toBe(REFUSED);
    expect(state.recognised).toBe(false);
    expect(state.columns).toEqual([]);
    // The Today step still works from there: it lists the touches of the list the sheet was made from.
    expect((h.global.getTodayTouches?.() as { sheetName: string } | undefined)?.sheetName).toBe('Prospects');
  });
});

describe('SPEC 8: a 50,000-row sheet makes the same spreadsheet calls as a 50-row one', () => {
  /** The same touches due; the rest of the rows are requests sent Sunday, with nothing due today. */
  function run(n: number) {
    const rows = ROWS.map((r) => [...r, '']);
    for (let i = rows.length; i < n; i++) rows.push([`P${i}`, '2nd', '', '', '', '', '', '', SUNDAY]);
    const { h } = setUp(rows, [...HEADER, 'Requested On']);
    h.global.showTodaysTouches?.();
    const today = todaySheet(h);
    for (const r of today.cells.slice(2, 5)) r[0] = true;
    h.global.markCheckedTouchesDone?.();
    h.global.getTodayTouches?.();
    h.global.markTouchesDone?.({ touches: [{ row: 5, channel: 'CONNECT_NOTE' }] });
    return callCounts(h.log);
  }

  it('Today sheet, mark checked done, sidebar list and mark done', { timeout: 180_000 }, () => {
    const small = run(50);
    expect(run(50_000)).toEqual(small);
    expect(small['Range.getValues']).toBeLessThanOrEqual(12);
  });
});

describe('SPEC 9 in Sheets: marking done with an As Of after today warns as prospect-channels done --as-of does', () => {
  /** Friday 2026-11-20, 9:00: the spreadsheet's today, before the As Of Tuesday. */
  const FRIDAY = new Date(2026, 10, 20, 9);
  const WARNING = 'As Of 2026-11-24 is after today (2026-11-20): the touches are recorded as done on a day still to come.';
  const NOT_SAVED = ' This As Of is not saved as your setting: the Channel Settings sheet keeps its own.';
  const invitation = [{ row: 4, channel: 'CONNECT_NOTE' }];

  function setUpOn(now: Date, settings: Value[][]): { h: Loaded; list: FakeSheet } {
    const h = loadDist({ now });
    h.ss.addSheet('Channel Settings', [['Setting', 'Value'], ...settings]);
    return { h, list: h.ss.addSheet('Prospects', [HEADER, ...ROWS]) };
  }
  const saved = (h: Loaded) => (h.ss.getSheetByName('Channel Settings') as FakeSheet).cells.map((r) => [r[0], iso(r[1])]);

  it("the sidebar's Mark done records the touch on that day and says so; the typed As Of is not saved, the other settings typed are", () => {
    const { h, list } = setUpOn(FRIDAY, [['Credits', '5']]);
    const form = {
      sheetName: 'Prospects',
      settings: [
        ['As Of', '2026-11-24'],
        ['Credits', '7'],
      ],
    };
    const view = h.global.markTouchesDone?.({ sheetName: 'Prospects', touches: invitation, form }) as { marked: number; warning?: string };
    expect(view.marked).toBe(1);
    expect(view.warning).toBe(WARNING + NOT_SAVED);
    expect(list.cells[3]?.slice(8, 10).map(iso)).toEqual(['2026-11-24', 'pending']);
    expect(saved(h)).toEqual([
      ['Setting', 'Value'],
      ['Credits', '7'],
    ]);
  });

  it("the sidebar's Mark done that records nothing (a touch the row no longer shows) saves none of the settings typed: nothing was written with them", () => {
    const { h } = setUpOn(new Date(2026, 10, 24, 9), [['Credits', '5']]);
    const form = { sheetName: 'Prospects', settings: [['Credits', '7']] };
    const view = h.global.markTouchesDone?.({ sheetName: 'Prospects', touches: [{ row: 4, channel: 'CONNECT_NOTE' }], form }) as { marked: number };
    expect(view.marked).toBe(1);
    expect(saved(h)).toContainEqual(['Credits', '7']);
    const again = setUpOn(new Date(2026, 10, 24, 9), [['Credits', '5']]).h;
    const none = again.global.markTouchesDone?.({ sheetName: 'Prospects', touches: [{ row: 4, channel: 'INMAIL' }], form }) as {
      marked: number;
      notMarked: string[];
    };
    expect(none.marked).toBe(0);
    expect(none.notMarked).toHaveLength(1);
    expect(saved(again)).toEqual([
      ['Setting', 'Value'],
      ['Credits', '5'],
    ]);
  });

  it('an As Of the Channel Settings sheet already holds: the same warning, and nothing said about saving', () => {
    const { h } = setUpOn(FRIDAY, [['As Of', TUESDAY]]);
    const form = { sheetName: 'Prospects', settings: [['As Of', '2026-11-24']] };
    const view = h.global.markTouchesDone?.({ sheetName: 'Prospects', touches: invitation, form }) as { warning?: string };
    expect(view.warning).toBe(WARNING);
    // The menu's Mark checked touches done, from the saved settings: it says so too, and the day it recorded.
    h.global.showTodaysTouches?.();
    todaySheet(h).cells[2]?.splice(0, 1, true);
    h.global.recordCheckedTouches?.();
    expect(h.ss.toasts.at(-1)).toBe(
      `Recorded 1 touch in 'Prospects' as done on 2026-11-24 (added the columns 'Last Touch On', 'First Touch On' to record them; a formula's range must take them in); the Today sheet now shows what is left. ${WARNING}`,
    );
  });

  it('As Of today: no warning, and the typed As Of is saved, as Write to sheet saves it', () => {
    const { h } = setUpOn(new Date(2026, 10, 24, 9), [['Credits', '5']]);
    const form = { sheetName: 'Prospects', settings: [['As Of', '2026-11-24']] };
    const view = h.global.markTouchesDone?.({ sheetName: 'Prospects', touches: invitation, form }) as { marked: number; warning?: string };
    expect([view.marked, view.warning]).toEqual([1, undefined]);
    expect(saved(h)).toContainEqual(['As Of', '2026-11-24']);
  });
});
