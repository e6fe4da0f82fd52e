/**
 * The house's measures of the source, for tests/house.test.ts: every source file outside tests with
 * its length in lines, every function in it (declarations, methods, constructors, accessors, arrows,
 * function expressions) with its length, and every source folder with the header comment of its
 * index/main file. Read with the TypeScript compiler's parser: what is measured is what tsc sees.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import ts from 'typescript';

/** The roots whose files and folders the house rules cover (relative to the repository). */
export const SOURCE_ROOTS = ['packages/hoptac/src', 'packages/cli/src', 'addin/src'] as const;

/** Tests and test helpers are not source: *.test.ts, *.test-d.ts, test-*.ts, test/ and tests/ folders. */
export function isTestPath(path: string): boolean {
  const name = basename(path);
  return /\.test(-d)?\.ts$/.test(name) || /^test-/.test(name) || /(^|\/)(tests?|__tests__)\//.test(path);
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      out.push(p);
      walk(p, out);
    }
  }
}

/** Every folder under the roots (the roots included), relative to `root`, test folders left out. */
export function sourceFolders(root: string): string[] {
  const out: string[] = [];
  for (const r of SOURCE_ROOTS) {
    const abs = join(root, r);
    if (!existsSync(abs)) continue;
    out.push(abs);
    walk(abs, out);
  }
  return out.map((p) => relative(root, p)).filter((p) => !isTestPath(`${p}/`));
}

/** Every source .ts file under the roots, relative to `root`. */
export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  for (const dir of sourceFolders(root)) {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const rel = `${dir}/${name}`;
      if (name.endsWith('.ts') && !name.endsWith('.d.ts') && statSync(join(root, rel)).isFile() && !isTestPath(rel)) files.push(rel);
    }
  }
  return files;
}

/** Lines of a text, a final newline not counting as a line of its own. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  const n = text.split('\n').length;
  return text.endsWith('\n') ? n - 1 : n;
}

export interface FunctionLength {
  /** `outer.inner`: the names of the enclosing functions and classes, then this one's */
  readonly name: string;
  readonly lines: number;
  /** 1-based line where it starts (for the message only: not part of its identity) */
  readonly line: number;
}

function nameOf(node: ts.Node, sf: ts.SourceFile): string | undefined {
  if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node)) && node.name) return node.name.text;
  if (ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) || ts.isPropertyDeclaration(node)) return node.name.getText(sf);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  // an arrow or function expression takes the name it is given: const x = () => ..., { x: () => ... }
  const p = node.parent;
  if (p !== undefined) {
    if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
    if (ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) return p.name.getText(sf);
    if (ts.isCallExpression(p)) {
      const callee = p.expression.getText(sf);
      return `${callee.length > 30 ? `${callee.slice(0, 30)}…` : callee}(callback)`;
    }
  }
  return undefined;
}

const isFunction = (n: ts.Node): n is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isConstructorDeclaration(n) || ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n);

/** Every function of a source text with its length in lines (from its first token to its end). */
export function functionLengths(path: string, text: string): FunctionLength[] {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: FunctionLength[] = [];
  const seen = new Map<string, number>();
  const visit = (node: ts.Node, scope: readonly string[]): void => {
    let inner = scope;
    if (isFunction(node) || ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
      let own = nameOf(node, sf) ?? '<anonymous>';
      const base = [...scope, own].join('.');
      // two functions of the same name in one scope (overloads, callbacks) are told apart by order
      const k = seen.get(base) ?? 0;
      seen.set(base, k + 1);
      if (k > 0) own = `${own}#${k + 1}`;
      inner = [...scope, own];
      if (isFunction(node) && node.body !== undefined) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
        out.push({ name: inner.join('.'), lines: end - start + 1, line: start + 1 });
      }
    }
    ts.forEachChild(node, (c) => visit(c, inner));
  };
  visit(sf, []);
  return out;
}

/**
 * The index/main file of a folder: index.ts, main.ts or <folder>.ts, whichever exists first, else
 * the file whose header calls itself the folder's entry ("The observation folder's entry: ...").
 */
export function mainFileOf(root: string, folder: string): string | undefined {
  for (const name of ['index.ts', 'main.ts', `${basename(folder)}.ts`]) if (existsSync(join(root, folder, name))) return `${folder}/${name}`;
  for (const name of readdirSync(join(root, folder)).sort()) {
    const rel = `${folder}/${name}`;
    if (!name.endsWith('.ts') || isTestPath(rel) || !statSync(join(root, rel)).isFile()) continue;
    if (/\bfolder's entry\b/.test(headerComment(readFileSync(join(root, rel), 'utf8')))) return rel;
  }
  return undefined;
}

/**
 * The header comment of a file: the comments before its first statement (after a shebang), as
 * text, or '' when the file starts with code.
 */
export function headerComment(text: string): string {
  const body = text.startsWith('#!') ? text.slice(text.indexOf('\n') + 1) : text;
  const ranges = ts.getLeadingCommentRanges(body, 0) ?? [];
  return ranges.map((r) => body.slice(r.pos, r.end)).join('\n');
}

/** A header that says what lives in the folder and what may import it. */
export function isFolderHeader(comment: string): boolean {
  const words = comment.replace(/^\s*(\/\*\*?|\*\/|\*|\/\/)/gm, ' ').trim();
  return words.length >= 60 && /import/i.test(words);
}

/** Reads a source file relative to `root`. */
export const readSource = (root: string, path: string): string => readFileSync(join(root, path), 'utf8');
