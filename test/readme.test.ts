import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { FIELDS, PLANS, SETTINGS } from '../src/core/index.js';

const readme = readFileSync('README.md', 'utf8');

it('the README names every input field, every setting and every plan the code knows', () => {
  for (const f of FIELDS) expect(readme).toContain(`| ${f.label} |`);
  for (const s of SETTINGS) expect(readme).toContain(`| ${s.key} |`);
  for (const p of PLANS) expect(readme).toContain(p.name);
});

it('the README gives a new user exactly install, start and test', () => {
  expect(readme).toContain('npm install && npm start');
  expect(readme).toContain('npm test');
});

it("the README's sample output is what `npm start` prints, line for line", () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  const command = pkg.scripts.start.split('&&').pop()?.trim().split(/\s+/) ?? [];
  expect(command.slice(0, 2)).toEqual(['node', 'build/cli.js']);
  const run = spawnSync(process.execPath, command.slice(1), { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  const printed = new Set(`${run.stdout}${run.stderr}`.split('\n').map((l) => l.trimEnd()));
  const block = /The table goes to stdout[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const shown = block
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '' && l.trim() !== '...');
  expect(shown.length).toBeGreaterThan(3);
  for (const line of shown) expect(printed, line).toContain(line);
});

it('the README counts the sample list as it is', () => {
  const rows = readFileSync('examples/prospects.csv', 'utf8').trimEnd().split('\n').length - 1;
  expect(readme).toContain(`(${rows} rows, 3 of them with a bad cell on purpose`);
});

it("every formula of the README's 'In a sheet' block passes the settings range: without it a custom function does not see the saved Column: mappings", () => {
  const block = /### In a sheet\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const formulas = block.match(/=[A-Z_]+\([^)]*\)/g) ?? [];
  expect(formulas.map((f) => f.slice(1, f.indexOf('(')))).toEqual(['CHANNEL', 'SEQUENCE_DAY', 'INMAIL_COST', 'CHANNEL_REASON', 'CHANNEL_PLAN']);
  for (const f of formulas) expect(f, f).toMatch(/, 'Channel Settings'!A:B\)$/);
  // And the one the install steps suggest trying.
  expect(readme).toContain("`=CHANNEL(A2:W2, A$1:W$1, 'Channel Settings'!A:B)`");
});
