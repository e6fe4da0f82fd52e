/** The check Excel makes on a custom XML part before it takes it. */
import { FakeOfficeError } from './errors.js';

/**
 * The root element's namespace of a custom XML part, as Excel requires it: a single well-formed
 * root element (an XML declaration may come first); otherwise Excel refuses it (InvalidArgument).
 */
export function xmlRootNamespace(xml: string): string {
  const m = /^\s*(?:<\?xml[^>]*\?>\s*)?<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml);
  if (m === null) throw new FakeOfficeError('InvalidArgument', 'The XML is not well-formed: no root element.');
  const [whole, name, attrs, selfClosing] = m;
  const rest = xml.slice(whole.length);
  if (selfClosing === '/') {
    if (rest.trim() !== '') throw new FakeOfficeError('InvalidArgument', 'The XML is not well-formed: content after the root element.');
  } else {
    const close = `</${name!}>`;
    const end = rest.lastIndexOf(close);
    if (end < 0 || rest.slice(end + close.length).trim() !== '') throw new FakeOfficeError('InvalidArgument', `The XML is not well-formed: ${close} is missing.`);
    // text may not hold a bare < or & (entities only)
    const body = rest.slice(0, end).replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
    if (/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(body)) throw new FakeOfficeError('InvalidArgument', 'The XML is not well-formed: a bare &.');
  }
  const prefix = name!.includes(':') ? name!.split(':')[0]! : undefined;
  const nsAttr = prefix === undefined ? 'xmlns' : `xmlns:${prefix}`;
  const ns = new RegExp(`(?:^|\\s)${nsAttr.replace('.', '\\.')}\\s*=\\s*(["'])([^"']*)\\1`).exec(attrs ?? '');
  return ns?.[2] ?? '';
}
