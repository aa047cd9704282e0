import { describe, expect, it } from 'vitest';
import { currentStage, nextStep, rungsForStage } from '../../../src/lib/case/ladder';
import { filledCase, united } from './fixtures';

const tactics = [
  { id: 'escalate-to-a-supervisor', title: 'Escalate to a supervisor', stage: 'supervisor' as const },
  { id: 'go-public-on-social-media', title: 'Go public on social media', stage: 'social' as const },
];

describe('the case on the ladder', () => {
  it('starts at "prepare" and rises to the highest rung in the log, whatever the order', () => {
    expect(currentStage([])).toBe('prepare');
    const log = filledCase().log;
    expect(currentStage(log)).toBe('supervisor');
    expect(currentStage([...log].reverse())).toBe('supervisor');
  });

  it('names the next rung, its tactics and this company’s contacts on it', () => {
    const step = nextStep(filledCase().log, united, tactics);
    expect(step.current).toBe('supervisor');
    expect(step.next).toBe('social');
    expect(step.tactics.map((t) => t.id)).toEqual(['go-public-on-social-media']);
    expect(step.contacts.map((c) => c.value)).toEqual(['@United']);
  });

  it('maps both escalation and disputes contacts to the supervisor stage', () => {
    expect(rungsForStage('supervisor')).toEqual(['escalation', 'disputes']);
    expect(nextStep([{ ...filledCase().log[0]! }], united, tactics).contacts.map((c) => c.label)).toEqual(['Customer Relations by mail']);
  });

  it('has no next rung at the top', () => {
    const top = [{ ...filledCase().log[0]!, stage: 'card-and-regulators' as const }];
    expect(nextStep(top, united, tactics)).toEqual({ current: 'card-and-regulators', tactics: [], contacts: [] });
  });

  it('has no contacts without a directory company', () => {
    expect(nextStep([], undefined, tactics).contacts).toEqual([]);
  });
});
