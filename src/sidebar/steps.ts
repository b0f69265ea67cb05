/**
 * The sidebar's steps, in order. A step is a section of the one form (so every setting counts
 * wherever the user is) with a tab in the step bar. Adding a step: write a module with a `Step`
 * and add it to STEPS.
 */
import type { FormProblem, PlannerForm, PlannerPreview, PlannerState } from '../sheets/server.js';
import { columnsStep } from './steps/columns.js';
import { previewStep } from './steps/preview.js';
import { numbersStep } from './steps/numbers.js';
import { settingsStep } from './steps/settings.js';
import { todayStep } from './steps/today.js';

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

export const STEPS: readonly Step[] = [columnsStep, settingsStep, previewStep, todayStep, numbersStep];
