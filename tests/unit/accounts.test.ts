import { describe, expect, it } from 'vitest';
import { accountKeys, decideAccount, displayName, engineAccount, foldName, matchCouncilAccount } from '../../lib/accounts/match';
import type { CouncilAccount } from '../../lib/settings/schema';

const ACCOUNTS: CouncilAccount[] = [
  { platform: 'x', handle: '@BarnsleyCouncil' },
  { platform: 'facebook', handle: 'Barnsley Council' },
  { platform: 'facebook', handle: 'https://www.facebook.com/profile.php?id=100064512345678' },
  { platform: 'linkedin', handle: 'https://www.linkedin.com/company/barnsley-council/' },
  { platform: 'linkedin', handle: 'linkedin.com/company/1234567' },
  { platform: 'instagram', handle: 'instagram.com/barnsleycouncil' },
];

describe('matching the composer identity against council accounts', () => {
  it.each([
    ['x', '@BarnsleyCouncil', '@BarnsleyCouncil'],
    ['x', '@barnsleycouncil', '@BarnsleyCouncil'],
    ['x', 'BarnsleyCouncil', '@BarnsleyCouncil'],
    ['x', 'https://x.com/BarnsleyCouncil', '@BarnsleyCouncil'],
    ['x', 'twitter.com/barnsleycouncil/', '@BarnsleyCouncil'],
    ['facebook', 'Barnsley Council', 'Barnsley Council'],
    ['facebook', 'barnsley  council', 'Barnsley Council'],
    ['facebook', 'Barnsley-Council', 'Barnsley Council'],
    ['facebook', 'https://www.facebook.com/BarnsleyCouncil', 'Barnsley Council'],
    ['facebook', 'https://m.facebook.com/profile.php?id=100064512345678&ref=x', 'https://www.facebook.com/profile.php?id=100064512345678'],
    ['linkedin', 'Barnsley Council', 'https://www.linkedin.com/company/barnsley-council/'],
    ['linkedin', 'https://www.linkedin.com/company/1234567/admin/', 'linkedin.com/company/1234567'],
    ['instagram', 'BarnsleyCouncil', 'instagram.com/barnsleycouncil'],
    ['instagram', 'https://www.instagram.com/barnsleycouncil/', 'instagram.com/barnsleycouncil'],
  ] as const)('on %s, "%s" is the council account %s', (platform, identity, handle) => {
    expect(matchCouncilAccount(identity, platform, ACCOUNTS)?.handle).toBe(handle);
  });

  it.each([
    ['x', '@BarnsleyCouncilWatch'],
    ['x', '@sam_example'],
    ['facebook', 'Sam Example'],
    ['x', 'Barnsley Council on facebook'],
    ['instagram', '@BarnsleyCouncil2'],
  ] as const)('on %s, "%s" is not a council account', (platform, identity) => {
    expect(matchCouncilAccount(identity, platform, ACCOUNTS)).toBeNull();
  });

  it('matches only the platform the account is listed for', () => {
    expect(matchCouncilAccount('@BarnsleyCouncil', 'x', [{ platform: 'facebook', handle: '@BarnsleyCouncil' }])).toBeNull();
  });

  it('folds accents, ampersands and punctuation', () => {
    expect(foldName('Café & Museums — Barnsley')).toBe('cafeandmuseumsbarnsley');
    expect(accountKeys('https://www.facebook.com/pages/Barnsley-Museums/123456789')).toEqual(['barnsleymuseums', '123456789']);
    expect(accountKeys('   ')).toEqual([]);
  });

  it('shows a handle the way the site does', () => {
    expect(displayName({ platform: 'x', handle: 'https://x.com/BarnsleyCouncil' })).toBe('@BarnsleyCouncil');
    expect(displayName({ platform: 'facebook', handle: 'Barnsley Council' })).toBe('Barnsley Council');
    expect(displayName({ platform: 'instagram', handle: 'barnsleycouncil' })).toBe('@barnsleycouncil');
    expect(decideAccount({ identity: 'Barnsley Council', platform: 'linkedin', accounts: ACCOUNTS, choice: 'auto', fallback: 'personal' })).toEqual({ kind: 'council', name: 'Barnsley Council', by: 'detected' });
  });
});

describe('deciding who is posting', () => {
  const base = { platform: 'x' as const, accounts: ACCOUNTS, fallback: 'personal' as const };

  it('detects a council account from the composer', () => {
    expect(decideAccount({ ...base, identity: '@barnsleycouncil', choice: 'auto' })).toEqual({ kind: 'council', name: '@barnsleycouncil', by: 'detected' });
  });

  it('treats another identity as personal where council accounts are listed for the site', () => {
    expect(decideAccount({ ...base, identity: '@sam_example', choice: 'auto' })).toEqual({ kind: 'personal', by: 'detected' });
  });

  it('is unsure, not guessing, when the composer does not say and accounts are listed', () => {
    const d = decideAccount({ ...base, identity: null, choice: 'auto' });
    expect(d).toEqual({ kind: 'unsure', fallback: 'personal' });
    expect(engineAccount(d)).toBe('personal');
  });

  it('lets the person override both ways', () => {
    expect(decideAccount({ ...base, identity: '@BarnsleyCouncil', choice: 'personal' }).kind).toBe('personal');
    expect(decideAccount({ ...base, identity: '@sam_example', choice: 'council' })).toMatchObject({ kind: 'council', by: 'choice' });
    expect(decideAccount({ ...base, identity: null, choice: 'council' })).toEqual({ kind: 'council', name: '@BarnsleyCouncil', by: 'choice' });
  });

  it('falls back to the person\'s default where no account is listed for the site', () => {
    expect(decideAccount({ ...base, accounts: [], identity: null, choice: 'auto' })).toEqual({ kind: 'personal', by: 'default' });
    expect(decideAccount({ ...base, accounts: [], identity: '@x', choice: 'auto', fallback: 'council' })).toMatchObject({ kind: 'council', by: 'default' });
  });
});
