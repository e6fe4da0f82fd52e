/**
 * README code blocks as tests. The convention (README.md, "Examples in this README are tested"):
 *
 * - Every ```ts, ```js or ```mjs block runs as an ES module, cwd the repository root, importing the
 *   built packages (`hoptac`, `hoptac/workbook`, `hoptac/program`, `@hoptac/cli`).
 * - A comment at the end of a top-level statement says what it gives, and is checked:
 *   - `expr; // 'text'` — a value: a literal (string, number, boolean, null, undefined, or an array or
 *     object of them), compared structurally with the expression's value, or with the variable for
 *     `const x = expr; // value`. A note may follow in parentheses: `// '47'  (exact)`.
 *   - `stmt; // prints TEXT` — the statement's console output is exactly that one line;
 *     `// prints:` followed by `// line` comment lines for several.
 *   - `stmt; // throws Name 'code'` — it throws an error of that name (and `code`).
 *   Any other trailing comment is prose; one that starts like a value but is not one is an error, as
 *   is a checked comment anywhere but after a top-level statement. Console output that no
 *   `// prints` claims fails the block.
 * - `<!-- not run: REASON -->` on the line just above a block opts it out; the docs test lists them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export interface DocBlock {
  /** repository-relative path of the markdown file */
  readonly file: string;
  /** 1-based line of the block's first code line */
  readonly line: number;
  readonly lang: string;
  readonly code: string;
  /** the reason given by `<!-- not run: ... -->`, when the block opts out */
  readonly optOut?: string;
}

export interface Check {
  /** 1-based line in the markdown file */
  readonly line: number;
  readonly kind: 'value' | 'prints' | 'throws';
  readonly comment: string;
}

export interface Instrumented {
  /** the block as a JavaScript module, ready to run */
  readonly js: string;
  readonly checks: readonly Check[];
}

const RUN_LANGS = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs']);

/** The fenced code blocks of a markdown text that are TypeScript or JavaScript. */
export function extractBlocks(file: string, text: string): DocBlock[] {
  const lines = text.split('\n');
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (open === null) continue;
    const fence = open[2]!;
    const lang = open[3]!.toLowerCase();
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trimStart().startsWith(fence)) end++;
    if (RUN_LANGS.has(lang)) {
      const before = i > 0 ? /^<!--\s*not run:\s*(.*?)\s*-->\s*$/.exec(lines[i - 1]!) : null;
      const block: DocBlock = { file, line: i + 2, lang, code: lines.slice(i + 1, end).join('\n') };
      blocks.push(before === null ? block : { ...block, optOut: before[1]! });
    }
    i = end;
  }
  return blocks;
}

export function readBlocks(root: string, files: readonly string[]): DocBlock[] {
  return files.flatMap((f) => extractBlocks(f, readFileSync(`${root}/${f}`, 'utf8')));
}

/** Whether an expression is a plain value: literals, arrays and objects of them, `undefined`, `-1`. */
function isValue(e: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(e)) return isValue(e.expression);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isNumericLiteral(e) || ts.isBigIntLiteral(e)) return true;
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(e)) return e.text === 'undefined';
  if (ts.isPrefixUnaryExpression(e)) return e.operator === ts.SyntaxKind.MinusToken && (ts.isNumericLiteral(e.operand) || ts.isBigIntLiteral(e.operand));
  if (ts.isArrayLiteralExpression(e)) return e.elements.every(isValue);
  if (ts.isObjectLiteralExpression(e)) return e.properties.every((p) => ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && isValue(p.initializer));
  return false;
}

