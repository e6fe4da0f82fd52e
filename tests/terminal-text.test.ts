/**
 * Control characters in a workbook never reach the terminal raw: a cell written with Excel's
 * `_x001B_` escapes (ESC, BEL, CR, a C1 CSI) is echoed escaped in the text reports of `check` and
 * `consolidate`, as `--json` escapes it in JSON.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { hoptac, hoptacJson, tempDir } from './helpers/cli.js';
import type { FindingJson } from './helpers/cli.js';
import { partText, patchPackage, plant, setPartText, sheetPart } from './helpers/workbooks.js';

const { dir, cleanup } = tempDir('hoptac-terminal-');
afterAll(cleanup);

// Every control but the newline that separates the report's own lines.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('control characters from a cell', () => {
  it('are escaped in the text output of check and consolidate', async () => {
    const path = await plant(dir, 'controls', () => undefined);
    await patchPackage(path, (parts) => {
      const part = sheetPart(parts, 'DN');
      const xml = partText(parts, part).replace(/<c r="E2"[^>]*>.*?<\/c>/, '<c r="E2" t="inlineStr"><is><t>mười_x001B_]0;pwned_x0007__x000D__x001B_[2K_x009B_31m</t></is></c>');
      setPartText(parts, part, xml);
    });
    const { json } = await hoptacJson<{ findings: FindingJson[] }>(['check', path]);
    // the reader decoded the escapes: the raw characters are in the finding's message
    expect(json.findings.find((f) => f.cell === 'E2')!.message).toContain('\u001b]0;pwned\u0007');
    for (const args of [['check', path], ['consolidate', path, '--period', '2017-03'], ['check', path, '--lang', 'en']]) {
      const r = await hoptac(args);
      expect(r.stdout).toContain('E2');
      expect(r.stdout, args.join(' ')).not.toMatch(RAW_CONTROL);
      expect(r.stderr).not.toMatch(RAW_CONTROL);
      expect(r.stdout).toContain('mười\\x1B]0;pwned\\x07\\r\\x1B[2K\\x9B31m');
    }
  });

  it('are escaped in --json too, DEL and the C1 controls included, and read back as the same characters', async () => {
    const path = await plant(dir, 'controls-json', () => undefined);
    await patchPackage(path, (parts) => {
      const part = sheetPart(parts, 'DN');
      const xml = partText(parts, part).replace(/<c r="E2"[^>]*>.*?<\/c>/, '<c r="E2" t="inlineStr"><is><t>mười_x001B_[2K_x007F__x0085__x009B_31m</t></is></c>');
      setPartText(parts, part, xml);
    });
    for (const args of [['check', path, '--json'], ['consolidate', path, '--period', '2017-03', '--json'], ['diff', path, path, '--json']]) {
      const r = await hoptac(args);
      expect(r.stdout, args.join(' ')).not.toMatch(RAW_CONTROL);
      if (args[0] !== 'diff') {
        expect(r.stdout).toContain('mười\\u001b[2K\\u007f\\u0085\\u009b31m');
        const json = JSON.parse(r.stdout) as { findings: FindingJson[] };
        expect(json.findings.find((f) => f.cell === 'E2')!.message).toContain('mười\u001b[2K\u007f\u0085\u009b31m');
      }
    }
  });
});
