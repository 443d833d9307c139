import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskValue } from '../../src/assess/mask.js';
import { personalInputName } from '../../src/assess/configFindings.js';
import type { Entity } from '../../src/scan/types.js';

const ENTITIES: (Entity | undefined)[] = ['PERSON', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'SECRET', 'URL_CREDENTIALS', 'IBAN_CODE', 'NATIONAL_ID', undefined];

describe('maskValue', () => {
  it('keeps the shape, not the value', () => {
    expect(maskValue('jane.doe@example.com', 'EMAIL_ADDRESS')).toBe('j*******@e******.com');
    expect(maskValue('4111 1111 1111 1111', 'CREDIT_CARD')).toBe('**** **** **** **11');
    expect(maskValue('Maria Garcia', 'PERSON')).toBe('M**** G*****');
    expect(maskValue('ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R', 'SECRET')).toBe('ghp_************');
    expect(maskValue('abc')).toBe('***');
  });

  it('property: the masked text never contains the value (length >= 4) and never equals it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 60 }), fc.constantFrom(...ENTITIES), (value, entity) => {
        const masked = maskValue(value, entity);
        if (value.trim().length < 4) return masked !== value || value.trim() === '';
        return !masked.includes(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: at most 4 characters of a secret survive besides a known prefix', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{20,50}$/), (body) => {
        const masked = maskValue(`ghp_${body}`, 'SECRET');
        return masked.replace(/\*/g, '') === 'ghp_';
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
