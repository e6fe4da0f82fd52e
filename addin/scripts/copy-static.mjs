// Copies the add-in's static files next to the tsup bundles in addin/dist: the html pages, the css,
// the icons and the manifest. office.js comes from Microsoft's CDN by default; with `--offline`
// (or HOPTAC_OFFICE_JS=offline) the pages load the copy of the @microsoft/office-js package that
// is put in dist/office-js/, for offices whose firewall blocks the CDN.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const addin = fileURLToPath(new URL('..', import.meta.url));
const dist = join(addin, 'dist');
const offline = process.argv.includes('--offline') || process.env.HOPTAC_OFFICE_JS === 'offline';

const pages = {
  'taskpane.html': 'src/taskpane/taskpane.html',
  'commands.html': 'src/commands/commands.html',
  'message.html': 'src/commands/message.html',
  'help.html': 'src/help.html',
};

function officeJsDir() {
  try {
    const require = createRequire(join(addin, 'package.json'));
    return join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
  } catch {
    // the package does not export package.json: look for it in the node_modules above
    for (let dir = addin; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', '@microsoft', 'office-js', 'dist');
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) throw new Error('copy-static: @microsoft/office-js is not installed (needed for --offline)');
    }
  }
}

mkdirSync(dist, { recursive: true });
for (const [name, src] of Object.entries(pages)) {
  let html = readFileSync(join(addin, src), 'utf8');
  if (!html.includes(OFFICE_JS_CDN) && name !== 'help.html') throw new Error(`copy-static: ${src} does not load office.js from ${OFFICE_JS_CDN}`);
  if (offline) html = html.replaceAll(OFFICE_JS_CDN, 'office-js/office.js');
  writeFileSync(join(dist, name), html);
}
cpSync(join(addin, 'src/taskpane/taskpane.css'), join(dist, 'taskpane.css'));
cpSync(join(addin, 'assets'), join(dist, 'assets'), { recursive: true });
cpSync(join(addin, 'manifest.xml'), join(dist, 'manifest.xml'));
if (offline) cpSync(officeJsDir(), join(dist, 'office-js'), { recursive: true });
console.log(`addin: static files copied to ${dist} (office.js: ${offline ? 'offline copy in office-js/' : 'Microsoft CDN'})`);
