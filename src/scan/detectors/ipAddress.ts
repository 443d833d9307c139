import { isIPv6 } from 'node:net';
import type { Detector } from '../types.js';

export const detectIpAddress: Detector = {
  id: 'pii/ip-address',
  entity: 'IP_ADDRESS',
  category: 'pii',
  description: 'IPv4 or IPv6 address (not version numbers)',
  patterns: [
    { name: 'ipv4', regex: /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\w|\.\d)/g, score: 0.7 },
    { name: 'ipv6', regex: /(?<![\w:])(?:[0-9a-fA-F]{1,4}:){2,7}(?::|[0-9a-fA-F]{1,4})(?:[0-9a-fA-F:]*)(?![\w:])/g, score: 0.7 },
  ],
  context: ['ip', 'address', 'host', 'server', 'client', 'endereço', 'dirección'],
  negativeContext: ['version', 'release', 'ver.', 'ver', 'versão', 'versión', 'v', 'v.', 'build'],
  minScore: 0.5,
  validate: (m) => (m.includes(':') ? isIPv6(m) && m.split(':').filter(Boolean).length >= 3 : !/^0\./.test(m)),
  // 1.2.3.4 reads like a version number unless the text speaks of addresses or hosts
  needsContext: (m) => /^\d\.\d\.\d\.\d$/.test(m),
  examples: {
    match: ['192.168.10.24', 'from server 203.0.113.7.', '2001:db8:85a3::8a2e:370:7334', 'DNS server 8.8.8.8'],
    noMatch: ['1.15.17', 'v1.2.3.4', '999.1.1.1', '10:30:00', 'version 2.0.1.4', 'upgrade to 2.0.1.4 first'],
  },
};
