/**
 * npm run extension-key: makes the signing key pair once (the private key stays outside the
 * repository, in ~/.config/postwise/extension-key.pem, for packing a CRX) and prints the public
 * key for wxt.config.ts and the extension id Chrome derives from it.
 */
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const dir = join(homedir(), '.config', 'postwise');
const file = join(dir, 'extension-key.pem');
if (!existsSync(file)) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
}
const der = createPublicKey(readFileSync(file)).export({ type: 'spki', format: 'der' });
process.stdout.write(`key: ${der.toString('base64')}\nid:  ${extensionId(der)}\n`);

/** Chrome's id: the first 128 bits of SHA-256 of the public key, hex digits written a–p. */
export function extensionId(spkiDer: Buffer): string {
  return [...createHash('sha256').update(spkiDer).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}
