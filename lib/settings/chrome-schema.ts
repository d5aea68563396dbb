import { z } from 'zod';
import { JSON_STRING_KEYS } from './managed';
import { policySchema } from './schema';

/**
 * public/managed_schema.json, derived from the policy schema. Chrome accepts only its own
 * restricted dialect of JSON Schema and refuses to load an extension whose schema it cannot
 * read, so this keeps to type, properties, items and description. Values it cannot express
 * (custom rules) are carried as JSON strings. Exact checks happen in decodeManaged either way.
 */
export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  description?: string;
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
}

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

const CHROME_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

function convert(node: JsonSchema, where: string): ChromeSchema {
  let type = Array.isArray(node.type) ? node.type[0] : node.type;
  if (!type && node.enum) type = typeof node.enum[0] === 'number' ? 'number' : 'string';
  if (!type || !CHROME_TYPES.has(type)) throw new Error(`${where}: no Chrome managed-schema type for ${JSON.stringify(node).slice(0, 80)}`);
  const out: ChromeSchema = { type: type as ChromeSchema['type'] };
  const description = node.description ?? (node.enum ? `One of: ${node.enum.join(', ')}` : undefined);
  if (description) out.description = description;
  if (type === 'object' && node.properties)
    out.properties = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, convert(v, `${where}.${k}`)]));
  if (type === 'array' && node.items) out.items = convert(node.items, `${where}[]`);
  return out;
}

export function chromeManagedSchema(): ChromeSchema {
  const json = z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const properties = Object.fromEntries(
    Object.entries(json.properties ?? {}).map(([key, node]) => [
      key,
      (JSON_STRING_KEYS as readonly string[]).includes(key)
        ? { type: 'string' as const, description: `${node.description ?? key}, as a JSON string (an array of rules)` }
        : convert(node, key),
    ]),
  );
  return { type: 'object', properties };
}

/** The file's exact text, so a test can prove the committed file is the generated one. */
export const chromeManagedSchemaText = () => JSON.stringify(chromeManagedSchema(), null, 2) + '\n';
