import { isIPv4, isIPv6 } from '../validators/ip.js';
import type { Detector } from '../types.js';

// A dotted quad of small numbers reads like a version ("bump to 2.10.3.4") unless the text
// speaks of addresses or hosts; real addresses almost always have an octet above 31.
const SMALL_QUAD = /^(?:(?:[12]?\d|3[01])\.){3}(?:[12]?\d|3[01])$/;

/** A real IPv6 address, not `a::b` or `dead::beef` in code: three groups, or one full 4-digit group. */
function validIpv6(m: string): boolean {
  if (!isIPv6(m)) return false;
  const groups = m.split(':').filter(Boolean);
  return groups.length >= 3 || groups.some((g) => g.length === 4 && /\d/.test(g));
}

export const detectIpAddress: Detector = {
  id: 'pii/ip-address',
  entity: 'IP_ADDRESS',
  category: 'pii',
  description: 'IPv4 or IPv6 address (not version numbers, times or MAC addresses)',
  quick: /\d\.\d|[0-9a-fA-F]:[0-9a-fA-F:]/,
  patterns: [
    { name: 'ipv4', regex: /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\w|\.\d)/g, score: 0.7 },
    // any run of hex groups and colons with at least two colons; isIPv6 decides
    { name: 'ipv6', regex: /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])/g, score: 0.7 },
  ],
  context: ['ip', 'ips', 'ipv4', 'ipv6', 'address', 'host', 'server', 'client', 'gateway', 'firewall', 'subnet', 'proxy', 'vpn', 'dns', 'resolver', 'nameserver', 'allow', 'allowlist', 'whitelist', 'block', 'blocklist', 'denylist', 'request', 'requests', 'node', 'router', 'endereço', 'dirección', 'adresse', 'indirizzo'],
  negativeContext: ['version', 'release', 'ver.', 'ver', 'versão', 'versión', 'v', 'v.', 'build', 'bump to', 'upgrade to', 'pin', 'pinned'],
  minScore: 0.5,
  // loopback and unspecified addresses (127.0.0.1, 0.0.0.0, ::1) name this machine, nobody's network
  validate: (m) => (m.includes(':') ? validIpv6(m) && !/^(?:0*:)*:?0*1$/.test(m) : isIPv4(m) && !/^(?:0|127)\./.test(m)),
  needsContext: (m) => SMALL_QUAD.test(m),
  examples: {
    match: ['192.168.10.24', 'from server 203.0.113.7.', '2001:db8:85a3::8a2e:370:7334', 'DNS server 8.8.8.8', 'fe80::1ff:fe23:4567:890a', '2001:0db8:0000:0000:0000:ff00:0042:8329', 'The IP 10.0.0.12 is allowed'],
    noMatch: ['1.15.17', 'v1.2.3.4', '999.1.1.1', '10:30:00', 'version 2.0.1.4', 'upgrade to 2.0.1.4 first', 'bump to 12.28.16.5', '00:1a:2b:3c:4d:5e', 'std::vector', 'a::b', 'call http://127.0.0.1:8787/api locally', 'bind to 0.0.0.0'],
  },
};
