import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * `#i18n` for unit tests: the real en-GB strings, with browser.i18n's $1…$9 substitutions and
 * @wxt-dev/i18n's plural forms, so tests see the wording people read.
 */
const messages: Record<string, unknown> = parse(readFileSync(new URL('../../lib/i18n/locales/en_GB.yml', import.meta.url), 'utf8'));

function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

function t(key: string, ...args: unknown[]): string {
  let value = lookup(key);
  const count = args.find((a) => typeof a === 'number') as number | undefined;
  let subs = args.find(Array.isArray) as unknown[] | undefined;
  if (count !== undefined && !subs) subs = [count];
  if (value && typeof value === 'object') {
    const forms = value as Record<string, string>;
    value = (count === 0 && forms['0']) || (count === 1 && forms['1']) || forms.n;
  }
  if (typeof value !== 'string') throw new Error(`no message ${key}`);
  return value.replace(/\$(\d)/g, (_, n) => String(subs?.[Number(n) - 1] ?? '')).replace(/\$\$/g, '$');
}

export const i18n = { t };
