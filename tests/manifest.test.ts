/**
 * The add-in manifest, checked without Microsoft's online validator: well-formed XML, the schema's
 * element order, every `resid` defined, HTTPS everywhere, real icons of the declared sizes, strings
 * in vi-VN and en-US, and the ExecuteFunction name registered by the commands code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const addin = join(root, 'addin');
const xml = readFileSync(join(addin, 'manifest.xml'), 'utf8');

interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    const v = ENTITIES[e];
    if (v === undefined) throw new Error(`undefined entity ${m}`);
    return v;
  });
}

/** A strict little XML parser: throws on anything not well-formed. */
function parseXml(src: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let rootEl: XmlElement | undefined;
  const fail = (msg: string): never => {
    throw new Error(`${msg} at offset ${i}: ${JSON.stringify(src.slice(i, i + 40))}`);
  };
  if (src.charCodeAt(0) === 0xfeff) i = 1;
  if (!src.startsWith('<?xml', i)) fail('no XML declaration');
  while (i < src.length) {
    if (src.startsWith('<?', i)) {
      const end = src.indexOf('?>', i);
      if (end < 0) fail('unterminated processing instruction');
      i = end + 2;
    } else if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i);
      if (end < 0) fail('unterminated comment');
      if (src.slice(i + 4, end).includes('--')) fail('"--" inside a comment');
      i = end + 3;
    } else if (src.startsWith('<![CDATA[', i)) {
      const end = src.indexOf(']]>', i);
      if (end < 0 || stack.length === 0) fail('bad CDATA');
      stack[stack.length - 1]!.text += src.slice(i + 9, end);
      i = end + 3;
    } else if (src.startsWith('<!', i)) {
      fail('DOCTYPE or declaration not allowed');
    } else if (src.startsWith('</', i)) {
      const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(src.slice(i));
      if (m === null) fail('bad end tag');
      const open = stack.pop();
      if (open === undefined || open.name !== m![1]) fail(`end tag </${m![1]}> does not close <${open?.name}>`);
      i += m![0].length;
    } else if (src[i] === '<') {
      const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(src.slice(i));
      if (m === null) fail('bad start tag');
      const attrs: Record<string, string> = {};
      for (const a of m![2]!.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1]! in attrs) fail(`duplicate attribute ${a[1]}`);
        attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
      }
      const el: XmlElement = { name: m![1]!, attrs, children: [], text: '' };
      if (stack.length > 0) stack[stack.length - 1]!.children.push(el);
      else if (rootEl === undefined) rootEl = el;
      else fail('two root elements');
      if (m![3] !== '/') stack.push(el);
      i += m![0].length;
    } else {
      const next = src.indexOf('<', i);
      const text = src.slice(i, next < 0 ? src.length : next);
      if (stack.length === 0) {
        if (text.trim() !== '') fail('text outside the root element');
      } else stack[stack.length - 1]!.text += decode(text);
      i = next < 0 ? src.length : next;
    }
  }
  if (stack.length > 0) fail(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (rootEl === undefined) fail('no root element');
  return rootEl!;
}

const local = (name: string): string => name.slice(name.indexOf(':') + 1);
function all(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  out.push(el);
  for (const c of el.children) all(c, out);
  return out;
}
function child(el: XmlElement, name: string): XmlElement {
  const c = el.children.find((x) => local(x.name) === name);
  if (c === undefined) throw new Error(`<${el.name}> has no <${name}>`);
  return c;
}
/** The element's children names, in order, are a subsequence of `order` (each at most its allowed count). */
function expectOrder(el: XmlElement, order: readonly string[], repeatable: readonly string[] = []): void {
  const names = el.children.map((c) => local(c.name));
  let k = 0;
  for (const [n, name] of names.entries()) {
    if (n > 0 && names[n - 1] === name) {
      expect(repeatable, `<${name}> repeated in <${el.name}>`).toContain(name);
      continue;
    }
    const at = order.indexOf(name, k);
    expect(at, `<${name}> is out of order (or unexpected) in <${el.name}>: ${names.join(', ')}`).toBeGreaterThanOrEqual(0);
    k = at + 1;
  }
}

