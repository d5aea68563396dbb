import { describe, expect, it } from 'vitest';
import { isPlainEnter } from '../../lib/guard/submit';
import { SITE_ADAPTERS, SITE_MATCHES } from '../../lib/sites';
import { FACEBOOK_TABLE } from '../../lib/sites/facebook';
import { INSTAGRAM_TABLE } from '../../lib/sites/instagram';
import { LINKEDIN_TABLE } from '../../lib/sites/linkedin';
import { withOverrides, type SiteTable } from '../../lib/sites/table';
import { X_TABLE } from '../../lib/sites/x';

const key = (init: Partial<KeyboardEvent>) => ({ key: 'Enter', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, keyCode: 13, ...init }) as KeyboardEvent;
const TABLES: SiteTable[] = [X_TABLE, FACEBOOK_TABLE, INSTAGRAM_TABLE, LINKEDIN_TABLE];

describe('plain Enter', () => {
  it('is Enter without modifiers, outside IME composition', () => {
    expect(isPlainEnter(key({}))).toBe(true);
    expect(isPlainEnter(key({ shiftKey: true }))).toBe(false);
    expect(isPlainEnter(key({ ctrlKey: true }))).toBe(false);
    expect(isPlainEnter(key({ isComposing: true }))).toBe(false);
    // Some IMEs report the confirming Enter only as keyCode 229.
    expect(isPlainEnter(key({ keyCode: 229 }))).toBe(false);
    expect(isPlainEnter(key({ key: 'a' }))).toBe(false);
  });
});

describe('selector tables', () => {
  it('are plain data that survives a JSON round trip (so a policy can carry overrides)', () => {
    for (const table of TABLES) expect(JSON.parse(JSON.stringify(table))).toEqual(table);
  });

  it('have unique row kinds named after their platform', () => {
    for (const table of TABLES) {
      const kinds = table.rows.map((r) => r.kind);
      expect(new Set(kinds).size).toBe(kinds.length);
      for (const kind of kinds) expect(kind.startsWith(`${table.platform}.`)).toBe(true);
    }
  });

  it('every identity pattern and row is well formed', () => {
    for (const table of TABLES) {
      for (const hook of [...table.identity, ...table.rows.flatMap((r) => r.identity ?? [])]) if (hook.pattern) expect(() => new RegExp(hook.pattern!, 'i')).not.toThrow();
      for (const row of table.rows) expect(row.match.length).toBeGreaterThan(0);
    }
  });

  it('declare where plain Enter sends, as the sites do', () => {
    const sends = (t: SiteTable, kind: string) => t.rows.find((r) => r.kind === kind)?.enterSends;
    expect(sends(FACEBOOK_TABLE, 'facebook.comment')).toBe(true);
    expect(sends(FACEBOOK_TABLE, 'facebook.message')).toBe(true);
    expect(sends(FACEBOOK_TABLE, 'facebook.post')).toBe(false);
    expect(sends(X_TABLE, 'x.dm')).toBe(true);
    expect(sends(X_TABLE, 'x.post')).toBe(false);
    expect(sends(INSTAGRAM_TABLE, 'instagram.comment')).toBe(true);
    expect(sends(INSTAGRAM_TABLE, 'instagram.dm')).toBe(true);
    expect(sends(LINKEDIN_TABLE, 'linkedin.message')).toBe('without-submit');
  });

  it('an override replaces a row by kind, adds new rows first, and puts its identity hooks first', () => {
    const row = { ...FACEBOOK_TABLE.rows[0], submitLabels: ['Envoyer maintenant'] };
    const added = { ...FACEBOOK_TABLE.rows[0], kind: 'facebook.new-surface' };
    const hook = { selector: '[data-actor]', read: 'data-actor' };
    const merged = withOverrides(FACEBOOK_TABLE, { rows: [row, added], identity: [hook] });
    expect(merged.rows[0].kind).toBe('facebook.new-surface');
    expect(merged.rows.find((r) => r.kind === row.kind)?.submitLabels).toEqual(['Envoyer maintenant']);
    expect(merged.rows).toHaveLength(FACEBOOK_TABLE.rows.length + 1);
    expect(merged.identity[0]).toEqual(hook);
    expect(withOverrides(FACEBOOK_TABLE, undefined)).toBe(FACEBOOK_TABLE);
  });

  it('the manifest matches every host of every adapter, including the business tools', () => {
    expect(SITE_MATCHES).toContain('https://business.facebook.com/*');
    expect(SITE_MATCHES).toContain('https://pro.x.com/*');
    expect(SITE_MATCHES).toHaveLength(SITE_ADAPTERS.flatMap((a) => a.hosts).length);
  });
});
