/** The directory data the case builder reads: the site's own /data/case/<language>.json, named by the page (src/lib/case/directory-data.ts). */
import type { CaseCompany, CaseDirectory } from '../../lib/case/directory';
import { byId } from './dom';

/** Empty until loadDirectory() has read the file; an ES module binding, so importers see the loaded value. */
export let directory: CaseDirectory = { companies: [], tactics: [] };

/** Reads the directory file the page names. Without it (offline, say) the builder still works, with no company matched. */
export async function loadDirectory(): Promise<void> {
  try {
    const response = await fetch(byId('case-app').dataset.directory!);
    if (response.ok) directory = (await response.json()) as CaseDirectory;
  } catch {
    // Keep the empty directory: cases, letters and the log do not need it.
  }
}

export function companyById(id: string): CaseCompany | undefined {
  return id ? directory.companies.find((company) => company.id === id) : undefined;
}
