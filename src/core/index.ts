/** The decision core: pure, no I/O, no clock. Every surface (Sheets, sidebar, CLI) goes through here. */
export * from './dates.js';
export * from './model.js';
export * from './fields.js';
export * from './columns.js';
export * from './settings.js';
export * from './decide.js';
export * from './sequences.js';
export * from './cost.js';
export * from './plan.js';
export * from './outputs.js';
export * from './summary.js';
export * from './read/dates.js';
export * from './read/describe.js';
export * from './agenda.js';
export * from './numbers.js';
