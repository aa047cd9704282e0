/**
 * JSON Schema (draft 2020-12) for an export, generated from its zod schema
 * with zod's own z.toJSONSchema. The export holds parsed values, so the schema
 * describes zod's output side (io: 'output'). zod cannot describe a
 * transform's output, so each transform is given its output schema here, and
 * any other transform fails loudly instead of becoming an empty schema that
 * accepts anything.
 */
import { z } from 'astro/zod';
import { isoDate } from '../../schemas/date';
import { phoneNumber } from '../../schemas/phone';
import { parsedPhoneSchema } from './schemas';

/** The output of every transform an export may contain. */
const TRANSFORM_OUTPUTS = new Map<unknown, z.ZodType>([[phoneNumber, parsedPhoneSchema]]);

/** A date as content writes it: a whole day, or only the month or year when the source gives no more. */
const ISO_DATE = {
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  description: 'A date written as YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no finer date.',
};

type JsonSchema = Record<string, unknown>;

export function exportJsonSchema(schema: z.ZodType, meta: { id: string; title: string; description: string }): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'output',
    // Transforms come out as {} and are filled in by override; assertRepresented catches any that are not.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const output = TRANSFORM_OUTPUTS.get(zodSchema);
      if (output) {
        const { $schema: _drop, ...replacement } = z.toJSONSchema(output, { target: 'draft-2020-12', io: 'output' });
        for (const key of Object.keys(jsonSchema)) delete (jsonSchema as JsonSchema)[key];
        Object.assign(jsonSchema, replacement);
      }
      if (zodSchema === isoDate) Object.assign(jsonSchema, ISO_DATE);
    },
  }) as JsonSchema;
  assertRepresented(generated, '#');
  const { $schema, ...rest } = generated;
  return { $schema, $id: meta.id, title: meta.title, description: meta.description, ...rest };
}

const SUBSCHEMA_LISTS = ['oneOf', 'anyOf', 'allOf', 'prefixItems'] as const;
const SUBSCHEMA_MAPS = ['properties', '$defs', 'patternProperties'] as const;
const SUBSCHEMAS = ['items', 'additionalProperties', 'not', 'contains'] as const;

/** Throws when any subschema is {} (accepts anything): a value zod could not describe. */
export function assertRepresented(schema: unknown, path: string): void {
  if (typeof schema !== 'object' || schema === null) return;
  const node = schema as JsonSchema;
  if (Object.keys(node).length === 0) throw new Error(`export schema: nothing describes the value at ${path} (an unmapped transform?)`);
  for (const key of SUBSCHEMA_LISTS) {
    (node[key] as unknown[] | undefined)?.forEach((sub, i) => assertRepresented(sub, `${path}/${key}/${i}`));
  }
  for (const key of SUBSCHEMA_MAPS) {
    for (const [name, sub] of Object.entries((node[key] as JsonSchema | undefined) ?? {})) assertRepresented(sub, `${path}/${key}/${name}`);
  }
  for (const key of SUBSCHEMAS) {
    if (typeof node[key] === 'object') assertRepresented(node[key], `${path}/${key}`);
  }
}
