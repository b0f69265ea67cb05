/** The server's public surface: only what Apps Script calls. Everything else is the core. */
export { CHANNEL, CHANNEL_PLAN, CHANNEL_REASON, CHANNEL_STATS, INMAIL_COST, SEQUENCE_DAY } from './functions.js';
export {
  classifySheet,
  getPlannerState,
  insertSampleSheet,
  onInstall,
  onOpen,
  openPlanner,
  previewPlan,
  refreshAsOfDate,
  showHelp,
  useMyNumbers,
  writePlan,
} from './server.js';
export { getTodayTouches, markCheckedTouchesDone, markTouchesDone, recordCheckedTouches, showTodaysTouches } from './agenda.js';
