/**
 * Where a case stands on the escalation ladder, read from its call log, and
 * what comes next for this company: the next stage, its tactics, and the
 * company's own contacts on the rungs that serve it.
 */
import { RUNGS, RUNG_STAGE, nextStage, stageIndex, type Rung, type Stage } from '../directory/ladder';
import { contactsOn, type CaseCompany, type CaseContact, type CaseTactic } from './directory';
import type { LogEntry } from './model';

/** The highest stage the log reached; "prepare" before the first contact. */
export function currentStage(log: readonly LogEntry[]): Stage {
  return log.reduce<Stage>((highest, entry) => (stageIndex(entry.stage) > stageIndex(highest) ? entry.stage : highest), 'prepare');
}

/** The directory rungs whose contacts belong to a stage (escalation and disputes both serve "supervisor"). */
export function rungsForStage(stage: Stage): Rung[] {
  return RUNGS.filter((rung) => RUNG_STAGE[rung] === stage);
}

export interface NextStep {
  current: Stage;
  /** Undefined at the top of the ladder. */
  next?: Stage;
  tactics: CaseTactic[];
  contacts: CaseContact[];
}

export function nextStep(log: readonly LogEntry[], company: CaseCompany | undefined, tactics: readonly CaseTactic[]): NextStep {
  const current = currentStage(log);
  const next = nextStage(current);
  if (!next) return { current, tactics: [], contacts: [] };
  return {
    current,
    next,
    tactics: tactics.filter((t) => t.stage === next),
    contacts: contactsOn(company, rungsForStage(next)),
  };
}
