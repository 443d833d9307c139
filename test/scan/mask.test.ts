import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskValue } from '../../src/assess/mask.js';
import { personalInputName } from '../../src/assess/configFindings.js';
import type { Entity } from '../../src/scan/types.js';

const ENTITIES: (Entity | undefined)[] = ['PERSON', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'SECRET', 'URL_CREDENTIALS', 'IBAN_CODE', 'NATIONAL_ID', undefined];

const ALL: (Entity | undefined)[] = [...ENTITIES, 'US_SSN', 'IP_ADDRESS', 'STREET_ADDRESS', 'DATE_OF_BIRTH', 'PASSPORT', 'CRYPTO_WALLET'];

describe('maskValue', () => {
  it.each([
    ['jane.doe@example.com', 'EMAIL_ADDRESS', 'j***@e******.com'],
    ['4111 1111 1111 1111', 'CREDIT_CARD', '**** **** **** **11'],
    ['Maria Garcia', 'PERSON', 'M*** G***'],
    ['ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R', 'SECRET', 'ghp_***'],
    ['sk-proj-a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0', 'SECRET', 'sk-proj-***'],
    ['q8Zr2LmX9vTb4NwP7sKd', 'SECRET', '***'],
    ['postgres://app:hunter22@db.example.com/prod', 'URL_CREDENTIALS', 'postgres://***'],
    ['DE89 3704 0044 0532 0130 00', 'IBAN_CODE', 'DE** **** **** **** **** 00'],
    ['+44 20 7946 0958', 'PHONE_NUMBER', '+** ** **** **58'],
    ['536-22-8817', 'US_SSN', '***-**-**17'],
    ['1985-04-12', 'DATE_OF_BIRTH', '****-**-**'],
    ['192.168.10.24', 'IP_ADDRESS', '***.***.**.**'],
    ['abc', undefined, '***'],
    ['王伟', 'PERSON', '***'],
  ] as const)('%s (%s) → %s', (value, entity, masked) => {
    expect(maskValue(value, entity)).toBe(masked);
  });

  it('never returns a non-empty input unchanged, even one made of stars or separators', () => {
    for (const v of ['*', '***', '****', '....', '@@@@', '    ', '-- --']) {
      for (const e of ALL) expect(maskValue(v, e)).not.toBe(v);
    }
  });

  it('property: the masked text never contains the value (length >= 4) and never equals it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.constantFrom(...ALL), (value, entity) => {
        const masked = maskValue(value, entity);
        return masked !== value && (value.length < 4 || !masked.includes(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('property: also for values drawn from the characters masks keep (separators, stars, digits)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[-. @*:/()+0-9a]{4,30}$/), fc.constantFrom(...ALL), (value, entity) => {
        const masked = maskValue(value, entity);
        return masked !== value && !masked.includes(value);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: nothing of a secret survives besides a known provider prefix', () => {
    fc.assert(
      fc.property(fc.constantFrom('ghp_', 'sk-proj-', 'sk_live_', 'AKIA', 'xoxb-', 'AIza', ''), fc.stringMatching(/^[A-Za-z0-9]{20,50}$/), (prefix, body) => {
        const masked = maskValue(`${prefix}${body}`, 'SECRET');
        const kept = masked.replace(/\*/g, '');
        return kept.length <= Math.max(prefix.length, 4) && !masked.includes(body.slice(0, 4));
      }),
    );
  });

  it('property: a card or phone number shows at most its last two digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}( \d{4}){2,3}$/), fc.constantFrom('CREDIT_CARD', 'PHONE_NUMBER', 'NATIONAL_ID') as fc.Arbitrary<Entity>, (value, entity) => {
        return maskValue(value, entity).replace(/[^0-9]/g, '').length <= 2;
      }),
    );
  });
});

describe('personal-sounding input names', () => {
  it.each([
    ['customer_name', true], ['applicant_name', true], ['email', true], ['candidate_email', true], ['name', true], ['first_name', true],
    ['company_name', false], ['customer_domain', false], ['user_input', false], ['candidate_id', false], ['topic', false], ['project_name', false],
  ])('%s → %s', (name, personal) => {
    expect(personalInputName(name)).toBe(personal);
  });
});
