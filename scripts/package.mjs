// `npm run package`: the add-on as files to paste into a spreadsheet's Apps Script editor, for
// anyone without Node or clasp (SPEC 7b). release/ is generated: Code.gs, Sidebar.html,
// appsscript.json (the same bytes as dist/), INSTALL.md, and README.md, which the add-on's Help
// names (a paste install has no other copy of it).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...p) => join(root, ...p);
const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));

/** The files of release/, and the dist/ file each is (Apps Script names a script file .gs). */
export const RELEASE_FILES = [
  ['Code.gs', 'Code.js'],
  ['Sidebar.html', 'Sidebar.html'],
  ['appsscript.json', 'appsscript.json'],
];

export const INSTALL = `# Installing Prospect Channel Planner ${pkg.version} by copy and paste

No Node, no command line: three files pasted into the spreadsheet's own script project.

1. Open the spreadsheet with your prospect list. Choose **Extensions > Apps Script**. The script
   editor opens on a project bound to this spreadsheet.
2. Click **Untitled project** at the top and name it **Prospect Channel Planner** (the menu is
   shown under this name).
3. **Code.gs**: select everything in the editor's \`Code.gs\` and replace it with the whole of
   this folder's \`Code.gs\`. If the project already holds scripts of your own, add a new script
   file instead (**+ > Script**) and paste into it: the add-on defines \`onOpen\`, so remove any
   other \`onOpen\` of yours or the two will clash.
4. **Sidebar.html**: click **+ > HTML**, name the file **Sidebar** (capital S; the editor adds
   \`.html\`), and replace its contents with this folder's \`Sidebar.html\`.
5. **appsscript.json**: open **Project Settings** (the gear), tick **Show "appsscript.json"
   manifest file in editor**, go back to the **Editor**, open \`appsscript.json\` and replace its
   contents with this folder's \`appsscript.json\`. It asks for the two narrowest permissions:
   this spreadsheet only, and showing the sidebar.
6. Click **Save** (the disk icon), close the editor and **reload** the spreadsheet.
7. Choose **Extensions > Prospect Channel Planner > Open planner**. Google asks you to authorise
   the script: pick your account. The screen **"Google hasn't verified this app"** appears because
   this script is yours, not a published add-on: click **Advanced**, then **Go to Prospect Channel
   Planner (unsafe)**, then **Allow**. The script reads and writes only this spreadsheet and
   makes no network call.

The custom functions (\`=CHANNEL(...)\`, \`=CHANNEL_PLAN(...)\` and the others) work in any cell of
this spreadsheet as soon as the files are saved. How each channel is chosen, the columns it reads
and every setting are in this folder's \`README.md\`, the README the add-on's Help names.

To remove it from the spreadsheet: **Extensions > Apps Script**, delete the \`Sidebar.html\` file
and the add-on's script file (the **⋮** beside a file > **Delete**; empty \`Code.gs\` if it is the only
one), save, and reload the spreadsheet. The output columns it wrote and the Channel Settings sheet
stay until you delete them. To withdraw its permission: https://myaccount.google.com/permissions.
`;

export function packageRelease(dist = at('dist'), out = at('release')) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [name, from] of RELEASE_FILES) copyFileSync(join(dist, from), join(out, name));
  writeFileSync(join(out, 'INSTALL.md'), INSTALL);
  copyFileSync(at('README.md'), join(out, 'README.md'));
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const build = spawnSync(process.execPath, [at('scripts', 'build.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write('package: the build failed (see above)\n');
    process.exit(1);
  }
  const out = packageRelease();
  process.stdout.write(`Wrote ${out}: ${[...RELEASE_FILES.map(([n]) => n), 'INSTALL.md', 'README.md'].join(', ')}. Follow release/INSTALL.md.\n`);
}
