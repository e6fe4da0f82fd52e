/**
 * Which Chromium the browser tests drive, and launching it.
 *
 * A system Chrome or Chromium when one is found (`CHROMIUM_PATH`, else the usual commands on `PATH`
 * and the usual install places), else the Chromium that the devDependency `@sparticuz/chromium`
 * ships inside its npm tarball (unpacked on first use into the temporary directory), so `npm ci`
 * is all a fresh machine needs. `HOPTAC_BROWSER=bundled` skips the system lookup (CI on a machine
 * that has a Chromium can still prove the bundled path); `HOPTAC_BROWSER=system` refuses the
 * bundled one. A browser that cannot be launched is an error, never a skipped test.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export type BrowserChoice = { readonly kind: 'system'; readonly path: string; readonly from: string } | { readonly kind: 'bundled' };

/** Command names looked up on PATH, in order. */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Install places that are not on PATH. */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

function executable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to use, from the environment alone (no launch). Throws when the choice is impossible. */
export function chooseBrowser(env: Readonly<Record<string, string | undefined>> = process.env, platform: string = process.platform): BrowserChoice {
  const mode = env['HOPTAC_BROWSER'] ?? 'auto';
  if (mode !== 'auto' && mode !== 'system' && mode !== 'bundled') throw new Error(`HOPTAC_BROWSER=${mode}: expected auto, system or bundled.`);
  if (mode === 'bundled') return { kind: 'bundled' };
  const configured = env['CHROMIUM_PATH'];
  if (configured !== undefined && configured !== '') {
    if (!executable(configured)) throw new Error(`CHROMIUM_PATH=${configured} is not an executable file.`);
    return { kind: 'system', path: configured, from: 'CHROMIUM_PATH' };
  }
  const exe = platform === 'win32' ? ['.exe', ''] : [''];
  for (const name of COMMANDS) {
    for (const dir of (env['PATH'] ?? '').split(delimiter)) {
      if (dir === '') continue;
      for (const ext of exe) {
        const path = join(dir, name + ext);
        if (executable(path)) return { kind: 'system', path, from: `PATH (${name})` };
      }
    }
  }
  for (const path of PLACES[platform] ?? []) if (existsSync(path)) return { kind: 'system', path, from: 'install place' };
  if (mode === 'system') throw new Error(`HOPTAC_BROWSER=system, but no Chrome or Chromium was found (CHROMIUM_PATH, ${COMMANDS.join(', ')} on PATH).`);
  return { kind: 'bundled' };
}

/** Launches the chosen browser headless. Rejects, saying which browser and why, when it cannot. */
export async function launchBrowser(choice: BrowserChoice = chooseBrowser()): Promise<Browser> {
  if (choice.kind === 'system') {
    try {
      return await chromium.launch({ executablePath: choice.path, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    } catch (e) {
      throw new Error(`Could not launch the system browser ${choice.path} (from ${choice.from}): ${(e as Error).message.split('\n')[0]}. Set HOPTAC_BROWSER=bundled to use the Chromium of @sparticuz/chromium instead.`, { cause: e });
    }
  }
  let bundled: { args: string[]; executablePath(): Promise<string> };
  try {
    bundled = (await import('@sparticuz/chromium')).default;
  } catch (e) {
    throw new Error(`No system Chrome or Chromium was found and @sparticuz/chromium is not installed (run npm ci): ${(e as Error).message}`, { cause: e });
  }
  const path = await bundled.executablePath();
  try {
    // The package's own flags (headless shell, no sandbox, ...) plus headless, less --single-process:
    // made for one page per Lambda call, it takes the whole browser down when a page's context closes,
    // and the tests open and close one page each.
    return await chromium.launch({ executablePath: path, headless: true, args: bundled.args.filter((a) => a !== '--single-process') });
  } catch (e) {
    throw new Error(`Could not launch the Chromium of @sparticuz/chromium (${path}): ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
}

/** One line saying which browser a choice is, for test titles and logs. */
export function describeBrowser(choice: BrowserChoice): string {
  return choice.kind === 'system' ? `system ${choice.path}` : 'bundled @sparticuz/chromium';
}
