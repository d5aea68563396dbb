/**
 * npm run pack:crx -- --codebase URL [--key FILE] [--no-build] [--out DIR]
 *
 * For self-hosting: builds the Chrome/Edge extension, signs it as a CRX3 with the extension key
 * and writes the update manifest that force-install policies point at. The private key never
 * lives in the repository: --key FILE, else $POSTWISE_EXTENSION_KEY, else the file
 * `npm run extension-key` makes (~/.config/postwise/extension-key.pem). With the project's own
 * key the id is the documented one; with IT's own key the id is derived from it (printed), and
 * the manifest `key` inside the package is set to match, so the package is consistent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { createPrivateKey } from 'node:crypto';
import JSZip from 'jszip';
import { buildCrx3, extensionIdOf, publicKeyDer, updateManifest } from '../../deploy/crx';
import { CHROME_EXTENSION_ID } from '../../identity';
import { fail, parseArgv } from '../args';

const { flags } = parseArgv(process.argv.slice(2), ['no-build']);
const str = (name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);
const root = join(import.meta.dirname, '../../..');
const keyFile = str('key') ?? process.env.POSTWISE_EXTENSION_KEY ?? join(homedir(), '.config', 'postwise', 'extension-key.pem');
const outDir = str('out') ?? join(root, '.output');
const buildDir = join(root, '.output', 'chrome-mv3');

if (!str('codebase')) fail('--codebase: missing (the https address where you will host the .crx, e.g. https://intranet.example.gov.uk/postwise/postwise.crx)');
if (!existsSync(keyFile))
  fail(`--key: no private key at ${keyFile}. Make one with \`npm run extension-key\`, or pass --key FILE / set POSTWISE_EXTENSION_KEY (see docs/deployment.md, "Self-hosting")`);

let pem: Buffer;
let der: Buffer;
try {
  pem = readFileSync(keyFile);
  der = publicKeyDer(createPrivateKey(pem));
} catch (e) {
  fail(`--key: ${keyFile} is not a PEM private key (${e instanceof Error ? e.message : e})`);
}
const id = extensionIdOf(der);

if (!flags['no-build']) {
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) fail('wxt build failed', 1);
}
if (!existsSync(join(buildDir, 'manifest.json'))) fail(`no build in ${buildDir} (run without --no-build)`, 1);

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

const zip = new JSZip();
// A fixed date keeps the package byte-for-byte reproducible from the same build and key.
const date = new Date('2020-01-01T00:00:00Z');
const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as { version: string; key?: string };
manifest.key = der.toString('base64');
for (const file of files(buildDir).sort()) {
  const name = relative(buildDir, file);
  zip.file(name, name === 'manifest.json' ? JSON.stringify(manifest, null, 2) : readFileSync(file), { date });
}
const zipped = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
const crx = buildCrx3(zipped, pem);

mkdirSync(outDir, { recursive: true });
const crxPath = join(outDir, `postwise-${manifest.version}.crx`);
const xmlPath = join(outDir, 'update.xml');
writeFileSync(crxPath, crx);
writeFileSync(xmlPath, updateManifest(id, str('codebase')!, manifest.version));
process.stdout.write(
  [
    `id:       ${id}${id === CHROME_EXTENSION_ID ? ' (the project key: the id in README and docs)' : ' (your own key: use this id in your policies)'}`,
    `crx:      ${crxPath} (${crx.length} bytes, version ${manifest.version})`,
    `manifest: ${xmlPath} → codebase ${str('codebase')}`,
    `Host both; point ExtensionInstallForcelist at "${id};<address of update.xml>".`,
    '',
  ].join('\n'),
);
