// scanText as the audit stage uses it: exact offsets into the given text, one match per
// span (the more specific entity wins), identifier mode for tool names, look-alikes quiet.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/scan/scanText.js';

const entities = (text: string) => scanText(text).map((m) => `${m.entity}:${m.text}`);

describe('overlaps: the more specific entity wins, once', () => {
  it.each([
    ['Connect via postgres://app:hunter22@db.example.com/prod now', 'URL_CREDENTIALS:postgres://app:hunter22@db.example.com/prod'],
    ['The card on file is 4111 1111 1111 1111.', 'CREDIT_CARD:4111 1111 1111 1111'],
    ['Refunds go to IBAN DE89 3704 0044 0532 0130 00.', 'IBAN_CODE:DE89 3704 0044 0532 0130 00'],
    ['CPF do titular: 529.982.247-25.', 'NATIONAL_ID:529.982.247-25'],
    ['Verify SSN 536-22-8817 first.', 'US_SSN:536-22-8817'],
    ['Use ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R as token', 'SECRET:ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R'],
    ['api_key = "sk-proj-a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V2"', 'SECRET:sk-proj-a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V2'],
  ])('%s', (text, expected) => {
    expect(entities(text)).toEqual([expected]);
  });

  it('a secret detector beats the generic high-entropy rule on the same value', () => {
    const [m] = scanText('token = ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R');
    expect(m.ruleId).toBe('secret/github-token');
  });

  it('no two matches share a character, and they come in text order', () => {
    const text = [
      'Escalate to Maria Garcia (maria.garcia@acme-support.example, +44 20 7946 0958).',
      'Card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32, SSN 536-22-8817.',
      'Born on 1985-04-12; server 203.0.113.7; passport K8492031; wallet 0x52908400098527886E0F7030069857D2E4169EE7.',
    ].join(' ');
    const found = scanText(text);
    expect(found.map((m) => m.entity)).toEqual([
      'PERSON', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'DATE_OF_BIRTH', 'IP_ADDRESS', 'PASSPORT', 'CRYPTO_WALLET',
    ]);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
  });
});

describe('offsets are exact offsets into the text (UTF-16 code units)', () => {
  it.each([
    ['😀 Reply to jane.doe@example.com today', 'jane.doe@example.com'],
    ['Café — contacte Chloé Dubois, s’il vous plaît', 'Chloé Dubois'],
    ['请联系王伟先生确认。', '王伟'],
    ['line one\n  Card: 4111-1111-1111-1111\nline three', '4111-1111-1111-1111'],
    ['Deploy key:\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\nRotate it.', '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----'],
  ])('%s', (text, value) => {
    const found = scanText(text);
    expect(found).toHaveLength(1);
    const [m] = found;
    expect(m.start).toBe(text.indexOf(value));
    expect(m.end).toBe(text.indexOf(value) + value.length);
    expect(m.text).toBe(value);
  });
});

describe('identifier mode (tool names as CrewAI sends them)', () => {
  it('finds the name inside snake_case and camelCase with its offsets', () => {
    const [a] = scanText('read_maria_garcia_calendar', { kind: 'identifier' });
    expect(a).toMatchObject({ entity: 'PERSON', ruleId: 'pii/person', start: 5, end: 17, text: 'maria_garcia' });
    const [b] = scanText('lookupJohnSmithProfile', { kind: 'identifier' });
    expect(b).toMatchObject({ entity: 'PERSON', start: 6, end: 15, text: 'JohnSmith' });
  });

  it('the same words as prose are no name (lower case, joined)', () => {
    expect(scanText('read_maria_garcia_calendar', { kind: 'prose' }).filter((m) => m.entity === 'PERSON')).toEqual([]);
  });

  it('tool names made of ordinary words stay quiet', () => {
    for (const name of ['search_the_internet', 'mark_email_as_read', 'grace_period_checker', 'ScrapeWebsiteTool', 'get_stock_price']) {
      expect(scanText(name, { kind: 'identifier' })).toEqual([]);
    }
  });
});

describe('look-alikes do not fire', () => {
  it.each([
    'Order ORD-2024-118834 shipped on 2024-03-18.',
    'The kickoff meeting is on 2025-11-14 at 10:30.',
    'See commit 3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c for the fix.',
    'Trace id 123e4567-e89b-12d3-a456-426614174000 belongs to run 42.',
    'Pin crewai 0.86.0, python 3.11.9 and parser 2.0.1.4.',
    'Reference card 4111 1111 1111 1112 fails the checksum.',
    'Ticket #41555526 was escalated 3 times in Q3 2024.',
    'Invoice INV-20931 for 12 seats, budget 48,500 EUR.',
    'Container image sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 passed.',
    'Fill {customer_name} and {customer_email} from the inputs.',
    'Read the key from ${OPENAI_API_KEY}; password: <your-password>.',
    'Listen on 0.0.0.0:8080 during development.',
    'Senior Data Researcher',
  ])('%s', (text) => {
    expect(entities(text)).toEqual([]);
  });
});

describe('scores, context and options', () => {
  it('a context word raises the score', () => {
    const plain = scanText('Value 536-22-8817 noted.')[0];
    const cued = scanText('SSN 536-22-8817 noted.')[0];
    expect(cued.score).toBeGreaterThan(plain.score);
  });

  it('context words count as whole words only ("ship" is no "ip")', () => {
    expect(scanText('We ship 1.2.3.4 units')).toEqual([]);
    expect(entities('The IP 1.2.3.4 is blocked')).toEqual(['IP_ADDRESS:1.2.3.4']);
  });

  it('minScore drops weaker matches', () => {
    const text = 'Call (415) 555-2671 or mail jane.doe@example.com';
    expect(scanText(text).map((m) => m.entity)).toEqual(['PHONE_NUMBER', 'EMAIL_ADDRESS']);
    expect(scanText(text, { minScore: 0.9 }).map((m) => m.entity)).toEqual(['EMAIL_ADDRESS']);
  });

  it('empty text gives nothing', () => {
    expect(scanText('')).toEqual([]);
  });
});
