/** /data/tactics.json: every tactic with every field, its steps as plain text, and its body. */
import type { Tactic } from '../../schemas/tactic';
import { stepsFromMarkdown } from '../content/markdown-steps';
import type { TacticsDocument } from './schemas';
import { DATA_PATHS, SCHEMA_VERSION, tacticPagePath } from './version';

export interface TacticInput {
  id: string;
  data: Tactic;
  body?: string | undefined;
}

export function tacticsDocument(tactics: readonly TacticInput[], site: URL): TacticsDocument {
  const url = (path: string) => new URL(path, site).href;
  return {
    $schema: url(DATA_PATHS.tacticsSchema),
    schemaVersion: SCHEMA_VERSION,
    site: url('/'),
    tactics: tactics.map((tactic) => ({
      id: tactic.id,
      url: url(tacticPagePath(tactic.id)),
      ...tactic.data,
      steps: stepsFromMarkdown(tactic.body ?? ''),
      body: tactic.body ?? '',
    })),
  };
}
