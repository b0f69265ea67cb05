/**
 * What a sidebar step is and what it gets (a module of its own, so the steps that take it and
 * the list that names them do not import each other).
 */
import type { FormProblem, PlannerForm, PlannerPreview, PlannerState } from '../sheets/server.js';

/** What a step gets: the sheet as last read and the last plan, and a way to ask for a new read. */
export interface StepContext {
  readonly state: PlannerState;
  /** The last plan of this sheet, and whether it was written; undefined before one (or after an error). */
  readonly plan: { readonly preview: PlannerPreview; readonly written: boolean } | undefined;
  /** Re-reads the sheet with another header row (1-based). */
  readonly reread: (headerRow?: number) => void;
  /** The form as the server takes it: its key/value pairs (as the Settings sheet holds them), the header row and the tab it was read from. */
  readonly form: () => PlannerForm;
  /** Plans again with the form as it is now (the Preview button). */
  readonly replan: () => Promise<void>;
  /** Shows a problem at its field, or in the footer. */
  readonly showProblem: (problem: FormProblem) => void;
  /** Another step wrote the sheet (touches marked done, the plan written again): the plan shown is dropped and the sheet read again. */
  readonly sheetChanged: () => void;
}

export interface Step {
  /** Used in element ids: `step-<id>`, `tab-<id>`. */
  readonly id: string;
  readonly title: string;
  /** Fills the step's section; called after every read of the sheet (and every plan, when it shows the plan). */
  render(section: HTMLElement, context: StepContext): void;
  /** Rendered again after every plan. */
  readonly showsPlan?: true;
}
