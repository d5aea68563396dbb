import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTemplateBlocks } from '../../lib/deploy/doc-blocks';
import { examplePolicy } from '../../lib/deploy/example-policy';
import { parsePlist, parseReg, readTemplate } from '../../lib/deploy/read-back';
import { validatedTemplate } from '../../lib/deploy/template';
import { EXAMPLE_HOSTING, TEMPLATE_FORMATS } from '../../lib/deploy/templates';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../../lib/identity';
import { packIds } from '../../lib/packs';
import { validatePolicy } from '../../lib/policy/validate';

describe('deployment templates (npm run policy -- template)', () => {
  const expected = (pack: string) => {
    const r = validatePolicy(examplePolicy(pack));
    if (!r.ok) throw new Error(r.errors.join('; '));
    return r.policy;
  };

  describe.each(TEMPLATE_FORMATS)('%s', (format) => {
    it.each(packIds())('for pack %s reads back through the managed decoder as the whole policy, with no diagnostics', (pack) => {
      const decoded = readTemplate(format, validatedTemplate(pack, format));
      expect(Object.keys(decoded).length).toBeGreaterThan(0);
      for (const { policy, diagnostics } of Object.values(decoded)) {
        expect(diagnostics).toEqual([]);
        expect(policy).toEqual(expected(pack));
        expect(policy.customRules?.[0].examples.flag.length).toBe(1);
      }
    });
  });

  it('carries what each platform needs: ids, force-install, Chrome and Edge keys, DWORDs for numbers and booleans', () => {
    const linux = JSON.parse(validatedTemplate('barnsley', 'chrome-linux'));
    expect(linux.ExtensionInstallForcelist).toEqual([`${CHROME_EXTENSION_ID};https://intranet.example.gov.uk/postwise/update.xml`]);
    expect(linux.ExtensionSettings[CHROME_EXTENSION_ID].installation_mode).toBe('force_installed');
    expect(typeof linux['3rdparty'].extensions[CHROME_EXTENSION_ID].customRules).toBe('string');

    const reg = parseReg(validatedTemplate('barnsley', 'windows-reg'));
    for (const root of ['HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome', 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge']) {
      const values = reg.get(`${root}\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`);
      expect(values?.get('logRetentionDays')).toEqual({ kind: 'dword', value: 30 });
      expect(values?.get('politicallyRestricted')).toEqual({ kind: 'dword', value: 0 });
      expect(values?.get('organisationNames')?.kind).toBe('sz');
      expect(reg.get(`${root}\\ExtensionInstallForcelist`)?.get('1')?.value).toMatch(new RegExp(`^${CHROME_EXTENSION_ID};https://`));
    }

    const profile = parsePlist(validatedTemplate('barnsley', 'macos-mobileconfig')) as { PayloadContent: { PayloadType: string }[] };
    expect(profile.PayloadContent.map((p) => p.PayloadType)).toEqual([
      'com.google.Chrome',
      `com.google.Chrome.extensions.${CHROME_EXTENSION_ID}`,
      'com.microsoft.Edge',
      `com.microsoft.Edge.extensions.${CHROME_EXTENSION_ID}`,
    ]);
    // Regenerating gives the same UUIDs, so MDM sees an update, not a new profile.
    expect(validatedTemplate('barnsley', 'macos-mobileconfig')).toBe(validatedTemplate('barnsley', 'macos-mobileconfig'));

    const firefox = JSON.parse(validatedTemplate('barnsley', 'firefox'));
    expect(firefox.policies.ExtensionSettings[GECKO_ID].installation_mode).toBe('force_installed');
    expect(Array.isArray(firefox.policies['3rdparty'].Extensions[GECKO_ID].customRules)).toBe(true);

    const admin = JSON.parse(validatedTemplate('barnsley', 'admin-console'));
    expect(admin.pack).toEqual({ Value: 'barnsley' });
  });

  it('the read-back catches a template the browser would not apply', () => {
    const reg = validatedTemplate('barnsley', 'windows-reg').replace('"pauseSeverity"="high"', '"pauseSeverity"="extreme"');
    expect(readTemplate('windows-reg', reg).chrome.diagnostics.map((d) => d.key)).toEqual(['pauseSeverity']);
    const mac = validatedTemplate('barnsley', 'macos-mobileconfig').replace('<integer>30</integer>', '<string>30</string>');
    expect(readTemplate('macos-mobileconfig', mac).chrome.diagnostics.map((d) => d.key)).toEqual(['logRetentionDays']);
  });

  it("uses IT's own extension id (from their own signing key) everywhere Chrome and Edge need it", () => {
    const own = { ...EXAMPLE_HOSTING, chromeId: 'b'.repeat(32) };
    for (const format of ['chrome-linux', 'windows-reg', 'macos-mobileconfig'] as const) {
      const text = validatedTemplate('common', format, own);
      expect(text).not.toContain(CHROME_EXTENSION_ID);
      expect(Object.values(readTemplate(format, text, own.chromeId)).every((d) => d.diagnostics.length === 0)).toBe(true);
    }
    expect(() => validatedTemplate('common', 'chrome-linux', { ...own, chromeId: 'xyz' })).toThrow(/^--chrome-id: /);
  });

  it('docs/deployment.md shows every template exactly as the command writes it (npm run docs:deployment)', () => {
    const doc = readFileSync(new URL('../../docs/deployment.md', import.meta.url), 'utf8');
    const markers = [...doc.matchAll(/<!-- template ([a-z-]+) -->/g)].map((m) => m[1]);
    expect([...markers].sort()).toEqual([...TEMPLATE_FORMATS].sort());
    expect(withTemplateBlocks(doc)).toBe(doc);
    for (const format of TEMPLATE_FORMATS) expect(doc).toContain(`--format ${format}`);
  });

  it('names the argument when the format or pack is unknown', () => {
    expect(() => validatedTemplate('barnsley', 'yaml')).toThrow(/^--format: unknown format "yaml" \(known: chrome-linux, windows-reg, macos-mobileconfig, firefox, admin-console\)$/);
    expect(() => validatedTemplate('narnia', 'firefox')).toThrow(/^--pack: unknown pack "narnia" \(known: common, /);
  });
});
