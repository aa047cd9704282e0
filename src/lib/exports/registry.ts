/** The JSON exports by name: their zod schema, where their JSON Schema is published, and how it describes itself. */
import type { z } from 'astro/zod';
import { bodiesDocumentSchema, companiesDocumentSchema, sourcesDocumentSchema, tacticsDocumentSchema } from './schemas';
import { DATA_PATHS } from './version';

export const EXPORT_SCHEMAS = {
  companies: {
    schema: companiesDocumentSchema,
    path: DATA_PATHS.companies,
    schemaPath: DATA_PATHS.companiesSchema,
    title: 'Beyond No companies',
    description: 'Every company in the Beyond No directory, with every contact (current, unverified, superseded, retired), known scam numbers, values looked for and not found, and the id of the source for each value.',
  },
  tactics: {
    schema: tacticsDocumentSchema,
    path: DATA_PATHS.tactics,
    schemaPath: DATA_PATHS.tacticsSchema,
    title: 'Beyond No tactics',
    description: 'Every escalation tactic in the Beyond No playbook: its place on the ladder, steps, words to say, real story, risks, laws and sources.',
  },
  bodies: {
    schema: bodiesDocumentSchema,
    path: DATA_PATHS.bodies,
    schemaPath: DATA_PATHS.bodiesSchema,
    title: 'Beyond No complaint bodies',
    description: 'Every complaint body above the companies (regulators, ombudsmen, complaint boards, consumer councils, small-claims courts), by country: what each handles, what you must have done before going to it, its fee, deadlines and sourced contacts.',
  },
  sources: {
    schema: sourcesDocumentSchema,
    path: DATA_PATHS.sources,
    schemaPath: DATA_PATHS.sourcesSchema,
    title: 'Beyond No sources',
    description: 'Every article, filing or page that a fact in Beyond No cites, by the id the other exports use.',
  },
} satisfies Record<string, { schema: z.ZodType; path: string; schemaPath: string; title: string; description: string }>;

export type ExportName = keyof typeof EXPORT_SCHEMAS;
