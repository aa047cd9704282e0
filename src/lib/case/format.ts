/**
 * The versioned case file: what an export writes and what an import reads, and
 * how cases were stored in localStorage before each field got its own key
 * (store.ts still reads such a case). One envelope, so an exported case and an
 * imported one are checked the same way.
 *
 *   { "format": "beyond-no.case", "version": 2, "exportedAt"?: "…", "case": { … } }
 */
import type { CaseRecord } from './model';
import { slug } from './slug';
import { checkCaseRecord, type Invalid } from './validate';

export const CASE_FORMAT = 'beyond-no.case';
/** 2 added the Norwegian and Israeli letters' fields; a version 1 file reads them as blank. */
export const CASE_FORMAT_VERSION = 2;
/** Far above any real case; refuses a wrong file before parsing megabytes of it. */
export const MAX_FILE_BYTES = 2_000_000;

export interface CaseFile {
  format: typeof CASE_FORMAT;
  version: number;
  exportedAt?: string;
  case: CaseRecord;
}

export type ReadError =
  | { kind: 'too-large' }
  | { kind: 'not-json' }
  | { kind: 'foreign' }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; invalid: Invalid };

export type ReadResult = { ok: true; record: CaseRecord; exportedAt?: string } | { ok: false; error: ReadError };

/** The file text for a case; two-space indented so a person can read it too. */
export function writeCaseFile(record: CaseRecord, exportedAt?: string): string {
  const file: CaseFile = { format: CASE_FORMAT, version: CASE_FORMAT_VERSION, ...(exportedAt ? { exportedAt } : {}), case: record };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a case file, refusing anything that is not exactly a case of a version this page knows. */
export function readCaseFile(text: string): ReadResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: { kind: 'too-large' } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, error: { kind: 'foreign' } };
  const file = parsed as Record<string, unknown>;
  if (file.format !== CASE_FORMAT) return { ok: false, error: { kind: 'foreign' } };
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return { ok: false, error: { kind: 'invalid', invalid: { path: 'version', problem: 'is not a version number' } } };
  }
  if (file.version > CASE_FORMAT_VERSION) return { ok: false, error: { kind: 'newer', version: file.version } };
  const unknownKey = Object.keys(file).find((key) => !['format', 'version', 'exportedAt', 'case'].includes(key));
  if (unknownKey) return { ok: false, error: { kind: 'invalid', invalid: { path: unknownKey, problem: 'is not a field of a case file' } } };
  if (file.exportedAt !== undefined && (typeof file.exportedAt !== 'string' || Number.isNaN(Date.parse(file.exportedAt)))) {
    return { ok: false, error: { kind: 'invalid', invalid: { path: 'exportedAt', problem: 'is not a timestamp' } } };
  }
  const checked = checkCaseRecord(file.case);
  if (!checked.ok) return { ok: false, error: { kind: 'invalid', invalid: checked.invalid } };
  return { ok: true, record: checked.value, ...(typeof file.exportedAt === 'string' ? { exportedAt: file.exportedAt } : {}) };
}

/** A file name for an exported case: its name in plain letters, and the day. */
export function caseFileName(record: CaseRecord, day: string): string {
  return `beyond-no-case-${slug(record.name) || 'untitled'}-${day}.json`;
}
