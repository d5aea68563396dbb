import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/engine/check';
import { CHROME_EXTENSION_ID, CHROME_PUBLIC_KEY } from '../../lib/identity';
import { getPack } from '../../lib/packs';

describe('extension identity', () => {
  it('the documented Chrome id is the one Chrome derives from the manifest key', () => {
    const hex = createHash('sha256').update(Buffer.from(CHROME_PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
    expect([...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('')).toBe(CHROME_EXTENSION_ID);
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain(CHROME_EXTENSION_ID);
  });

  it("the e2e policy sentence needs the organisation's name to get the disclaimer note", () => {
    const text = 'Proud of everyone at Wexcombe today, the Project Falcon launch went well';
    const ids = (organisationNames?: string[]) =>
      check(text, { pack: getPack('common'), platform: 'facebook', account: 'personal', organisationNames, settings: { extraConfidentialTerms: organisationNames ? ['Project Falcon'] : [] } }).map((f) => f.ruleId);
    expect(ids()).not.toContain('disclaimer.personal-views');
    expect(ids()).not.toContain('organisation.confidential-terms');
    expect(ids(['Wexcombe'])).toEqual(expect.arrayContaining(['disclaimer.personal-views', 'organisation.confidential-terms']));
  });
});

describe('docs/deployment.md', () => {
  it('its JSON policy examples decode with no diagnostics, under the documented ids', async () => {
    const { decodeManaged } = await import('../../lib/settings/managed');
    const doc = readFileSync(new URL('../../docs/deployment.md', import.meta.url), 'utf8');
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
    const chrome = blocks.find((b) => b['3rdparty'])?.['3rdparty'].extensions[CHROME_EXTENSION_ID];
    const firefox = blocks.find((b) => b.policies)?.policies['3rdparty'].Extensions['postwise@postwise.org.uk'];
    for (const settings of [chrome, firefox]) expect(decodeManaged(settings).diagnostics).toEqual([]);
    expect(decodeManaged(chrome).policy.customRules).toHaveLength(1);
  });
});
