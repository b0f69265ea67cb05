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
