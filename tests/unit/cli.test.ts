import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const tsx = `${root}node_modules/.bin/tsx`;
function cli(script: string, args: string[], input?: string) {
  // The check CLI is started the way npm run check starts it: node on its plain-JavaScript launcher.
  const [command, entry] = script === 'check' ? [process.execPath, 'lib/cli/check.mjs'] : [tsx, `lib/cli/${script}.ts`];
  const r = spawnSync(command, [entry, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run check', () => {
  it('writes one JSON line per input line with findings', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Between you and me the depot is closing. My NI number is AB123456C' }),
      JSON.stringify({ id: 'b', text: 'Lovely walk today' }),
    ].join('\n');
    const r = cli('check', ['--pack', 'barnsley', '--account', 'personal', '--format', 'jsonl'], input);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0].findings.map((f: { category: string }) => f.category)).toEqual(expect.arrayContaining(['confidential', 'personal-data']));
    expect(lines[0].findings[0]).toMatchObject({ ruleId: expect.any(String), severity: expect.any(String), start: expect.any(Number), end: expect.any(Number), excerpt: expect.any(String), message: expect.any(String), advice: expect.any(String), source: { doc: expect.any(String), clause: expect.any(String) } });
    expect(lines[1].findings).toEqual([]);
  });

  it('reports a broken line and an unknown pack by line number and keeps going', () => {
    const input = ['{"id":"ok","text":"at work"}', '{"id":"broken", text}', '{"id":"p","text":"x","pack":"nowhere"}', '{"id":5}', '{"id":"last","text":"I hate my job"}'].join('\n');
    const r = cli('check', ['--format', 'jsonl'], input);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/line 2: not valid JSON/);
    expect(r.err).toMatch(/line 3: pack: unknown pack "nowhere"/);
    expect(r.err).toMatch(/line 4: text: /);
    const ids = r.out.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['ok', null, 'p', 5, 'last']);
  });

  it('prints a readable report for plain text, with the clause', () => {
    const r = cli('check', ['--pack', 'bracknell-forest'], 'Between you and me, the council is closing the library');
    expect(r.out).toMatch(/confidential/);
    expect(r.out).toMatch(/bracknell-forest-social-media-policy-2019\.txt, Personal capacity, bullet 6/);
  });

  it('fails on a severity when asked to', () => {
    expect(cli('check', ['--fail-on', 'high'], 'My NI number is AB123456C').code).toBe(1);
    expect(cli('check', ['--fail-on', 'high'], 'Lovely walk').code).toBe(0);
  });

  it('rejects bad options naming them', () => {
    const r = cli('check', ['--pack', 'atlantis'], 'x');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--pack: unknown pack "atlantis"/);
    expect(cli('check', ['--account', 'work'], 'x').err).toMatch(/--account/);
    expect(cli('check', ['--colour', 'red'], 'x').err).toMatch(/colour/);
  });

  it('applies an IT policy file', () => {
    const r = cli('check', ['--policy', 'tests/fixtures/policy-valid.json', '--format', 'jsonl'], JSON.stringify({ id: 1, text: 'Project Nightingale update for case BMBC/123456' }));
    const ids = JSON.parse(r.out).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['organisation.confidential-terms', 'barnsley.case-reference']));
  });
});

describe('npm run policy', () => {
  it('validates a good policy', () => {
    const r = cli('policy', ['validate', 'tests/fixtures/policy-valid.json']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/valid \(pack barnsley/);
  });
  it('names every bad field of a bad one', () => {
    const r = cli('policy', ['validate', 'tests/fixtures/policy-invalid.json']);
    expect(r.code).toBe(1);
    for (const f of ['pack', 'councilAccounts[0].platform', 'enforcementMode', 'logRetentionDays']) expect(r.err).toContain(f);
  });
  it('prints the JSON schema for IT', () => {
    const schema = JSON.parse(cli('policy', ['schema']).out);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['pack', 'enforcementMode', 'customRules']));
  });
  it('writes a deployment template, and names a bad --format or --pack', () => {
    const ok = cli('policy', ['template', '--pack', 'barnsley', '--format', 'firefox', '--xpi-url', 'https://it.example/p.xpi']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).policies.ExtensionSettings['postwise@postwise.org.uk'].install_url).toBe('https://it.example/p.xpi');
    const badFormat = cli('policy', ['template', '--pack', 'barnsley', '--format', 'yaml']);
    expect([badFormat.code, badFormat.out]).toEqual([2, '']);
    expect(badFormat.err).toMatch(/^error: --format: unknown format "yaml"/);
    const badPack = cli('policy', ['template', '--pack', 'narnia', '--format', 'firefox']);
    expect(badPack.err).toMatch(/^error: --pack: unknown pack "narnia"/);
  });
});
