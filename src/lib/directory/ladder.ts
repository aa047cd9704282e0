/**
 * The escalation ladder: the order in which a person climbs past "no".
 * Tactics sit on a stage; directory contacts sit on a rung, and each rung maps
 * to the stage where that contact is the one to use.
 */

export const STAGES = [
  'prepare',
  'front-line',
  'supervisor',
  'social',
  'executive',
  'headquarters',
  'card-and-regulators',
] as const;
export type Stage = (typeof STAGES)[number];

export const RUNGS = ['front-line', 'escalation', 'disputes', 'social', 'executive', 'headquarters'] as const;
export type Rung = (typeof RUNGS)[number];

/** Where on the ladder a contact of each rung is the one to reach for. */
export const RUNG_STAGE: Record<Rung, Stage> = {
  'front-line': 'front-line',
  escalation: 'supervisor',
  disputes: 'supervisor',
  social: 'social',
  executive: 'executive',
  headquarters: 'headquarters',
};

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export function rungIndex(rung: Rung): number {
  return RUNGS.indexOf(rung);
}

/** The stage after this one, or undefined at the top of the ladder. */
export function nextStage(stage: Stage): Stage | undefined {
  return STAGES[stageIndex(stage) + 1];
}

export interface Placed {
  stage: Stage;
  order: number;
  title: string;
}

/** Groups items by stage in ladder order, each group sorted by its order then title; empty stages are kept. */
export function groupByStage<T extends Placed>(items: readonly T[]): { stage: Stage; items: T[] }[] {
  return STAGES.map((stage) => ({
    stage,
    items: items
      .filter((item) => item.stage === stage)
      .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
  }));
}

/** Groups contacts by rung in ladder order, dropping empty rungs. */
export function groupByRung<T extends { rung: Rung }>(contacts: readonly T[]): { rung: Rung; contacts: T[] }[] {
  return RUNGS.map((rung) => ({ rung, contacts: contacts.filter((c) => c.rung === rung) })).filter(
    (group) => group.contacts.length > 0,
  );
}
