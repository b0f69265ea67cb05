/** The build turns a bundled CSV (the sample list) into its rows of text. */
declare module '*.csv' {
  const rows: string[][];
  export default rows;
}
