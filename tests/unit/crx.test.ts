import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildCrx3, extensionIdOf, parseCrx3, signedBytes, updateManifest, type CrxInfo } from '../../lib/deploy/crx';
import { CHROME_EXTENSION_ID, CHROME_PUBLIC_KEY } from '../../lib/identity';

const verifies = (info: CrxInfo) =>
  info.publicKeys.every((p) => verify('sha256', signedBytes(info), createPublicKey({ key: p.key, format: 'der', type: 'spki' }), p.signature));

// Packed by Debian's Chromium (`chromium --headless --pack-extension=DIR --pack-extension-key=KEY`)
// with a throwaway key that was not kept: the reference our packer is held to.
const chromiumPacked = readFileSync(new URL('../fixtures/chromium-packed.crx', import.meta.url));

describe('CRX3 packing (npm run pack:crx)', () => {
  it("reads a CRX Chromium packed: its key, signature and id", () => {
    const info = parseCrx3(chromiumPacked);
    expect(info.publicKeys).toHaveLength(1);
    expect(verifies(info)).toBe(true);
    expect(extensionIdOf(info.publicKeys[0].key)).toBe('kdemkklknccgebgomgjiglegepbpgbai');
    expect(info.crxId.toString('hex')).toBe('a34caabad226416ec6986b464f1f6108');
  });

  it('signs with a fresh key into the same layout as Chromium, with the id derived from that key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const zip = await new JSZip().file('manifest.json', '{"manifest_version":3,"name":"t","version":"1.0"}').generateAsync({ type: 'nodebuffer' });
    const crx = buildCrx3(zip, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const info = parseCrx3(crx);
    const der = publicKey.export({ type: 'spki', format: 'der' });
    expect(info.publicKeys[0].key.equals(der)).toBe(true);
    expect(verifies(info)).toBe(true);
    expect(info.zip.equals(zip)).toBe(true);
    // The header differs from Chromium's only in the key and signature bytes.
    const reference = parseCrx3(chromiumPacked);
    expect([crx.readUInt32LE(8), info.signedData.length, info.publicKeys[0].signature.length]).toEqual([
      chromiumPacked.readUInt32LE(8),
      reference.signedData.length,
      reference.publicKeys[0].signature.length,
    ]);
    expect(info.crxId.equals(Buffer.from(extensionIdOf(der).split('').map((c) => (c.charCodeAt(0) - 97).toString(16)).join(''), 'hex'))).toBe(true);

    // Tampering with the archive breaks the signature.
    const tampered = Buffer.from(crx);
    tampered[tampered.length - 1] ^= 1;
    expect(verifies(parseCrx3(tampered))).toBe(false);
  });

  it("the project key's id is the documented one", () => {
    expect(extensionIdOf(Buffer.from(CHROME_PUBLIC_KEY, 'base64'))).toBe(CHROME_EXTENSION_ID);
  });
});

describe('update manifest', () => {
  it('names the app and where its CRX is, in the gupdate format', () => {
    const xml = updateManifest(CHROME_EXTENSION_ID, "https://intranet.example.gov.uk/postwise/postwise.crx?a=1&b='2'", '0.1.0');
    expect(xml).toBe(
      [
        "<?xml version='1.0' encoding='UTF-8'?>",
        "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
        `  <app appid='${CHROME_EXTENSION_ID}'>`,
        "    <updatecheck codebase='https://intranet.example.gov.uk/postwise/postwise.crx?a=1&amp;b=&apos;2&apos;' version='0.1.0' />",
        '  </app>',
        '</gupdate>',
        '',
      ].join('\n'),
    );
  });

  it('refuses what Chrome could not use', () => {
    expect(() => updateManifest('not-an-id', 'https://x/p.crx', '1.0')).toThrow(/not an extension id/);
    expect(() => updateManifest(CHROME_EXTENSION_ID, 'file:///p.crx', '1.0')).toThrow(/^--codebase: /);
    expect(() => updateManifest(CHROME_EXTENSION_ID, 'https://x/p.crx', '1.0-beta')).toThrow(/not an extension version/);
  });
});
