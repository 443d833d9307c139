// PEP 440 as far as real projects need it: versions with epoch, pre/post/dev parts and
// local labels; ordering as pip orders them; specifiers (==, !=, >=, <=, >, <, ~=, ===,
// ==X.* wildcards, comma-joined) and, for [tool.poetry.dependencies], Poetry's
// constraints (^X.Y, ~X.Y, bare X.Y.Z, X.*, *, `||` alternatives, space-joined clauses).

export interface Version {
  epoch: number;
  release: number[];
  /** ['a'|'b'|'rc', n] */
  pre?: [PreTag, number];
  post?: number;
  dev?: number;
  local?: string;
  /** the text as written (trimmed) */
  text: string;
}

type PreTag = 'a' | 'b' | 'rc';

// PEP 440 appendix B, accepting the spellings pip normalises (alpha, c, pre, preview, rev, r, -N)
const VERSION_RE =
  /^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\d*))?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d*))?(?:[-_.]?(dev)[-_.]?(\d*))?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;

const PRE_TAGS: Record<string, PreTag> = { a: 'a', alpha: 'a', b: 'b', beta: 'b', c: 'rc', rc: 'rc', pre: 'rc', preview: 'rc' };

const cache = new Map<string, Version | undefined>();

export function parseVersion(text: string): Version | undefined {
  if (cache.has(text)) return cache.get(text);
  const v = parseUncached(text);
  cache.set(text, v);
  return v;
}

function parseUncached(text: string): Version | undefined {
  const m = VERSION_RE.exec(text);
  if (!m) return undefined;
  const [, epoch, release, preTag, preN, postDash, postTag, postN, devTag, devN, local] = m;
  return {
    epoch: epoch ? Number(epoch) : 0,
    release: release.split('.').map(Number),
    pre: preTag ? [PRE_TAGS[preTag.toLowerCase()], Number(preN || 0)] : undefined,
    post: postDash !== undefined ? Number(postDash) : postTag ? Number(postN || 0) : undefined,
    dev: devTag ? Number(devN || 0) : undefined,
    local: local?.toLowerCase(),
    text: text.trim(),
  };
}

/**
 * The canonical form crewtel reports: at least three release numbers, then a1/b1/rc1,
 * .postN, .devN (local labels dropped; the catalog never depends on them).
 */
export function normaliseVersion(text: string): string | undefined {
  const v = parseVersion(text);
  if (!v) return undefined;
  const release = [...v.release];
  while (release.length < 3) release.push(0);
  return (
    (v.epoch ? `${v.epoch}!` : '') +
    release.join('.') +
    (v.pre ? `${v.pre[0]}${v.pre[1]}` : '') +
    (v.post !== undefined ? `.post${v.post}` : '') +
    (v.dev !== undefined ? `.dev${v.dev}` : '')
  );
}

const PRE_RANK: Record<PreTag, number> = { a: 0, b: 1, rc: 2 };

/** packaging's ordering key: dev of a final sorts before its pre-releases, post after the final. */
function suffixKey(v: Version): number[] {
  const pre = v.pre
    ? [PRE_RANK[v.pre[0]], v.pre[1]]
    : v.dev !== undefined && v.post === undefined
      ? [-Infinity, 0]
      : [Infinity, 0];
  return [...pre, v.post ?? -Infinity, v.dev ?? Infinity];
}

export function compareVersions(a: Version | string, b: Version | string): number {
  const va = typeof a === 'string' ? parseVersion(a) : a;
  const vb = typeof b === 'string' ? parseVersion(b) : b;
  if (!va || !vb) return 0;
  if (va.epoch !== vb.epoch) return Math.sign(va.epoch - vb.epoch);
  const n = Math.max(va.release.length, vb.release.length);
  for (let i = 0; i < n; i++) {
    const d = (va.release[i] ?? 0) - (vb.release[i] ?? 0);
    if (d) return Math.sign(d);
  }
  const ka = suffixKey(va);
  const kb = suffixKey(vb);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
  return 0;
}

export function isPrerelease(v: Version): boolean {
  return Boolean(v.pre || v.dev !== undefined);
}

type Clause = (v: Version) => boolean;

const sameRelease = (a: Version, b: Version) => compareVersions({ ...a, pre: undefined, post: undefined, dev: undefined, local: undefined }, { ...b, pre: undefined, post: undefined, dev: undefined, local: undefined }) === 0;

