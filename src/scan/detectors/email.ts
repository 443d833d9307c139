import type { Detector } from '../types.js';

export const detectEmail: Detector = {
  id: 'pii/email',
  entity: 'EMAIL_ADDRESS',
  category: 'pii',
  description: 'Email address',
  quick: /@/,
  patterns: [{ name: 'email', regex: /(?<![\w.%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24}(?![\w-])/g, score: 0.95 }],
  // a domain of a real TLD shape, not a file name like logo@2x.png
  validate: (m) => !/\.(png|jpe?g|gif|svg|webp)$/i.test(m) && !/^\d+x\./.test(m.split('@')[1]),
  examples: {
    match: ['maria.garcia@acme-support.example', 'j.doe+crew@mail.co.uk', 'ops42@example.com'],
    noMatch: ['logo@2x.png', 'user at example dot com', '@handle', 'name@localhost'],
  },
};
