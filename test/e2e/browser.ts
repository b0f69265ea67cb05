/**
 * Debian's Chromium, driven by playwright-core (no browser downloads here). Without it the browser
 * tests skip loudly; under CI=true its absence is a failure, since .ci/run installs it.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const available = existsSync(CHROMIUM);
if (!available && process.env.CI !== 'true') {
  console.warn(`\n!!! BROWSER TESTS SKIPPED: ${CHROMIUM} is not installed. Install it (apt-get install -y chromium) to run them; CI always does.\n`);
}
if (!available && process.env.CI === 'true') throw new Error(`CI=true but ${CHROMIUM} is missing: .ci/run must install chromium`);

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}
