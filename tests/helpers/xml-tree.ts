/**
 * A written XML part as a small element tree, parsed by saxes (a conforming XML 1.0 parser, not
 * the project's own scanner), so a test reads what was written the way another program would.
 */
import { SaxesParser } from 'saxes';

/** One element: its local name, attributes (by local name), children and text. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/** Parses `xml` into its root element; throws on a well-formedness error. */
export function xmlTree(xml: string | Uint8Array): XmlElement {
  const text = typeof xml === 'string' ? xml : new TextDecoder().decode(xml);
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
    const el: XmlElement = { name: tag.local ?? tag.name, attrs, children: [], text: '' };
    stack.at(-1)?.children.push(el);
    root ??= el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top !== undefined) top.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(text).close();
  if (root === undefined) throw new Error('no root element');
  return root;
}

/** The children of `el` named `name`. */
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);

/** The first descendant of `el` (depth first) named `name`. */
export function find(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) {
    if (c.name === name) return c;
    const deep = find(c, name);
    if (deep !== undefined) return deep;
  }
  return undefined;
}
