import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';

/**
 * A CRX3 package, as Chrome's own packer writes it (components/crx_file/crx3.proto):
 *   "Cr24" · version 3 · header length · CrxFileHeader · the zip
 * where the header holds the RSA public key, a SHA-256 signature, and the signed data (the
 * 16-byte crx id). The signature covers "CRX3 SignedData\0", the signed data's length and
 * bytes, then the whole zip. Chrome derives the extension id from the same public key.
 */

const MAGIC = Buffer.from('Cr24');
const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'binary');

/** Protocol-buffer varint. */
function varint(n: number): Buffer {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return Buffer.from(out);
}

/** One length-delimited protobuf field. */
const field = (num: number, bytes: Buffer) => Buffer.concat([varint((num << 3) | 2), varint(bytes.length), bytes]);

const uint32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

export const publicKeyDer = (key: KeyObject) => createPublicKey(key).export({ type: 'spki', format: 'der' });

/** Chrome's id: the first 128 bits of SHA-256 of the public key, hex digits written a–p. */
export function extensionIdOf(spkiDer: Buffer): string {
  return [...createHash('sha256').update(spkiDer).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export function buildCrx3(zip: Buffer, privateKeyPem: string | Buffer): Buffer {
  const key = createPrivateKey(privateKeyPem);
  const der = publicKeyDer(key);
  const crxId = createHash('sha256').update(der).digest().subarray(0, 16);
  const signedData = field(1, crxId);
  const signature = sign('sha256', Buffer.concat([SIGNATURE_CONTEXT, uint32(signedData.length), signedData, zip]), key);
  const header = Buffer.concat([field(2, Buffer.concat([field(1, der), field(2, signature)])), field(10000, signedData)]);
  return Buffer.concat([MAGIC, uint32(3), uint32(header.length), header, zip]);
}

/** What a CRX3 says about itself (for tests and for checking a package before hosting it). */
export interface CrxInfo {
  publicKeys: { key: Buffer; signature: Buffer }[];
  crxId: Buffer;
  signedData: Buffer;
  zip: Buffer;
}

function readFields(buf: Buffer): { num: number; bytes: Buffer }[] {
  const out: { num: number; bytes: Buffer }[] = [];
  let i = 0;
  const readVarint = () => {
    let n = 0;
    let shift = 1;
    for (;;) {
      const b = buf[i++];
      n += (b & 0x7f) * shift;
      if (b < 0x80) return n;
      shift *= 128;
    }
  };
  while (i < buf.length) {
    const tag = readVarint();
    if ((tag & 7) !== 2) throw new Error(`CRX header: unexpected wire type ${tag & 7}`);
    const len = readVarint();
    out.push({ num: Math.floor(tag / 8), bytes: buf.subarray(i, i + len) });
    i += len;
  }
  return out;
}

export function parseCrx3(crx: Buffer): CrxInfo {
  if (!crx.subarray(0, 4).equals(MAGIC)) throw new Error('not a CRX (no "Cr24")');
  if (crx.readUInt32LE(4) !== 3) throw new Error(`CRX version ${crx.readUInt32LE(4)}, not 3`);
  const headerLength = crx.readUInt32LE(8);
  const header = readFields(crx.subarray(12, 12 + headerLength));
  const signedData = header.find((f) => f.num === 10000)?.bytes ?? Buffer.alloc(0);
  const publicKeys = header
    .filter((f) => f.num === 2)
    .map((f) => {
      const proof = readFields(f.bytes);
      return { key: proof.find((p) => p.num === 1)!.bytes, signature: proof.find((p) => p.num === 2)!.bytes };
    });
  const crxId = readFields(signedData).find((f) => f.num === 1)?.bytes ?? Buffer.alloc(0);
  return { publicKeys, crxId, signedData, zip: crx.subarray(12 + headerLength) };
}

/** The signed bytes of a CRX3, to verify a proof against. */
export const signedBytes = (info: CrxInfo) => Buffer.concat([SIGNATURE_CONTEXT, uint32(info.signedData.length), info.signedData, info.zip]);

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The update manifest (gupdate) an ExtensionInstallForcelist / ExtensionSettings `update_url`
 * points at: Chrome and Edge fetch it, compare the version and download the CRX at `codebase`.
 */
export function updateManifest(appId: string, codebase: string, version: string): string {
  if (!/^[a-p]{32}$/.test(appId)) throw new Error(`update manifest: "${appId}" is not an extension id`);
  if (!/^https?:\/\//.test(codebase)) throw new Error(`--codebase: "${codebase}" is not an http(s) address`);
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`update manifest: "${version}" is not an extension version`);
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${appId}'>`,
    `    <updatecheck codebase='${attr(codebase)}' version='${version}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}
