// PEP 440 as far as real projects need it: release numbers with pre/post/dev parts,
// comparison, and specifiers (==, !=, >=, <=, >, <, ~=, ===, ==X.*), plus Poetry's
// ^ and ~ constraints.

export interface Version {
  release: number[];
  /** ['a'|'b'|'rc', n] */
  pre?: [string, number];
  post?: number;
  dev?: number;
  text: string;
}

const VERSION_RE = /^\s*v?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|rc|c|pre|preview)[-_.]?(\d*))?(?:(?:-(\d+))|(?:[-_.]?(post|rev|r)[-_.]?(\d*)))?(?:[-_.]?(dev)[-_.]?(\d*))?(?:\+[a-z0-9.]+)?\s*$/i;

const parsed = new Map<string, Version | undefined>();

export function parseVersion(text: string): Version | undefined {
  if (parsed.has(text)) return parsed.get(text);
  const v = parseUncached(text);
  parsed.set(text, v);
  return v;
}

function parseUncached(text: string): Version | undefined {
  const m = VERSION_RE.exec(text);
  if (!m) return undefined;
  const preTag = m[2]?.toLowerCase();
  const pre: [string, number] | undefined = preTag
    ? [preTag.startsWith('a') ? 'a' : preTag.startsWith('b') ? 'b' : 'rc', Number(m[3] || 0)]
    : undefined;
  const post = m[4] !== undefined ? Number(m[4]) : m[5] ? Number(m[6] || 0) : undefined;
  const dev = m[7] ? Number(m[8] || 0) : undefined;
  return { release: m[1].split('.').map(Number), pre, post, dev, text: text.trim() };
}

const PRE_RANK: Record<string, number> = { a: 0, b: 1, rc: 2 };

export function compareVersions(a: Version | string, b: Version | string): number {
  const va = typeof a === 'string' ? parseVersion(a) : a;
  const vb = typeof b === 'string' ? parseVersion(b) : b;
  if (!va || !vb) return 0;
  const n = Math.max(va.release.length, vb.release.length);
  for (let i = 0; i < n; i++) {
    const d = (va.release[i] ?? 0) - (vb.release[i] ?? 0);
    if (d) return Math.sign(d);
  }
  // dev < pre < final < post
  const key = (v: Version): number[] => [
    v.pre ? PRE_RANK[v.pre[0]] : v.dev !== undefined && v.post === undefined ? -1 : 3,
    v.pre ? v.pre[1] : 0,
    v.post ?? -1,
    v.dev ?? Number.MAX_SAFE_INTEGER,
  ];
  const ka = key(va);
  const kb = key(vb);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return Math.sign(ka[i] - kb[i]);
  return 0;
}

export function isPrerelease(v: Version): boolean {
  return Boolean(v.pre || v.dev !== undefined);
}

type Clause = (v: Version) => boolean;

function clause(op: string, raw: string): Clause | undefined {
  const text = raw.trim();
  if (op === '===') return (v) => v.text === text;
  if ((op === '==' || op === '!=') && text.endsWith('.*')) {
    const prefix = text.slice(0, -2).split('.').map(Number);
    const match = (v: Version) => prefix.every((p, i) => (v.release[i] ?? 0) === p);
    return op === '==' ? match : (v) => !match(v);
  }
  const target = parseVersion(text);
  if (!target) return undefined;
  switch (op) {
    case '==':
      return (v) => compareVersions(v, target) === 0;
    case '!=':
      return (v) => compareVersions(v, target) !== 0;
    case '>=':
      return (v) => compareVersions(v, target) >= 0;
    case '<=':
      return (v) => compareVersions(v, target) <= 0;
    case '>':
      return (v) => compareVersions(v, target) > 0;
    case '<':
      return (v) => compareVersions(v, target) < 0;
    case '~=': {
      const upper = target.release.slice(0, Math.max(1, target.release.length - 1));
      upper[upper.length - 1]++;
      return (v) => compareVersions(v, target) >= 0 && compareVersions(v, { release: upper, text: upper.join('.') }) < 0;
    }
    case '^': {
      // Poetry caret: the left-most non-zero component may not change
      const r = target.release;
      const i = Math.max(0, r.findIndex((x) => x !== 0));
      const upper = r.slice(0, i + 1);
      upper[i]++;
      return (v) => compareVersions(v, target) >= 0 && compareVersions(v, { release: upper, text: '' }) < 0;
    }
    case '~': {
      const r = target.release;
      const upper = r.length >= 2 ? [r[0], r[1] + 1] : [r[0] + 1];
      return (v) => compareVersions(v, target) >= 0 && compareVersions(v, { release: upper, text: '' }) < 0;
    }
  }
  return undefined;
}

export interface Specifier {
  text: string;
  matches(v: Version | string): boolean;
  /** an exact pin (==X.Y.Z without wildcard) */
  exact?: string;
}

/** Parses `>=0.76.9,<1.0.0`, `==0.28.8`, `^0.28`, `~=0.114`, `*` (empty = any). */
export function parseSpecifier(text: string): Specifier | undefined {
  const clauses: Clause[] = [];
  let exact: string | undefined;
  const parts = text.split(/[,\s]+(?=[<>=!~^]|\d)/).map((p) => p.trim()).filter((p) => p && p !== '*');
  for (const part of parts) {
    const m = /^(===|==|!=|~=|>=|<=|>|<|\^|~|=)?\s*(.+)$/.exec(part);
    if (!m) return undefined;
    const op = m[1] === '=' ? '==' : (m[1] ?? (/^\d/.test(m[2]) ? '==' : ''));
    const c = clause(op, m[2]);
    if (!c) return undefined;
    if (op === '==' && !m[2].endsWith('*')) exact = m[2].trim();
    clauses.push(c);
  }
  return {
    text,
    exact: parts.length === 1 ? exact : undefined,
    matches(v) {
      const version = typeof v === 'string' ? parseVersion(v) : v;
      return Boolean(version) && clauses.every((c) => c(version!));
    },
  };
}
