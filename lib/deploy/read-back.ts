import { CHROME_EXTENSION_ID, GECKO_ID } from '../identity';
import { chromeManagedSchema } from '../settings/chrome-schema';
import { decodeManaged, type ManagedPolicy } from '../settings/managed';
import { macPayloadTypes, REGISTRY_ROOTS, type TemplateFormat } from './templates';

/**
 * Reads a deployment template back the way the browser does (registry values converted by the
 * managed schema, plist types, the Admin console's {"Value": …} wrapping) and decodes what the
 * extension would find in storage.managed. One result per browser the template configures.
 */
export function readTemplate(format: TemplateFormat, text: string, chromeId = CHROME_EXTENSION_ID): Record<string, ManagedPolicy> {
  const decode = (raw: Record<string, unknown>) => decodeManaged(raw);
  switch (format) {
    case 'chrome-linux': {
      const json = JSON.parse(text) as { '3rdparty'?: { extensions?: Record<string, Record<string, unknown>> } };
      return { chrome: decode(required(json['3rdparty']?.extensions?.[chromeId], `3rdparty.extensions.${chromeId}`)) };
    }
    case 'windows-reg': {
      const keys = parseReg(text);
      const at = (root: string) => required(keys.get(`${root}\\3rdparty\\extensions\\${chromeId}\\policy`), `${root}\\…\\policy`);
      return { chrome: decode(fromRegistry(at(REGISTRY_ROOTS.chrome))), edge: decode(fromRegistry(at(REGISTRY_ROOTS.edge))) };
    }
    case 'macos-mobileconfig': {
      const profile = parsePlist(text) as { PayloadContent?: Record<string, unknown>[] };
      const payload = (type: string) => {
        const p = required(profile.PayloadContent?.find((c) => c.PayloadType === type), `payload ${type}`);
        return Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('Payload')));
      };
      const types = macPayloadTypes(chromeId);
      return { chrome: decode(payload(types.chrome)), edge: decode(payload(types.edge)) };
    }
    case 'firefox': {
      const json = JSON.parse(text) as { policies?: { '3rdparty'?: { Extensions?: Record<string, Record<string, unknown>> } } };
      return { firefox: decode(required(json.policies?.['3rdparty']?.Extensions?.[GECKO_ID], `policies.3rdparty.Extensions.${GECKO_ID}`)) };
    }
    case 'admin-console': {
      const json = JSON.parse(text) as Record<string, { Value?: unknown }>;
      return { chrome: decode(Object.fromEntries(Object.entries(json).map(([k, v]) => [k, v?.Value]))) };
    }
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the template has no ${what}`);
  return value;
}

type RegValue = { kind: 'sz'; value: string } | { kind: 'dword'; value: number };

/** The subset of .reg syntax the templates use: [keys], "name"="string" and "name"=dword:hex. */
export function parseReg(text: string): Map<string, Map<string, RegValue>> {
  const keys = new Map<string, Map<string, RegValue>>();
  let current: Map<string, RegValue> | undefined;
  const lines = text.split(/\r?\n/);
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error('not a .reg file (first line)');
  for (const [n, line] of lines.slice(1).entries()) {
    if (!line.trim()) continue;
    const key = /^\[(.+)\]$/.exec(line);
    if (key) {
      keys.set(key[1], (current = new Map()));
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`.reg line ${n + 2}: cannot read ${JSON.stringify(line.slice(0, 60))}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current.set(unescape(value[1]), value[3] !== undefined ? { kind: 'dword', value: parseInt(value[3], 16) } : { kind: 'sz', value: unescape(value[2]) });
  }
  return keys;
}

/** What Chrome makes of registry values, given the extension's managed schema. */
function fromRegistry(values: Map<string, RegValue>): Record<string, unknown> {
  const schema = chromeManagedSchema().properties ?? {};
  return Object.fromEntries(
    [...values].map(([name, v]) => {
      const type = schema[name]?.type;
      if (v.kind === 'dword') return [name, type === 'boolean' ? v.value !== 0 : v.value];
      if (type === 'array' || type === 'object') {
        try {
          return [name, JSON.parse(v.value)];
        } catch {
          return [name, v.value];
        }
      }
      return [name, v.value];
    }),
  );
}

/** The subset of XML property lists the templates use. */
export function parsePlist(text: string): unknown {
  const tokens = [...text.replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>/g, '').matchAll(/<(\/?)([a-z]+)(?:\s[^>]*?)?(\/?)>|([^<]+)/g)];
  let i = 0;
  const entity = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const skipSpace = () => {
    while (i < tokens.length && tokens[i][4] !== undefined && !tokens[i][4].trim()) i++;
  };
  const text_ = (tag: string) => {
    let out = '';
    while (tokens[i] && tokens[i][4] !== undefined) out += tokens[i++][4];
    if (tokens[i]?.[1] !== '/' || tokens[i][2] !== tag) throw new Error(`plist: <${tag}> not closed`);
    i++;
    return entity(out);
  };
  const value = (): unknown => {
    skipSpace();
    const [, close, tag, selfClosing] = tokens[i++] ?? [];
    if (close || !tag) throw new Error('plist: expected a value');
    if (selfClosing) {
      if (tag === 'true' || tag === 'false') return tag === 'true';
      if (tag === 'array') return [];
      if (tag === 'dict') return {};
      throw new Error(`plist: <${tag}/>`);
    }
    if (tag === 'string' || tag === 'key') return text_(tag);
    if (tag === 'integer') return Number(text_(tag));
    if (tag === 'plist') {
      const v = value();
      skipSpace();
      i++;
      return v;
    }
    if (tag === 'array' || tag === 'dict') {
      const items: unknown[] = [];
      for (;;) {
        skipSpace();
        if (tokens[i]?.[1] === '/' && tokens[i][2] === tag) {
          i++;
          break;
        }
        items.push(value());
      }
      if (tag === 'array') return items;
      const dict: Record<string, unknown> = {};
      for (let k = 0; k < items.length; k += 2) dict[items[k] as string] = items[k + 1];
      return dict;
    }
    throw new Error(`plist: unsupported <${tag}>`);
  };
  return value();
}
