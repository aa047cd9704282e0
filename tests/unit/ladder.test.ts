import { describe, expect, it } from 'vitest';
import {
  groupByRung,
  groupByStage,
  nextStage,
  RUNG_STAGE,
  RUNGS,
  rungIndex,
  STAGES,
  stageIndex,
  type Placed,
  type Rung,
  type Stage,
} from '../../src/lib/directory/ladder';

describe('STAGES', () => {
  it('climbs from preparing to the card issuer and regulators', () => {
    expect(STAGES).toEqual(['prepare', 'front-line', 'supervisor', 'social', 'executive', 'headquarters', 'card-and-regulators']);
  });

  it('indexes each stage by its place', () => {
    expect(stageIndex('prepare')).toBe(0);
    expect(stageIndex('supervisor')).toBe(2);
    expect(stageIndex('card-and-regulators')).toBe(6);
  });
});

describe('nextStage', () => {
  it('answers the stage above', () => {
    expect(nextStage('prepare')).toBe('front-line');
    expect(nextStage('front-line')).toBe('supervisor');
    expect(nextStage('headquarters')).toBe('card-and-regulators');
  });

  it('answers undefined at the top of the ladder', () => {
    expect(nextStage('card-and-regulators')).toBeUndefined();
  });

  it('visits every stage once when followed from the bottom', () => {
    const climbed: Stage[] = [];
    for (let stage: Stage | undefined = 'prepare'; stage; stage = nextStage(stage)) climbed.push(stage);
    expect(climbed).toEqual([...STAGES]);
  });
});

describe('rungs', () => {
  it('orders rungs from the front line to headquarters', () => {
    expect(rungIndex('front-line')).toBe(0);
    expect(rungIndex('disputes')).toBeLessThan(rungIndex('social'));
    expect(rungIndex('headquarters')).toBe(RUNGS.length - 1);
  });

  it('maps every rung onto a stage, in ladder order', () => {
    const stages = RUNGS.map((rung) => stageIndex(RUNG_STAGE[rung]));
    expect(stages).toEqual([...stages].sort((a, b) => a - b));
    expect(RUNG_STAGE.escalation).toBe('supervisor');
    expect(RUNG_STAGE.disputes).toBe('supervisor');
  });
});

describe('groupByStage', () => {
  const tactic = (title: string, stage: Stage, order: number): Placed & { id: string } => ({ id: title.toLowerCase(), title, stage, order });

  it('keeps every stage, in order, even with no tactics on it', () => {
    const groups = groupByStage([tactic('Stay calm', 'front-line', 0)]);
    expect(groups.map((g) => g.stage)).toEqual([...STAGES]);
    expect(groups.filter((g) => g.items.length === 0)).toHaveLength(STAGES.length - 1);
  });

  it('returns every stage empty for no tactics', () => {
    const groups = groupByStage([]);
    expect(groups).toHaveLength(STAGES.length);
    expect(groups.every((g) => g.items.length === 0)).toBe(true);
  });

  it('puts each tactic on its own stage', () => {
    const groups = groupByStage([tactic('Write to headquarters', 'headquarters', 0), tactic('Gather the facts', 'prepare', 0)]);
    expect(groups.find((g) => g.stage === 'prepare')?.items.map((t) => t.title)).toEqual(['Gather the facts']);
    expect(groups.find((g) => g.stage === 'headquarters')?.items.map((t) => t.title)).toEqual(['Write to headquarters']);
  });

  it('sorts within a stage by order, then by title', () => {
    const groups = groupByStage([
      tactic('Watch your tone', 'front-line', 2),
      tactic('Quote the warranty', 'front-line', 6),
      tactic('Stay calm', 'front-line', 1),
      tactic('Be reasonable', 'front-line', 2),
      tactic('Ask what they would do', 'front-line', 1),
    ]);
    expect(groups.find((g) => g.stage === 'front-line')?.items.map((t) => t.title)).toEqual([
      'Ask what they would do',
      'Stay calm',
      'Be reasonable',
      'Watch your tone',
      'Quote the warranty',
    ]);
  });

  it('keeps the extra fields of each item', () => {
    const [prepare] = groupByStage([tactic('Gather the facts', 'prepare', 0)]);
    expect(prepare?.items[0]?.id).toBe('gather the facts');
  });
});

describe('groupByRung', () => {
  const contact = (label: string, rung: Rung) => ({ label, rung });

  it('drops empty rungs and keeps the rest in ladder order', () => {
    const groups = groupByRung([contact('HQ', 'headquarters'), contact('Customer line', 'front-line'), contact('Disputes', 'disputes')]);
    expect(groups.map((g) => g.rung)).toEqual(['front-line', 'disputes', 'headquarters']);
  });

  it('keeps contacts on one rung in the order given', () => {
    const groups = groupByRung([contact('Fax', 'headquarters'), contact('Phone', 'front-line'), contact('Letter', 'headquarters')]);
    expect(groups.find((g) => g.rung === 'headquarters')?.contacts.map((c) => c.label)).toEqual(['Fax', 'Letter']);
  });

  it('answers no groups for no contacts', () => {
    expect(groupByRung([])).toEqual([]);
  });
});