const doc = parseXml(xml);
const elements = all(doc);

describe('addin/manifest.xml', () => {
  it('is well-formed XML for an Excel task pane add-in with document write access', () => {
    expect(() => parseXml('<?xml version="1.0"?><a><b></a></b>')).toThrow();
    expect(() => parseXml('<?xml version="1.0"?><a x="1" x="2"/>')).toThrow();
    expect(doc.name).toBe('OfficeApp');
    expect(doc.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(doc.attrs['xmlns']).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(child(doc, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(doc, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(child(doc, 'Hosts'), 'Host').attrs['Name']).toBe('Workbook');
    expect(child(doc, 'Permissions').text).toBe('ReadWriteDocument');
    expect(child(doc, 'DefaultLocale').text).toBe('vi-VN');
  });

  it('keeps the schema order of elements', () => {
    expectOrder(doc, ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'AllowSnapshot', 'VersionOverrides']);
    const vo = child(doc, 'VersionOverrides');
    expect(vo.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    expectOrder(vo, ['Description', 'Requirements', 'Hosts', 'Resources']);
    const host = child(child(vo, 'Hosts'), 'Host');
    expect(host.attrs['xsi:type']).toBe('Workbook');
    const desktop = child(host, 'DesktopFormFactor');
    expectOrder(desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint'], ['ExtensionPoint']);
    expectOrder(child(desktop, 'GetStarted'), ['Title', 'Description', 'LearnMoreUrl']);
    const tab = child(child(desktop, 'ExtensionPoint'), 'OfficeTab');
    expect(tab.attrs['id']).toBe('TabHome');
    const group = child(tab, 'Group');
    expectOrder(group, ['Label', 'Icon', 'Control'], ['Control']);
    const controls = group.children.filter((c) => local(c.name) === 'Control');
    expect(controls).toHaveLength(2);
    for (const c of controls) {
      expect(c.attrs['xsi:type']).toBe('Button');
      expectOrder(c, ['Label', 'Supertip', 'Icon', 'Action']);
      expectOrder(child(c, 'Supertip'), ['Title', 'Description']);
    }
    expect(controls.map((c) => child(c, 'Action').attrs['xsi:type'])).toEqual(['ExecuteFunction', 'ShowTaskpane']);
    expectOrder(child(vo, 'Resources'), ['Images', 'Urls', 'ShortStrings', 'LongStrings']);
    const ids = elements.filter((e) => local(e.name) === 'Group' || local(e.name) === 'Control').map((e) => e.attrs['id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('defines every resid once, in vi-VN with an en-US override for text', () => {
    const resources = child(child(doc, 'VersionOverrides'), 'Resources');
    const defined = new Map<string, XmlElement>();
    for (const group of resources.children)
      for (const r of group.children) {
        const id = r.attrs['id']!;
        expect(defined.has(id), `resource ${id} defined twice`).toBe(false);
        expect(id.length, `resource id ${id} longer than 32`).toBeLessThanOrEqual(32);
        defined.set(id, r);
      }
    const used = elements.map((e) => e.attrs['resid']).filter((r): r is string => r !== undefined);
    expect(used.length).toBeGreaterThan(10);
    for (const r of used) expect(defined.has(r), `resid ${r} is not defined`).toBe(true);
    for (const id of defined.keys()) expect(used, `resource ${id} is never used`).toContain(id);
    for (const group of ['ShortStrings', 'LongStrings']) {
      for (const s of child(resources, group).children) {
        const override = s.children.find((c) => local(c.name) === 'Override');
        expect(override?.attrs['Locale'], `${s.attrs['id']} has an en-US override`).toBe('en-US');
        expect((s.attrs['DefaultValue'] ?? '').length).toBeLessThanOrEqual(group === 'ShortStrings' ? 125 : 250);
      }
    }
    for (const name of ['DisplayName', 'Description']) expect(child(doc, name).children.map((c) => c.attrs['Locale'])).toEqual(['en-US']);
    expect(defined.get('Group.Label')?.attrs['DefaultValue']).toBe('Hợp tác');
  });

  it('uses HTTPS for every URL, pointing at files the build serves', () => {
    const urls: string[] = [];
    for (const e of elements) {
      for (const [k, v] of Object.entries(e.attrs)) if (!k.startsWith('xmlns') && /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) urls.push(v);
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(e.text.trim())) urls.push(e.text.trim());
    }
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u, u).toMatch(/^https:\/\/localhost:3000(\/|$)/);
    const served: Record<string, string> = {
      'taskpane.html': 'src/taskpane/taskpane.html',
      'commands.html': 'src/commands/commands.html',
      'help.html': 'src/help.html',
    };
    for (const u of urls) {
      const path = new URL(u).pathname.slice(1);
      if (path === '') continue;
      const src = path.startsWith('assets/') ? path : served[path];
      expect(src, `${u} is a file the build copies`).toBeDefined();
      expect(existsSync(join(addin, src!)), `${src} exists`).toBe(true);
    }
  });

  it('declares icons of 16, 32 and 80 pixels that are real PNGs of those sizes', () => {
    const images = child(child(child(doc, 'VersionOverrides'), 'Resources'), 'Images').children;
    const bySize = new Map<string, string>();
    for (const e of elements) if (local(e.name) === 'Image' && e.attrs['size'] !== undefined) bySize.set(e.attrs['resid']!, e.attrs['size']);
    expect([...new Set(bySize.values())].sort()).toEqual(['16', '32', '80']);
    for (const img of images) {
      const file = join(addin, new URL(img.attrs['DefaultValue']!).pathname.slice(1));
      const png = readFileSync(file);
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      const size = String(png.readUInt32BE(16));
      expect(String(png.readUInt32BE(20))).toBe(size);
      expect(bySize.get(img.attrs['id']!), `${img.attrs['id']} is used at its own size`).toBe(size);
    }
  });

  it('names an ExecuteFunction the commands code registers with Office.actions.associate', () => {
    const names = elements.filter((e) => local(e.name) === 'FunctionName').map((e) => e.text.trim());
    expect(names).toEqual(['consolidate']);
    const src = readFileSync(join(addin, 'src/commands/commands.ts'), 'utf8');
    expect(src).toMatch(/export const CONSOLIDATE_FUNCTION = 'consolidate';/);
    expect(src).toMatch(/Office\.actions\.associate\(CONSOLIDATE_FUNCTION, /);
  });

  it.skipIf(!existsSync(join(addin, 'dist/commands.global.js')))('the built commands bundle registers that function when Office is ready', async () => {
    const registered = new Map<string, unknown>();
    let ready: (() => void) | undefined;
    const Office = {
      onReady: (cb: () => void) => {
        ready = cb;
        return Promise.resolve();
      },
      actions: { associate: (name: string, fn: unknown) => registered.set(name, fn) },
    };
    const code = readFileSync(join(addin, 'dist/commands.global.js'), 'utf8');
    const sandbox: Record<string, unknown> = { Office, console, URL, TextEncoder, TextDecoder, setTimeout, clearTimeout };
    runInNewContext(code, sandbox, { filename: 'commands.global.js' });
    expect(ready).toBeDefined();
    ready?.();
    for (const name of elements.filter((e) => local(e.name) === 'FunctionName').map((e) => e.text.trim())) {
      expect(typeof registered.get(name)).toBe('function');
      // and as a global function, for Office builds that look it up by name
      expect(sandbox[name]).toBe(registered.get(name));
    }
  });
});