/** Upper bound for Poetry's ^: the left-most non-zero number may not change (all zeros: the last one given). */
function caretUpper(r: number[]): number[] {
  let i = r.findIndex((x) => x !== 0);
  if (i === -1) i = r.length - 1;
  const upper = r.slice(0, i + 1);
  upper[i]++;
  return upper;
}

function bound(release: number[]): Version {
  return { epoch: 0, release, text: release.join('.'), dev: 0 };
}

function clause(op: string, raw: string): Clause | undefined {
  const text = raw.trim();
  if (op === '===') return (v) => v.text.toLowerCase() === text.toLowerCase();
  if (text.endsWith('.*')) {
    if (op !== '==' && op !== '!=') return undefined;
    const prefix = parseVersion(text.slice(0, -2));
    if (!prefix) return undefined;
    const match = (v: Version) => v.epoch === prefix.epoch && prefix.release.every((p, i) => (v.release[i] ?? 0) === p);
    return op === '==' ? match : (v) => !match(v);
  }
  const target = parseVersion(text);
  if (!target) return undefined;
  const cmp = (v: Version) => compareVersions(v, target);
  switch (op) {
    case '==':
      // without a local label in the specifier, the candidate's local label is ignored
      return (v) => cmp(target.local ? v : { ...v, local: undefined }) === 0 && (!target.local || v.local === target.local);
    case '!=':
      return (v) => cmp(v) !== 0;
    case '>=':
      return (v) => cmp(v) >= 0;
    case '<=':
      return (v) => cmp(v) <= 0;
    case '>':
      // >V excludes post-releases of V unless V is itself a post-release
      return (v) => cmp(v) > 0 && !(target.post === undefined && v.post !== undefined && sameRelease(v, target) && !v.pre);
    case '<':
      // <V excludes pre-releases of V unless V is itself a pre-release
      return (v) => cmp(v) < 0 && !(!isPrerelease(target) && isPrerelease(v) && sameRelease(v, target));
    case '~=': {
      if (target.release.length < 2) return undefined;
      const prefix = target.release.slice(0, -1);
      return (v) => cmp(v) >= 0 && prefix.every((p, i) => (v.release[i] ?? 0) === p);
    }
    case '^': {
      const upper = bound(caretUpper(target.release));
      return (v) => cmp(v) >= 0 && compareVersions(v, upper) < 0;
    }
    case '~': {
      const r = target.release;
      const upper = bound(r.length >= 2 ? [r[0], r[1] + 1] : [r[0] + 1]);
      return (v) => cmp(v) >= 0 && compareVersions(v, upper) < 0;
    }
  }
  return undefined;
}

export interface Specifier {
  /** as written */
  text: string;
  matches(v: Version | string): boolean;
  /** the version of an exact pin (==X.Y.Z without wildcard, ===X, or a bare Poetry X.Y.Z) */
  exact?: string;
  /** true when the specifier allows every version (empty, `*`) */
  any: boolean;
}

const CLAUSE_RE = /^(===|==|!=|~=|>=|<=|>|<|\^|~|=)?\s*(\S+)$/;

/**
 * Parses `>=0.76.9,<1.0.0`, `==0.28.8`, `== 1.2.*`, `^0.28`, `~0.28`, `~=0.114`, `0.51.1`
 * (Poetry: exact), `>=1.0 <2.0`, `^0.28 || ^0.30`, `*` or '' (any). Undefined when not a
 * specifier.
 */
export function parseSpecifier(text: string): Specifier | undefined {
  const groups: Clause[][] = [];
  let exact: string | undefined;
  let any = false;
  const alternatives = text.split('||');
  for (const alt of alternatives) {
    const parts = alt
      .trim()
      .split(/\s*,\s*|\s+(?=[<>=!~^])/)
      .map((p) => p.trim())
      .filter(Boolean);
    const clauses: Clause[] = [];
    for (const part of parts) {
      if (part === '*') continue;
      const m = CLAUSE_RE.exec(part);
      if (!m) return undefined;
      const op = m[1] === undefined || m[1] === '=' ? '==' : m[1];
      const c = clause(op, m[2]);
      if (!c) return undefined;
      if ((op === '==' || op === '===') && !m[2].endsWith('*') && alternatives.length === 1) exact = m[2];
      clauses.push(c);
    }
    if (clauses.length === 0) any = true;
    groups.push(clauses);
  }
  return {
    text,
    exact,
    any,
    matches(v) {
      const version = typeof v === 'string' ? parseVersion(v) : v;
      return Boolean(version) && groups.some((g) => g.every((c) => c(version!)));
    },
  };
}
