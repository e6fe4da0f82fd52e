/**
 * English words of the add-in's ribbon command outcome: the keys of the Vietnamese table.
 */
import type { COMMAND_VI } from '../vi/command.js';

export const COMMAND_EN = {
  done: 'Consolidated {period} into the «Tổng hợp» sheet ({errors} errors, {warnings} warnings: see the «Kiểm tra» sheet).',
  errors: 'Could not consolidate {period}: the workbook has {errors} errors. See the «Kiểm tra» sheet or open the hoptac panel.',
} as const satisfies Record<keyof typeof COMMAND_VI, string>;
