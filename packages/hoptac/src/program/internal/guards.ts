/**
 * Guards of hoptac/program's functions against wrong types from plain JavaScript: a program file
 * or a program that did not come from `loadPrograms`, a period that is neither text nor a period
 * value. Each throws `invalid-argument` naming the function and the field.
 *
 * This file is the folder's entry: program/internal/ holds hoptac/program's private helpers
 * (guards, dates, spans, overlaps, input issues, canonical JSON, sha256). program/ imports them;
 * so do the workbook snapshots (canonical JSON and the hash), and nothing else.
 */
import { argumentError, expectCode } from '../../internal/args.js';
import { isPeriod } from '../../period/guard.js';
import { parse as parsePeriod } from '../../period/parse.js';
import type { Period } from '../../period/types.js';
import type { Board, Program, ProgramFile } from '../types.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isProgram(v: unknown): v is Program {
  return isObject(v) && typeof v['code'] === 'string' && typeof v['period'] === 'string' && Array.isArray(v['parties']) && Array.isArray(v['obligations']) && Array.isArray(v['reviews']);
}

function isProgramFile(v: unknown): v is ProgramFile {
  return isObject(v) && Array.isArray(v['boards']) && Array.isArray(v['legalBases']) && Array.isArray(v['programs']) && v['programs'].every(isProgram);
}

export function expectProgramFile(fn: string, field: string, v: unknown): asserts v is ProgramFile {
  if (!isProgramFile(v)) throw argumentError(fn, field, 'program-file', v);
}

/** A program, an array of programs or a program file. */
export function expectPrograms(fn: string, field: string, v: unknown): asserts v is Program | readonly Program[] | ProgramFile {
  if (!(Array.isArray(v) ? v.every(isProgram) : isProgram(v) || isProgramFile(v))) throw argumentError(fn, field, 'program', v);
}

export function expectBoards(fn: string, field: string, v: unknown): asserts v is readonly Board[] {
  if (!Array.isArray(v) || !v.every((b) => isObject(b) && typeof b['code'] === 'string')) throw argumentError(fn, field, 'board-list', v);
}

/** A period from its text or a period value. */
export function periodArgument(fn: string, field: string, v: unknown): Period {
  if (typeof v === 'string') return parsePeriod(v);
  if (isPeriod(v)) return v;
  throw argumentError(fn, field, 'period', v);
}

export { expectCode };
