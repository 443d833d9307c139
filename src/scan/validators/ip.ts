// IPv4 and IPv6 textual forms (RFC 791 dotted quad without leading zeros; RFC 4291 section 2.2
// with `::` compression and an embedded IPv4 tail). The same answers as node:net's isIPv4 and
// isIPv6 (test/scan/ip.test.ts compares them) without loading node:net, which brings
// streams and sockets into a start-up that needs none of them.

const V4_PART = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const V4 = `(?:${V4_PART}\\.){3}${V4_PART}`;
const IPV4 = new RegExp(`^${V4}$`);

const H = '[0-9a-fA-F]{1,4}';
/**
 * n leading groups written out, then either the rest written out or `::` and up to the
 * remaining groups after it; an IPv4 tail counts as two groups.
 */
function v6Alternatives(): string {
  const alts: string[] = [];
  // no compression: eight groups, or six and an IPv4 tail
  alts.push(`(?:${H}:){7}${H}`, `(?:${H}:){6}${V4}`);
  // `::` after `lead` groups (0..7), followed by up to 7 - lead groups (or fewer and an IPv4 tail)
  for (let lead = 0; lead <= 7; lead++) {
    const head = lead === 0 ? '' : `(?:${H}:){${lead - 1}}${H}`;
    const room = 7 - lead;
    const tails = [''];
    if (room >= 1) tails.push(`(?:${H}:){0,${room - 1}}${H}`);
    if (room >= 2) tails.push(`(?:${H}:){0,${room - 2}}${V4}`);
    alts.push(`${head}::(?:${tails.filter(Boolean).join('|')})?`);
  }
  return alts.join('|');
}
const IPV6 = new RegExp(`^(?:${v6Alternatives()})(?:%[0-9a-zA-Z.:-]+)?$`);

export const isIPv4 = (s: string): boolean => IPV4.test(s);
export const isIPv6 = (s: string): boolean => IPV6.test(s);
