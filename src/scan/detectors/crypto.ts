import type { Detector } from '../types.js';
import { validBase58Check, validBech32 } from '../validators/crypto.js';

export const detectBitcoin: Detector = {
  id: 'pii/crypto-btc',
  entity: 'CRYPTO_WALLET',
  category: 'pii',
  description: 'Bitcoin address (base58check or bech32 checksum)',
  quick: /[13][a-km-zA-HJ-NP-Z1-9]{25}|bc1/i,
  patterns: [
    { name: 'base58', regex: /\b[13][a-km-zA-HJ-NP-Z1-9]{25,34}\b/g, score: 0.9 },
    { name: 'bech32', regex: /\b(?:bc1|BC1)[a-zA-HJ-NP-Z0-9]{11,71}\b/g, score: 0.9 },
  ],
  validate: (m) => (/^bc1/i.test(m) ? validBech32(m) : validBase58Check(m)),
  examples: {
    match: ['1BoatSLRHtKNngkdXEeobR76b53LETtpyT', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
    noMatch: ['1BoatSLRHtKNngkdXEeobR76b53LETtpyX', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx'],
  },
};

export const detectEthereum: Detector = {
  id: 'pii/crypto-eth',
  entity: 'CRYPTO_WALLET',
  category: 'pii',
  description: 'Ethereum address (0x + 40 hex)',
  quick: /0x[a-fA-F0-9]{40}/,
  patterns: [{ name: 'eth', regex: /\b0x[a-fA-F0-9]{40}\b/g, score: 0.85 }],
  validate: (m) => !/^0x0{40}$/.test(m),
  examples: { match: ['0x52908400098527886E0F7030069857D2E4169EE7', '0xde709f2102306220921060314715629080e2fb77'], noMatch: ['0x0000000000000000000000000000000000000000', 'de709f2102306220921060314715629080e2fb77'] },
};
