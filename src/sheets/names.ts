/**
 * The name of the add-on's own settings sheet, in a leaf every file of the adapter can import
 * without a cycle: the custom functions' errors, the settings reader (cells.ts) and the JSDoc
 * Sheets shows (public.ts, which the build reads on its own) all name it.
 */
export const SETTINGS_SHEET = 'Channel Settings';
