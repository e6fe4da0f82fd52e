/**
 * The browser the add-in's end-to-end test drives: a system Chrome or Chromium when one is found,
 * else the one shipped inside @sparticuz/chromium; never a silent skip when none can be launched.
 */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseBrowser, launchBrowser } from './helpers/browser.js';

function fakeBrowser(dir: string, name: string, exec = true): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\nexit 3\n');
  chmodSync(path, exec ? 0o755 : 0o644);
  return path;
}

describe.skipIf(process.platform === 'win32')('chooseBrowser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hoptac-browser-'));
  const empty = join(dir, 'empty');
  mkdirSync(empty);

  it('takes CHROMIUM_PATH first, then the usual commands on PATH in order', () => {
    const a = fakeBrowser(join(dir, 'a'), 'google-chrome');
    const b = fakeBrowser(join(dir, 'b'), 'chromium');
    const own = fakeBrowser(join(dir, 'own'), 'my-chrome');
    expect(chooseBrowser({ PATH: `${join(dir, 'a')}:${join(dir, 'b')}` }, 'linux')).toEqual({ kind: 'system', path: b, from: 'PATH (chromium)' });
    expect(chooseBrowser({ PATH: join(dir, 'a') }, 'linux')).toEqual({ kind: 'system', path: a, from: 'PATH (google-chrome)' });
    expect(chooseBrowser({ PATH: join(dir, 'b'), CHROMIUM_PATH: own }, 'linux')).toEqual({ kind: 'system', path: own, from: 'CHROMIUM_PATH' });
  });

  it('ignores a file that is not executable, and falls back to the bundled Chromium when nothing is found', () => {
    fakeBrowser(join(dir, 'noexec'), 'chromium', false);
    expect(chooseBrowser({ PATH: join(dir, 'noexec') }, 'linux')).toEqual({ kind: 'bundled' });
    expect(chooseBrowser({ PATH: empty }, 'linux')).toEqual({ kind: 'bundled' });
    expect(chooseBrowser({}, 'linux')).toEqual({ kind: 'bundled' });
  });

  it('HOPTAC_BROWSER=bundled skips the system lookup; =system refuses the fallback; anything else is an error', () => {
    fakeBrowser(join(dir, 'c'), 'chromium');
    expect(chooseBrowser({ PATH: join(dir, 'c'), HOPTAC_BROWSER: 'bundled' }, 'linux')).toEqual({ kind: 'bundled' });
    expect(() => chooseBrowser({ PATH: empty, HOPTAC_BROWSER: 'system' }, 'linux')).toThrow(/no Chrome or Chromium was found/);
    expect(() => chooseBrowser({ PATH: empty, HOPTAC_BROWSER: 'firefox' }, 'linux')).toThrow(/HOPTAC_BROWSER=firefox/);
  });

  it('a CHROMIUM_PATH that names nothing is an error, not a quiet fallback', () => {
    expect(() => chooseBrowser({ PATH: empty, CHROMIUM_PATH: join(dir, 'nowhere') }, 'linux')).toThrow(/CHROMIUM_PATH=.*nowhere is not an executable/);
  });

  it('a browser that cannot be launched rejects with what was tried and the way out', async () => {
    const broken = fakeBrowser(join(dir, 'broken'), 'chromium');
    await expect(launchBrowser({ kind: 'system', path: broken, from: 'PATH (chromium)' })).rejects.toThrow(/Could not launch the system browser .*broken\/chromium .*HOPTAC_BROWSER=bundled/);
  });
});
