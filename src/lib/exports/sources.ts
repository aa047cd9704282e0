/** /data/sources.json: every source a fact cites, by the id the other exports use. */
import type { Source } from '../../schemas/source';
import type { SourcesDocument } from './schemas';
import { DATA_PATHS, SCHEMA_VERSION } from './version';

export interface SourceInput {
  id: string;
  data: Source;
}

export function sourcesDocument(sources: Iterable<SourceInput>, site: URL): SourcesDocument {
  const url = (path: string) => new URL(path, site).href;
  return {
    $schema: url(DATA_PATHS.sourcesSchema),
    schemaVersion: SCHEMA_VERSION,
    site: url('/'),
    sources: [...sources].sort((a, b) => a.id.localeCompare(b.id)).map((source) => ({ id: source.id, ...source.data })),
  };
}
