import { describe, expect, it } from 'vitest';
import { citationText, notesCount, policyHeading } from '../../components/wording';
import { check } from '../../lib/engine/check';
import { attachmentReminder } from '../../lib/guard/reminders';
import { isShortcut } from '../../lib/guard/shortcut';
import { getPack, packIds } from '../../lib/packs';
import { citationFor, packTitle } from '../../lib/packs/cite';
import { msUntil, pauseEnd, pauseLabel, weekAgo } from '../../lib/settings/pause';
import { resolveSettings } from '../../lib/settings/resolve';

const nino = (packId: string) => check('My NI number is AB123456C', { pack: getPack(packId), platform: 'facebook', account: 'personal' }).find((f) => f.ruleId === 'personal-data.nino')!;

describe('citations name the policy by its title, never a file name', () => {
  it('a council pack cites its own document by title', () => {
    const f = nino('barnsley');
    expect(citationText(f, getPack('barnsley'))).toBe(`Barnsley Council social networking policy, ${f.source.clause}`);
  });

  it('the baseline says it is the baseline, and where the clause is from', () => {
    const pack = getPack('common');
    const f = nino('common');
    const text = citationText(f, pack);
    expect(text).toMatch(/^UK baseline — from .+ (policy|guidelines|report|\(2019\)|2015\)), \S+/);
    expect(text).not.toMatch(/\.txt|-policy|social-media/);
    expect(policyHeading(pack)).toBe('UK council baseline');
    expect(packTitle(pack)).toMatch(/^UK baseline — from the policies of /);
  });

  it("a council pack's heading is its policy's title, not a generic one", () => {
    expect(policyHeading(getPack('barnsley'))).toBe('Barnsley Council social networking policy');
  });

  it.each(packIds())('every document cited by pack %s has a title', (id) => {
    const pack = getPack(id);
    const sources = [...pack.rules.flatMap((r) => r.sources), ...pack.siteOwnerChecklist.map((i) => i.source)];
    for (const s of sources) {
      const c = citationFor(s, pack);
      expect(c.title, s.doc).not.toContain('.txt');
      expect(c.title, s.doc).toBe(pack.policies?.[s.doc]?.title);
    }
  });

  it('a rule inherited from the baseline is marked as such in a council pack', () => {
    const bracknell = getPack('bracknell-forest');
    const c = citationFor({ doc: 'barnsley-social-networking-policy.txt', clause: '4.6' }, bracknell);
    expect(c).toEqual({ title: 'Barnsley Council social networking policy', clause: '4.6', baseline: true });
    expect(citationText({ source: { doc: 'barnsley-social-networking-policy.txt', clause: '4.6' } }, bracknell)).toBe('UK baseline — from Barnsley Council social networking policy, 4.6');
  });

  it('counts notes in words', () => {
    expect(notesCount(1)).toBe('1 policy note');
    expect(notesCount(3)).toBe('3 policy notes');
  });
});

describe('the attachment reminder comes from the pack', () => {
  it("cites Barling Magna's own clause in its pack, and Barnsley's (as the baseline) elsewhere", () => {
    const bm = attachmentReminder(getPack('barling-magna'))!;
    expect(bm.source.doc).toBe('barling-magna-parish-social-media-policy.txt');
    expect(citationText(bm, getPack('barling-magna'))).toBe('Barling Magna Parish Council social media policy guidelines, Risks');
    const bf = attachmentReminder(getPack('bracknell-forest'))!;
    expect(citationText(bf, getPack('bracknell-forest'))).toBe('UK baseline — from Barnsley Council social networking policy, 4.6');
    expect(citationText(attachmentReminder(getPack('barnsley'))!, getPack('barnsley'))).toBe('Barnsley Council social networking policy, 4.6');
  });
});

describe('pause windows', () => {
  const at = (s: string) => new Date(s).getTime();
  it('an hour is sixty minutes', () => {
    expect(pauseEnd('hour', at('2026-12-01T14:30:00')) - at('2026-12-01T14:30:00')).toBe(3_600_000);
  });
  it('until tomorrow ends at the next local midnight, also late in the evening', () => {
    expect(pauseEnd('tomorrow', at('2026-12-01T09:15:00'))).toBe(at('2026-12-02T00:00:00'));
    expect(pauseEnd('tomorrow', at('2026-12-31T23:50:00'))).toBe(at('2027-01-01T00:00:00'));
  });
  it('labels the end as a time, saying when it is on a later day', () => {
    expect(pauseLabel(at('2026-12-01T15:30:00'), at('2026-12-01T14:30:00'))).toEqual({ time: '15:30', laterDay: false });
    expect(pauseLabel(at('2026-12-02T00:00:00'), at('2026-12-01T14:30:00'))).toEqual({ time: '00:00', laterDay: true });
  });
  it('timers never overflow or go negative', () => {
    expect(msUntil(0, 1000)).toBe(0);
    expect(msUntil(Number.MAX_SAFE_INTEGER, 0)).toBe(2 ** 31 - 1);
  });
  it('"this week" is the last seven days', () => {
    expect(weekAgo(at('2026-12-08T10:00:00'))).toBe(at('2026-12-01T10:00:00'));
  });
});

describe('IT can forbid pausing', () => {
  it('allowSitePause defaults to true and only IT sets it', () => {
    expect(resolveSettings({}, {}).allowSitePause).toBe(true);
    expect(resolveSettings({ allowSitePause: false }, {}).allowSitePause).toBe(false);
    expect(resolveSettings({}, { allowSitePause: true } as never).allowSitePause).toBe(true);
    expect(resolveSettings({ allowSitePause: false }, { allowSitePause: true } as never).allowSitePause).toBe(false);
  });
});

describe('the notes shortcut', () => {
  const key = (init: Partial<KeyboardEvent>) => ({ altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, code: '', ...init }) as KeyboardEvent;
  it('is Alt+Shift+P by physical key (Option+Shift+P types "∏" on a Mac)', () => {
    expect(isShortcut(key({ altKey: true, shiftKey: true, code: 'KeyP' }))).toBe(true);
    expect(isShortcut(key({ altKey: true, shiftKey: true, code: 'KeyO' }))).toBe(false);
    expect(isShortcut(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyP' }))).toBe(false);
    expect(isShortcut(key({ shiftKey: true, code: 'KeyP' }))).toBe(false);
  });
});
