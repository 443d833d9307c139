// Fingerprints in committed baselines are SHA-256 of UTF-8 text: the one-call digest must give
// exactly what a Hash object gives, non-ASCII text included.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hexDigest } from '../../src/core/hash.js';

describe('hexDigest', () => {
  for (const text of ['', 'pii/email\0agents.yaml\0role', 'João Silva 王伟 😀', 'a'.repeat(10_000)]) {
    it(`matches createHash for ${JSON.stringify(text.slice(0, 20))}`, () => {
      for (const algorithm of ['sha256', 'md5'] as const) expect(hexDigest(algorithm, text)).toBe(createHash(algorithm).update(text, 'utf8').digest('hex'));
    });
  }
});
