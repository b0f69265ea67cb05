/**
 * The decision core: pure, no I/O, no clock. Sheets and the command line take the core from here
 * (the command line's passes also store rows in typed.js's columns, which this does not export).
 * The sidebar's browser bundle imports the modules it shows from, dates.js, unmeasured.js and ignored.js,
 * directly, so it carries their code and not the whole core's.
 */
export * from './model.js';
export * from './dates.js';
export * from './fields.js';
export * from './columns.js';
export * from './keys.js';
export * from './settings.js';
export * from './cost.js';
export * from './format.js';
export * from './decide.js';
export * from './sequences.js';
export * from './plan.js';
export * from './reasons.js';
export * from './outputs.js';
export * from './summary.js';
export * from './read/dates.js';
export * from './read/describe.js';
export * from './agenda.js';
export * from './numbers.js';
export * from './unmeasured.js';
export * from './ignored.js';
