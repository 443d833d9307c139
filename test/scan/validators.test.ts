// The real checks behind the detectors. Valid values are computed here (check digits,
// checksums), so each test would fail if a validator accepted a wrong digit.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base58Decode, entropy, validBase58Check, validBech32 } from '../../src/scan/validators/crypto.js';
import { IBAN_LENGTHS, validIban } from '../../src/scan/validators/iban.js';
import { luhn } from '../../src/scan/validators/luhn.js';
import { codiceFiscaleCheck, validCodiceFiscale, validCpf, validDniNie, validNino, validSsn } from '../../src/scan/validators/nationalIds.js';
import { verhoeff, verhoeffDigit } from '../../src/scan/validators/verhoeff.js';

/** Changes one digit of `s` at position i (to the next digit, mod 10). */
const bump = (s: string, i: number) => s.slice(0, i) + String((Number(s[i]) + 1) % 10) + s.slice(i + 1);

function luhnComplete(partial: string): string {
  for (let d = 0; d <= 9; d++) if (luhn(partial + d)) return partial + d;
  throw new Error('unreachable');
}

describe('luhn', () => {
  it('accepts known test cards and rejects a changed digit', () => {
    for (const card of ['4111111111111111', '5500000000000004', '378282246310005', '6011111111111117', '30569309025904']) {
      expect(luhn(card)).toBe(true);
      expect(luhn(bump(card, card.length - 1))).toBe(false);
    }
  });
  it('ignores separators', () => {
    expect(luhn('4111 1111-1111 1111')).toBe(true);
  });
  it('property: any single-digit change of a valid number breaks it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12,18}$/), fc.nat(), (partial, k) => {
        const n = luhnComplete(partial);
        return luhn(n) && !luhn(bump(n, k % n.length));
      }),
    );
  });
});

describe('iban', () => {
  it.each(['GB82WEST12345698765432', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'ES9121000418450200051332', 'BE68539007547034', 'NO9386011117947'])(
    '%s is valid, and invalid with one changed digit',
    (iban) => {
      expect(validIban(iban)).toBe(true);
      expect(validIban(bump(iban, iban.length - 2))).toBe(false);
    },
  );
  it('accepts spaces and lower case', () => {
    expect(validIban('gb82 west 1234 5698 7654 32')).toBe(true);
  });
  it('checks the length registered for the country', () => {
    expect(IBAN_LENGTHS.DE).toBe(22);
    expect(validIban('DE8937040044053201300')).toBe(false); // one short
    expect(validIban('XX82WEST12345698765432')).toBe(false); // no such country
  });
});

describe('verhoeff (Aadhaar)', () => {
  it('computes and checks the check digit', () => {
    for (const base of ['23456789012', '49911866524', '87654321098']) {
      const n = base + verhoeffDigit(base);
      expect(verhoeff(n)).toBe(true);
      expect(verhoeff(bump(n, 3))).toBe(false);
    }
  });
  it('catches swapped neighbours, which Luhn does not always', () => {
    const n = `2345678901${verhoeffDigit('2345678901')}`;
    const swapped = n.slice(0, 2) + n[3] + n[2] + n.slice(4);
    expect(verhoeff(swapped)).toBe(false);
  });
});

describe('national identifiers', () => {
  it('Spanish DNI and NIE check letters', () => {
    expect(validDniNie('12345678Z')).toBe(true);
    expect(validDniNie('12345678-Z')).toBe(true);
    expect(validDniNie('12345678A')).toBe(false);
    expect(validDniNie('X1234567L')).toBe(true);
    expect(validDniNie('Y1234567X')).toBe(true);
    expect(validDniNie('X12345678L')).toBe(false);
  });
  it('Brazilian CPF check digits', () => {
    expect(validCpf('529.982.247-25')).toBe(true);
    expect(validCpf('52998224725')).toBe(true);
    expect(validCpf('529.982.247-26')).toBe(false);
    expect(validCpf('111.111.111-11')).toBe(false);
  });
  it('Italian codice fiscale check character', () => {
    expect(validCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
    expect(validCodiceFiscale('RSSMRA85T10A562T')).toBe(false);
    expect(codiceFiscaleCheck('MRTMTT91D08F205')).toBe('J');
  });
  it('UK NINO prefixes and suffix', () => {
    expect(validNino('AB 12 34 56 C')).toBe(true);
    expect(validNino('GB123456A')).toBe(false);
    expect(validNino('QQ123456C')).toBe(false);
    expect(validNino('AB123456E')).toBe(false);
  });
  it('US SSN area, group and serial rules', () => {
    expect(validSsn('536-22-8817')).toBe(true);
    for (const bad of ['000-12-3456', '666-12-3456', '912-34-5678', '536-00-8817', '536-22-0000', '078-05-1120', '123-45-6789']) expect(validSsn(bad)).toBe(false);
  });
});

describe('crypto addresses', () => {
  const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  function encode(bytes: Buffer): string {
    const sha = (b: Buffer) => createHash('sha256').update(b).digest();
    const full = Buffer.concat([bytes, sha(sha(bytes)).subarray(0, 4)]);
    let n = BigInt(`0x${full.toString('hex')}`);
    let out = '';
    while (n > 0n) {
      out = B58[Number(n % 58n)] + out;
      n /= 58n;
    }
    for (const b of full) {
      if (b !== 0) break;
      out = `1${out}`;
    }
    return out;
  }

  it('base58check: P2PKH and P2SH addresses, a changed character fails', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 5), fc.uint8Array({ minLength: 20, maxLength: 20 }), (version, hash) => {
        const addr = encode(Buffer.from([version, ...hash]));
        const i = addr.length - 3;
        const changed = addr.slice(0, i) + (addr[i] === 'z' ? 'y' : 'z') + addr.slice(i + 1);
        return validBase58Check(addr) && !validBase58Check(changed) && base58Decode(addr)!.length === 25;
      }),
    );
  });
  it('bech32 (segwit v0) and bech32m (taproot)', () => {
    expect(validBech32('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toBe(true);
    expect(validBech32('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx')).toBe(false);
    expect(validBech32('bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297')).toBe(true);
    expect(validBech32('BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ')).toBe(true);
    expect(validBech32('bc1QAR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toBe(false); // mixed case
  });
  it('entropy: random keys score high, words and repeats low', () => {
    expect(entropy('q8Zr2LmX9vTb4NwP7sKd')).toBeGreaterThan(4);
    expect(entropy('aaaaaaaaaaaaaaaa')).toBe(0);
    expect(entropy('passwordpassword')).toBeLessThan(3);
  });
});
