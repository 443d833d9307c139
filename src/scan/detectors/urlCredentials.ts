import type { Detector } from '../types.js';

export const detectUrlCredentials: Detector = {
  id: 'secret/url-credentials',
  entity: 'URL_CREDENTIALS',
  category: 'secret',
  description: 'Credentials embedded in a URL (scheme://user:password@host)',
  quick: /:\/\/[^\s/@]*:[^\s/@]*@/,
  patterns: [{ name: 'userinfo', regex: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:[^\s@/]+@[^\s/?#'"<>]*[^\s/?#'"<>.,;:)](?:[/?#](?:[^\s'"<>]*[^\s'"<>.,;:)])?)?/gi, score: 0.95 }],
  // the whole URL is reported (it is what travels), up to but not including a sentence's closing
  // punctuation ("…@host:13612." ends at the port); placeholders for the password are not credentials
  validate: (m) => !/^[^:]+:\/\/[^:@/]*:(\*+|x+|<[^>]*>|\{[^}]*\}|\$\{?\w+\}?|password)@/i.test(m) && !/[.,;:)]$/.test(m),
  examples: {
    match: ['https://svc:s3cr3t@mcp.internal.acme.com:8443/mcp', 'postgres://app:hunter22@db.example.com/prod', 'redis://:p4ssw0rdXYZ@cache.internal:6379/0', 'Use redis://default:Wq81mZpL02@redis-13612.c1.cloud.redislabs.com:13612.', 'amqp://etl:Kp7vQ2xR9w@queue.internal/prod, then'],
    noMatch: ['https://example.com/user@domain', 'https://user:***@host', 'https://user:${PASSWORD}@host'],
  },
};
