/** The directory data the case builder reads: the site's own /data/case/<language>.json, named by the page (src/lib/case/directory-data.ts). */
import type { CaseCompany, CaseDirectory } from '../../lib/case/directory';
import type { CaseTexts } from '../../lib/case/texts-data';
import { byId } from './dom';

/** Empty until loadDirectory() has read the file; an ES module binding, so importers see the loaded value. */
export let directory: CaseDirectory = { companies: [], tactics: [] };

/** The texts' words in each language and Israel's rest days; undefined until read, or when the file could not be. */
export let texts: CaseTexts | undefined;

async function readJson<T>(url: string): Promise<T | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the directory and texts files the page names, side by side. Without
 * the directory (offline, say) the builder still works, with no company
 * matched; without the texts file each text says it could not load.
 */
export async function loadDirectory(): Promise<void> {
  const app = byId('case-app');
  const [read, readTexts] = await Promise.all([readJson<CaseDirectory>(app.dataset.directory!), readJson<CaseTexts>(app.dataset.texts!)]);
  if (read) directory = read;
  texts = readTexts;
}

export function companyById(id: string): CaseCompany | undefined {
  return id ? directory.companies.find((company) => company.id === id) : undefined;
}
