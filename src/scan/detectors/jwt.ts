import type { Detector } from '../types.js';

function decodesAsJwtHeader(token: string): boolean {
  try {
    const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && ('alg' in header || 'typ' in header);
  } catch {
    return false;
  }
}

export const detectJwt: Detector = {
  id: 'secret/jwt',
  entity: 'SECRET',
  category: 'secret',
  description: 'JSON Web Token (header decodes to JSON with alg/typ)',
  quick: /eyJ/,
  patterns: [{ name: 'jwt', regex: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{10,}\b/g, score: 0.9 }],
  validate: decodesAsJwtHeader,
  examples: {
    match: ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'],
    noMatch: ['eyJhbGciOi.not.a.token', 'header.payload.signature'],
  },
};
