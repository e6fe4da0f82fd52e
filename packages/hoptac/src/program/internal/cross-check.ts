/**
 * Private: the cross-reference checks of a program file that its schema cannot make (codes that
 * must exist, be unique, not loop), each problem at its path in the catalogue's words
 * (`program-input.*`).
 */
import type { ErrorIssue } from '../../errors.js';
import { parseDate, startDay } from './dates.js';
import { type CrossCheckKey, crossCheckIssue } from './input-issues.js';
import type { ParsedProgramFile } from '../load.js';

export function crossCheck(d: ParsedProgramFile): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const add = (path: (string | number)[], key: CrossCheckKey, params: Readonly<Record<string, string>> = {}) => issues.push(crossCheckIssue(path, key, params));
  const boards = new Map<string, (typeof d.boards)[number]>();
  d.boards.forEach((b, i) => {
    if (boards.has(b.code)) add(['boards', i, 'code'], 'duplicate-board', { code: b.code });
    else boards.set(b.code, b);
  });
  d.boards.forEach((b, i) => {
    if (b.successor !== undefined) {
      if (b.successor === b.code) add(['boards', i, 'successor'], 'board-own-successor');
      else if (!boards.has(b.successor)) add(['boards', i, 'successor'], 'successor-not-board', { code: b.successor });
    }
    if (b.validFrom !== undefined && b.validUntil !== undefined && startDay(parseDate(b.validFrom)!) > startDay(parseDate(b.validUntil)!)) {
      add(['boards', i, 'validUntil'], 'valid-until-before', { until: b.validUntil, from: b.validFrom });
    }
  });
  // successor loops
  d.boards.forEach((b, i) => {
    const seen = new Set<string>([b.code]);
    let next = b.successor;
    while (next !== undefined) {
      if (seen.has(next)) {
        if (next === b.code && b.successor !== b.code) add(['boards', i, 'successor'], 'successor-loop', { code: b.code });
        break;
      }
      seen.add(next);
      next = boards.get(next)?.successor;
    }
  });
  const bases = new Set<string>();
  d.legalBases.forEach((l, i) => {
    if (bases.has(l.code)) add(['legalBases', i, 'code'], 'duplicate-basis', { code: l.code });
    bases.add(l.code);
  });
  d.legalBases.forEach((l, i) => {
    if (l.replacedBy !== undefined && !bases.has(l.replacedBy)) add(['legalBases', i, 'replacedBy'], 'basis-unknown', { code: l.replacedBy });
  });
  const programs = new Set<string>();
  d.programs.forEach((p, i) => {
    if (programs.has(p.code)) add(['programs', i, 'code'], 'duplicate-program', { code: p.code });
    programs.add(p.code);
  });
  d.programs.forEach((p, i) => {
    const at = (...rest: (string | number)[]) => ['programs', i, ...rest];
    const parties = new Set<string>();
    p.parties.forEach((code, j) => {
      if (!boards.has(code)) add(at('parties', j), 'party-not-board', { code });
      if (parties.has(code)) add(at('parties', j), 'party-twice', { code });
      parties.add(code);
    });
    for (const rel of ['predecessor', 'successor'] as const) {
      const other = p[rel];
      if (other === undefined) continue;
      if (other === p.code) add(at(rel), rel === 'predecessor' ? 'own-predecessor' : 'own-successor');
      else if (!programs.has(other)) add(at(rel), rel === 'predecessor' ? 'predecessor-unknown' : 'successor-unknown', { code: other });
    }
    p.legalBases.forEach((code, j) => {
      if (!bases.has(code)) add(at('legalBases', j), 'not-in-legal-bases', { code });
    });
    p.areas.forEach((a, j) =>
      a.responsibilities.forEach((r, k) => {
        if (!parties.has(r.party)) add(at('areas', j, 'responsibilities', k, 'party'), 'not-a-party', { code: r.party, program: p.code });
      }),
    );
    p.obligations.forEach((o, j) =>
      o.parties?.forEach((code, k) => {
        if (!parties.has(code)) add(at('obligations', j, 'parties', k), 'not-a-party', { code, program: p.code });
      }),
    );
    p.reviews.forEach((r, j) => {
      if (r.host !== undefined && !boards.has(r.host)) add(at('reviews', j, 'host'), 'host-not-board', { code: r.host });
    });
  });
  return issues;
}
