/**
 * Checks that an unknown value is a case this version reads, field by field.
 * Hand-written rather than a schema library so the page ships no validator
 * runtime. Strict on purpose: an unknown key means a foreign or newer file, and
 * refusing it is what lets an import give back exactly what was exported.
 */
import { isIsoDay } from './days';
import { DATE_FIELDS, FACT_FIELDS, FACT_FIELDS_SINCE_V2, LOG_CHANNELS, LOG_FIELDS, LOG_STAGES, type CaseRecord, type LogEntry } from './model';

/** What was wrong and where, e.g. { path: "facts.statementDate", problem: "is not a real date" }. */
export interface Invalid {
  path: string;
  problem: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; invalid: Invalid };

export const LIMITS = {
  /** Longest text in one field: a long letter's worth. */
  text: 20_000,
  name: 200,
  logEntries: 1_000,
} as const;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

class Refused extends Error {
  constructor(readonly invalid: Invalid) {
    super(`${invalid.path} ${invalid.problem}`);
  }
}

function refuse(path: string, problem: string): never {
  throw new Refused({ path, problem });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Refuses a missing key and a key this version does not know. */
function exactKeys(value: Record<string, unknown>, keys: readonly string[], path: string): void {
  for (const key of keys) if (!Object.hasOwn(value, key)) refuse(path ? `${path}.${key}` : key, 'is missing');
  for (const key of Object.keys(value)) if (!keys.includes(key)) refuse(path ? `${path}.${key}` : key, 'is not a field of a case');
}

function text(value: unknown, path: string, max: number = LIMITS.text): string {
  if (typeof value !== 'string') refuse(path, 'is not text');
  if (value.length > max) refuse(path, `is longer than ${max} characters`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) refuse(path, `is not one of ${allowed.join(', ')}`);
  return value as T;
}

function pattern(value: unknown, re: RegExp, path: string, problem: string): string {
  if (typeof value !== 'string' || !re.test(value)) refuse(path, problem);
  return value;
}

function optionalDay(value: unknown, path: string): string {
  const day = text(value, path, 10);
  if (day !== '' && !isIsoDay(day)) refuse(path, 'is not a real date written as YYYY-MM-DD');
  return day;
}

function timestamp(value: unknown, path: string): string {
  const stamp = pattern(value, TIMESTAMP, path, 'is not a timestamp such as 2024-03-01T10:00:00.000Z');
  if (Number.isNaN(Date.parse(stamp)) || new Date(stamp).toISOString() !== stamp) refuse(path, 'is not a real moment');
  return stamp;
}

function logEntry(value: unknown, path: string): LogEntry {
  if (!isObject(value)) refuse(path, 'is not an object');
  exactKeys(value, ['id', ...LOG_FIELDS], path);
  const time = text(value.promisedTime, `${path}.promisedTime`, 5);
  if (time !== '' && !TIME.test(time)) refuse(`${path}.promisedTime`, 'is not a time written as HH:MM');
  return {
    id: pattern(value.id, ID, `${path}.id`, 'is not an id'),
    date: optionalDay(value.date, `${path}.date`),
    channel: oneOf(value.channel, LOG_CHANNELS, `${path}.channel`),
    stage: oneOf(value.stage, LOG_STAGES, `${path}.stage`),
    who: text(value.who, `${path}.who`),
    reference: text(value.reference, `${path}.reference`),
    promised: text(value.promised, `${path}.promised`),
    promisedBy: optionalDay(value.promisedBy, `${path}.promisedBy`),
    promisedTime: time,
  };
}

const CASE_KEYS = ['id', 'name', 'createdAt', 'updatedAt', 'companyId', 'facts', 'log'] as const;
const DAY_FACTS: readonly string[] = DATE_FIELDS;

function caseRecord(value: unknown, path: string): CaseRecord {
  if (!isObject(value)) refuse(path, 'is not an object');
  exactKeys(value, CASE_KEYS, path);
  const facts = value.facts;
  if (!isObject(facts)) refuse(`${path}.facts`, 'is not an object');
  // A case written before version 2 lacks the fields added then: they are blank.
  for (const field of FACT_FIELDS_SINCE_V2) if (!Object.hasOwn(facts, field)) facts[field] = '';
  exactKeys(facts, FACT_FIELDS, `${path}.facts`);
  const checkedFacts = Object.fromEntries(
    FACT_FIELDS.map((field) => {
      const at = `${path}.facts.${field}`;
      return [field, DAY_FACTS.includes(field) ? optionalDay(facts[field], at) : text(facts[field], at)];
    }),
  ) as CaseRecord['facts'];
  if (!Array.isArray(value.log)) refuse(`${path}.log`, 'is not a list');
  if (value.log.length > LIMITS.logEntries) refuse(`${path}.log`, `has more than ${LIMITS.logEntries} entries`);
  const log = value.log.map((entry, index) => logEntry(entry, `${path}.log[${index}]`));
  const ids = new Set<string>();
  log.forEach((entry, index) => {
    if (ids.has(entry.id)) refuse(`${path}.log[${index}].id`, 'repeats another entry’s id');
    ids.add(entry.id);
  });
  const companyId = text(value.companyId, `${path}.companyId`, 100);
  if (companyId !== '' && !/^[a-z0-9-]+$/.test(companyId)) refuse(`${path}.companyId`, 'is not a company id');
  const createdAt = timestamp(value.createdAt, `${path}.createdAt`);
  const updatedAt = timestamp(value.updatedAt, `${path}.updatedAt`);
  if (updatedAt < createdAt) refuse(`${path}.updatedAt`, 'is earlier than createdAt');
  return {
    id: pattern(value.id, ID, `${path}.id`, 'is not an id'),
    name: text(value.name, `${path}.name`, LIMITS.name),
    createdAt,
    updatedAt,
    companyId,
    facts: checkedFacts,
    log,
  };
}

/** Checks a parsed value as a case record; `path` names it in messages ("case"). */
export function checkCaseRecord(value: unknown, path = 'case'): Checked<CaseRecord> {
  try {
    return { ok: true, value: caseRecord(value, path) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, invalid: error.invalid };
    throw error;
  }
}
