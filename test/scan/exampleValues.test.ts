// Example values: documentation values are recognised from the value alone (reserved domains,
// documentation IP ranges, fictional phone ranges, placeholder secrets, placeholder people).
import { describe, expect, it } from 'vitest';
import { isExampleValue } from '../../src/scan/exampleValues.js';
import { scanText } from '../../src/scan/scanText.js';

const exampleOf = (text: string) => scanText(text).map((m) => [m.entity, isExampleValue(m.entity, m.text)]);

describe('example values', () => {
  it.each([
    ['Write to recipient@example.com', 'EMAIL_ADDRESS'],
    ['ops@mail.example.org', 'EMAIL_ADDRESS'],
    ['qa@shop.test', 'EMAIL_ADDRESS'],
    ['nobody@host.invalid', 'EMAIL_ADDRESS'],
    ['dev@app.localhost', 'EMAIL_ADDRESS'],
    ['team@acme.example', 'EMAIL_ADDRESS'],
    ['The demo server listens on 192.0.2.44', 'IP_ADDRESS'],
    ['allow 198.51.100.7 only', 'IP_ADDRESS'],
    ['from server 203.0.113.9', 'IP_ADDRESS'],
    ['host 2001:db8::8a2e:370:7334', 'IP_ADDRESS'],
    ['call (212) 555-0147', 'PHONE_NUMBER'],
    ['Phone: +1 415 555 0190', 'PHONE_NUMBER'],
    ['Ring 020 7946 0321', 'PHONE_NUMBER'],
    ['mobile 07700 900123', 'PHONE_NUMBER'],
    ['Key: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'SECRET'],
    ['aws AKIAXXXXXXXXXXXXXXXX', 'SECRET'],
    ['Contact John Doe for access', 'PERSON'],
  ])('%s → %s, example', (text, entity) => {
    expect(exampleOf(text)).toContainEqual([entity, true]);
  });

  it.each([
    ['Write to maria.garcia@tidewater-logistics.com', 'EMAIL_ADDRESS'],
    ['ops@example-shop.com', 'EMAIL_ADDRESS'],
    ['qa@testing.io', 'EMAIL_ADDRESS'],
    ['The server runs at 192.0.3.44', 'IP_ADDRESS'],
    ['call (212) 555-2671', 'PHONE_NUMBER'],
    ['Ring 020 7946 1321', 'PHONE_NUMBER'],
    ['Key: ghp_4f8Kq2xLm9Zt3Wv7Rb1Yc6Nd0Hs5Jg8Pe2Ua', 'SECRET'],
    ['postgres://app:hunter22@db.acme-corp.io/prod', 'URL_CREDENTIALS'],
    // a real password with the host scrubbed to a reserved name is still a leaked password
    ['postgres://app:hunter22@db.example.com/prod', 'URL_CREDENTIALS'],
    ['Contact Johanna Doerr for access', 'PERSON'],
  ])('%s → %s, not an example', (text, entity) => {
    expect(exampleOf(text)).toContainEqual([entity, false]);
  });
});
