// crewtel's own IPv4/IPv6 checks answer as node:net does, on forms real text holds and on
// near misses generated around them.
import { isIPv4 as netV4, isIPv6 as netV6 } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isIPv4, isIPv6 } from '../../src/scan/validators/ip.js';

const GIVEN = [
  '192.168.10.24', '0.0.0.0', '255.255.255.255', '256.1.1.1', '01.2.3.4', '1.2.3', '1.2.3.4.5', '1..2.3', '',
  '::', '::1', '1::', '2001:db8:85a3::8a2e:370:7334', 'fe80::1ff:fe23:4567:890a', '2001:0db8:0000:0000:0000:ff00:0042:8329',
  '::ffff:192.0.2.128', '64:ff9b::192.0.2.33', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8',
  '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '1::2::3', ':1:2', '1:2:', '12345::', 'g::1', 'a::b', 'dead::beef', '1:2:3:4:5::1.2.3.4',
  '1:2:3:4::1.2.3.4', '::1.2.3.4', 'fe80::1%eth0', '1:::2', '00000::1', '1:2:3:4:5:6::7', ':::',
];

function variants(seed: string): string[] {
  const out = [seed];
  for (let i = 0; i <= seed.length; i++) {
    out.push(seed.slice(0, i) + seed.slice(i + 1)); // one character less
    for (const c of [':', '.', '0', 'f', 'g']) out.push(seed.slice(0, i) + c + seed.slice(i)); // one more
  }
  return out;
}

describe('isIPv4 / isIPv6', () => {
  it('agree with node:net on given forms and every one-character variation of them', () => {
    let checked = 0;
    for (const seed of GIVEN) {
      for (const s of variants(seed)) {
        expect(isIPv4(s), s).toBe(netV4(s));
        expect(isIPv6(s), s).toBe(netV6(s));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('agree on every compression position of eight groups', () => {
    const groups = ['2001', 'db8', '0', 'ff', '1', 'a', 'b', 'c'];
    for (let from = 0; from <= 8; from++) {
      for (let to = from; to <= 8; to++) {
        const s = `${groups.slice(0, from).join(':')}::${groups.slice(to).join(':')}`;
        expect(isIPv6(s), s).toBe(netV6(s));
        const tail = `${groups.slice(0, from).join(':')}::${groups.slice(to, 6).join(':')}${to < 6 ? ':' : ''}10.1.2.3`;
        expect(isIPv6(tail), tail).toBe(netV6(tail));
      }
    }
  });
});
