/** /data/bodies.json: every complaint body with every field, as the content gives it after parsing. */
import type { Body } from '../../schemas/body';
import type { BodiesDocument } from './schemas';
import { bodyPagePath, DATA_PATHS, SCHEMA_VERSION } from './version';

export interface BodyInput {
  id: string;
  data: Body;
  body?: string | undefined;
}

export function bodiesDocument(bodies: readonly BodyInput[], site: URL): BodiesDocument {
  const url = (path: string) => new URL(path, site).href;
  return {
    $schema: url(DATA_PATHS.bodiesSchema),
    schemaVersion: SCHEMA_VERSION,
    site: url('/'),
    bodies: bodies.map((entry) => ({ id: entry.id, url: url(bodyPagePath(entry.id)), ...entry.data, body: entry.body ?? '' })),
  };
}
