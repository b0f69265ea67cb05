/**
 * The sidebar's steps, in order. A step is a section of the one form (so every setting counts
 * wherever the user is) with a tab in the step bar. Adding a step: write a module with a `Step`
 * (step.ts) and add it to STEPS.
 */
import type { Step } from './step.js';
import { columnsStep } from './steps/columns.js';
import { previewStep } from './steps/preview.js';
import { numbersStep } from './steps/numbers.js';
import { settingsStep } from './steps/settings.js';
import { todayStep } from './steps/today.js';

export const STEPS: readonly Step[] = [columnsStep, settingsStep, previewStep, todayStep, numbersStep];
