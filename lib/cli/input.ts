import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { accountKindSchema, platformSchema } from '../engine/types';
import { formatIssues } from '../schema-errors';

export const postLineSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    text: z.string(),
    account: accountKindSchema.optional(),
    platform: platformSchema.optional(),
    pack: z.string().optional(),
  })
  .passthrough();
export type PostLine = z.infer<typeof postLineSchema>;

export type InputItem = { line: number; post: PostLine } | { line: number; id?: unknown; error: string };

export function readInput(path: string | undefined): string {
  try {
    return readFileSync(path === undefined || path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(`cannot read ${path ?? 'standard input'}: ${reason}`);
  }
}

/** JSONL if the first non-blank character opens an object; otherwise the whole input is one post. */
export function isJsonl(raw: string, path?: string): boolean {
  return (path?.endsWith('.jsonl') ?? false) || raw.trimStart().startsWith('{');
}

/** One item per non-blank line; a bad line becomes an error item naming the line and field. */
export function parseJsonl(raw: string): InputItem[] {
  const items: InputItem[] = [];
  raw.split(/\r?\n/).forEach((text, i) => {
    const line = i + 1;
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      items.push({ line, error: `line ${line}: not valid JSON (${e instanceof Error ? e.message : e})` });
      return;
    }
    const parsed = postLineSchema.safeParse(value);
    if (parsed.success) items.push({ line, post: parsed.data });
    else
      items.push({
        line,
        id: (value as { id?: unknown } | null)?.id,
        error: `line ${line}: ${formatIssues(parsed.error.issues)}`,
      });
  });
  return items;
}