function parseValue(text: string): boolean {
  const sf = ts.createSourceFile('v.ts', `(${text});`, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const st = sf.statements;
  if ((sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0 || st.length !== 1) return false;
  const s = st[0]!;
  return ts.isExpressionStatement(s) && isValue(s.expression);
}

/** The value text of a value comment (a note in parentheses cut off), or undefined when it is none. */
export function valueOf(comment: string): string | undefined {
  const t = comment.trim();
  if (parseValue(t)) return t;
  const note = /^(.*?)\s+\([^]*\)$/.exec(t);
  if (note !== null && parseValue(note[1]!)) return note[1]!;
  return undefined;
}

/** Whether a comment starts the way a value does (then it must be one). */
function looksLikeValue(comment: string): boolean {
  return /^(['"`[{]|-?\d|true\b|false\b|null\b|undefined\b)/.test(comment.trim());
}

type Kind = { kind: 'value'; value: string } | { kind: 'prints'; lines: string[] } | { kind: 'throws'; name: string; code?: string } | { kind: 'prose' } | { kind: 'bad'; why: string };

function classify(comment: string, continuation: () => string[]): Kind {
  const t = comment.trim();
  const prints = /^prints(:?)(?:\s(.*))?$/.exec(t);
  if (prints !== null) {
    if (prints[1] === ':' && (prints[2] ?? '').trim() === '') {
      const lines = continuation();
      return lines.length > 0 ? { kind: 'prints', lines } : { kind: 'bad', why: '`// prints:` needs the printed lines as `// ` comment lines below it' };
    }
    return prints[2] === undefined ? { kind: 'bad', why: '`// prints` needs the printed text' } : { kind: 'prints', lines: [prints[2]] };
  }
  const throws = /^throws\s+([A-Za-z_$][\w$]*)(?:\s+'([^']*)')?\s*$/.exec(t);
  if (throws !== null) return throws[2] === undefined ? { kind: 'throws', name: throws[1]! } : { kind: 'throws', name: throws[1]!, code: throws[2] };
  if (t.startsWith('throws')) return { kind: 'bad', why: "write `// throws ErrorName 'code'`" };
  if (looksLikeValue(t)) {
    const v = valueOf(t);
    return v === undefined ? { kind: 'bad', why: 'starts like a value but is not a literal value (strings, numbers, booleans, null, undefined, arrays and objects of them), with an optional note in parentheses' } : { kind: 'value', value: v };
  }
  return { kind: 'prose' };
}

function lineOf(sf: ts.SourceFile, pos: number): number {
  return sf.getLineAndCharacterOfPosition(pos).line;
}

/**
 * The block as a module that runs every check. Throws, naming the markdown line, when a comment
 * breaks the convention.
 */
export function instrument(block: DocBlock, runtimeUrl: string): Instrumented {
  const src = block.code;
  const sf = ts.createSourceFile('block.ts', src, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const diags = (sf as unknown as { parseDiagnostics: { messageText: string; start: number }[] }).parseDiagnostics;
  if (diags.length > 0) throw new Error(`${block.file}:${block.line + lineOf(sf, diags[0]!.start)}: ${String(diags[0]!.messageText)}`);
  const srcLines = src.split('\n');
  const checks: Check[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const used = new Set<number>(); // comment positions handled as a statement's trailing comment
  const where = (line0: number) => `${block.file}:${block.line + line0}`;

  for (const st of sf.statements) {
    const trailing = ts.getTrailingCommentRanges(src, st.end) ?? [];
    const c = trailing[0];
    if (c === undefined || c.kind !== ts.SyntaxKind.SingleLineCommentTrivia) continue;
    used.add(c.pos);
    const line0 = lineOf(sf, st.end);
    const comment = src.slice(c.pos + 2, c.end);
    const continuation = (): string[] => {
      const out: string[] = [];
      for (let l = line0 + 1; l < srcLines.length; l++) {
        const m = /^\s*\/\/ ?(.*)$/.exec(srcLines[l]!);
        if (m === null) break;
        out.push(m[1]!);
        used.add(sf.getPositionOfLineAndCharacter(l, srcLines[l]!.indexOf('//')));
      }
      return out;
    };
    const k = classify(comment, continuation);
    if (k.kind === 'prose') continue;
    if (k.kind === 'bad') throw new Error(`${where(line0)}: \`//${comment}\`: ${k.why}`);
    const id = checks.length;
    checks.push({ line: block.line + line0, kind: k.kind, comment: comment.trim() });
    const stText = src.slice(st.getStart(sf), st.end);
    if (k.kind === 'value') {
      if (ts.isExpressionStatement(st)) {
        edits.push({ start: st.getStart(sf), end: st.end, text: `__docs.value(${id}, (${st.expression.getText(sf)}), (${k.value}));` });
      } else if (ts.isVariableStatement(st) && st.declarationList.declarations.length === 1 && ts.isIdentifier(st.declarationList.declarations[0]!.name)) {
        edits.push({ start: st.end, end: st.end, text: ` __docs.value(${id}, ${st.declarationList.declarations[0]!.name.text}, (${k.value}));` });
      } else {
        throw new Error(`${where(line0)}: a value comment follows an expression or \`const name = expression\`, not this statement`);
      }
    } else if (k.kind === 'prints') {
      edits.push({ start: st.getStart(sf), end: st.getStart(sf), text: `__docs.mark(${id}); ` });
      edits.push({ start: st.end, end: st.end, text: ` __docs.prints(${id}, ${JSON.stringify(k.lines)});` });
    } else {
      edits.push({ start: st.getStart(sf), end: st.end, text: `__docs.throws(${id}, () => { ${stText} }, ${JSON.stringify(k.name)}${k.code === undefined ? '' : `, ${JSON.stringify(k.code)}`});` });
    }
  }

  // a checked comment anywhere else would silently check nothing
  const comments = new Map<number, ts.CommentRange>();
  const collect = (node: ts.Node): void => {
    for (const r of [...(ts.getLeadingCommentRanges(src, node.pos) ?? []), ...(ts.getTrailingCommentRanges(src, node.end) ?? [])]) comments.set(r.pos, r);
    for (const child of node.getChildren(sf)) collect(child);
  };
  collect(sf);
  for (const r of comments.values()) {
    if (r.kind !== ts.SyntaxKind.SingleLineCommentTrivia || used.has(r.pos)) continue;
    const comment = src.slice(r.pos + 2, r.end);
    const k = classify(comment, () => []);
    if (k.kind !== 'prose') throw new Error(`${where(lineOf(sf, r.pos))}: \`//${comment}\` is not at the end of a top-level statement, so it would check nothing: move it there or reword it`);
  }

  let out = src;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  const js = ts.transpileModule(out, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  return { js: `import * as __docs from ${JSON.stringify(runtimeUrl)};\n${js}\n__docs.done();\n`, checks };
}

export interface BlockRun {
  readonly checks: readonly Check[];
  /** one line per failure: where, the comment, what came out */
  readonly failures: readonly string[];
}

/**
 * Runs a block in its own Node process (cwd `root`, the module written under `dir`, which must lie
 * inside the repository so that `hoptac` and `@hoptac/cli` resolve to the workspace's built packages).
 */
export function runBlock(block: DocBlock, root: string, dir: string): BlockRun {
  const { js, checks } = instrument(block, pathToFileURL(join(root, 'tests', 'helpers', 'docs-runtime.mjs')).href);
  mkdirSync(dir, { recursive: true });
  const name = `${block.file.replace(/[^\w.-]+/g, '_')}-L${block.line}`;
  const file = join(dir, `${name}.mjs`);
  const result = join(dir, `${name}.json`);
  writeFileSync(file, js);
  rmSync(result, { force: true });
  const child = spawnSync(process.execPath, [file], { cwd: root, env: { ...process.env, HOPTAC_DOCS_RESULT: result }, encoding: 'utf8', timeout: 120_000 });
  const at = (line: number) => `${block.file}:${line}`;
  if (child.status !== 0 || !existsSync(result)) {
    const why = child.error?.message ?? (child.stderr.trim().split('\n').find((l) => /Error|error/.test(l)) ?? child.stderr.trim().split('\n')[0] ?? `exit ${String(child.status)}`);
    return { checks, failures: [`${at(block.line)}: the block did not run to its end (${why}); module: ${file}`] };
  }
  const results = JSON.parse(readFileSync(result, 'utf8')) as { id: number; ok: boolean; got?: string; want?: string; unclaimed?: string[] }[];
  const failures: string[] = [];
  for (const r of results) {
    if (r.ok) continue;
    const check = checks[r.id];
    const where = check === undefined ? `${at(block.line)} (end of block)` : `${at(check.line)} \`// ${check.comment}\``;
    if (r.unclaimed !== undefined) failures.push(`${where}: printed lines no \`// prints\` claims: ${JSON.stringify(r.unclaimed)}`);
    else failures.push(`${where}: got ${r.got ?? ''}, the comment says ${r.want ?? ''}`);
  }
  const seen = new Set(results.map((r) => r.id));
  for (const [id, c] of checks.entries()) if (!seen.has(id)) failures.push(`${at(c.line)} \`// ${c.comment}\`: never checked`);
  return { checks, failures };
}
