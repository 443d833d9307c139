// Hex digests of short texts (fingerprints, tool-name suffixes, preview ids). crypto.hash, one
// call without a Hash object, is about twice as fast for these; it exists from Node 20.12, and
// older Node 20 releases take the long way with the same result.
import * as crypto from 'node:crypto';

type OneShot = (algorithm: string, data: string, encoding: 'hex') => string;
const oneShot = (crypto as { hash?: OneShot }).hash;

/** The hex digest of `text` (UTF-8) under `algorithm` (sha256, md5). */
export function hexDigest(algorithm: 'sha256' | 'md5', text: string): string {
  return oneShot ? oneShot(algorithm, text, 'hex') : crypto.createHash(algorithm).update(text, 'utf8').digest('hex');
}
