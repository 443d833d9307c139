// PEP 508 dependency strings (`crewai[tools]>=0.76.9,<1.0.0; python_version >= "3.10"`,
// `crewai @ git+https://…`) and requirements.txt lines, reduced to what release detection
// needs: the normalised name, the specifier text and where it sits in the string.

export interface Requirement {
  /** PEP 503 normalised (lower case, runs of -_. become -) */
  name: string;
  extras: string[];
  /** the version specifier as written, parentheses removed ('' = any version) */
  specifier: string;
  /** offset of the specifier (or, when there is none, of the name) inside the parsed text */
  specifierOffset: number;
  marker?: string;
  /** a direct reference (`name @ url`): the version is not knowable statically */
  url?: string;
}

export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** crewai itself, never crewai-tools / crewai_tools / crewai.tools */
export const isCrewai = (name: string): boolean => normaliseName(name) === 'crewai';

const REQ_RE = /^(\s*)([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(\s*\[([^\]]*)\])?(\s*)(.*)$/s;

export function parseRequirement(text: string): Requirement | undefined {
  const m = REQ_RE.exec(text);
  if (!m) return undefined;
  const [, lead, rawName, extrasPart = '', extrasText, gap, rest] = m;
  const restOffset = lead.length + rawName.length + extrasPart.length + gap.length;
  const extras = extrasText ? extrasText.split(',').map((e) => e.trim()).filter(Boolean) : [];
  const name = normaliseName(rawName);
  if (rest.startsWith('@')) {
    const semi = rest.search(/\s;/);
    const url = (semi === -1 ? rest.slice(1) : rest.slice(1, semi)).trim();
    return { name, extras, specifier: '', specifierOffset: lead.length, url, marker: semi === -1 ? undefined : rest.slice(semi + 2).trim() };
  }
  const semi = rest.indexOf(';');
  let spec = semi === -1 ? rest : rest.slice(0, semi);
  const marker = semi === -1 ? undefined : rest.slice(semi + 1).trim();
  // a specifier must start with an operator (or a parenthesis around one)
  if (spec.trim() && !/^\s*\(?\s*(===|==|!=|~=|>=|<=|>|<)/.test(spec)) return undefined;
  let offset = restOffset;
  const open = spec.match(/^\s*\(\s*/);
  if (open) {
    offset += open[0].length;
    spec = spec.slice(open[0].length).replace(/\s*\)\s*$/, '');
  }
  const leadingWs = spec.length - spec.trimStart().length;
  offset += leadingWs;
  spec = spec.trim();
  return { name, extras, specifier: spec, specifierOffset: spec ? offset : lead.length, marker };
}

export interface RequirementsLine {
  /** offset of the logical line's first character in the file */
  offset: number;
  /** the requirement text: comments, line continuations and per-line options removed */
  text: string;
  /** `-r file` / `-c file` (requirements and constraints files this one includes) */
  include?: string;
}

/**
 * Logical lines of a requirements file as pip reads them: `\` joins lines, `#` at the
 * start or after whitespace starts a comment, `--hash=…` and other options after a
 * requirement are dropped, `-r`/`--requirement`/`-c`/`--constraint` name included files.
 * Editable installs (`-e`) and other option lines are skipped.
 */
export function requirementsLines(text: string): RequirementsLine[] {
  const out: RequirementsLine[] = [];
  const physical = text.split('\n');
  let offset = 0;
  for (let i = 0; i < physical.length; i++) {
    const start = offset;
    let logical = physical[i].replace(/\r$/, '');
    offset += physical[i].length + 1;
    while (/\\$/.test(logical) && i + 1 < physical.length) {
      i++;
      logical = logical.slice(0, -1) + physical[i].replace(/\r$/, '');
      offset += physical[i].length + 1;
    }
    const uncommented = logical.replace(/(^|\s)#.*$/, '').trimEnd();
    if (!uncommented.trim()) continue;
    const include = /^\s*(?:-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S+)/.exec(uncommented);
    if (include) {
      out.push({ offset: start, text: '', include: include[1] });
      continue;
    }
    if (/^\s*-/.test(uncommented)) continue;
    out.push({ offset: start, text: uncommented.replace(/\s+--?[a-z][\w-]*(=\S*|\s+\S+)?.*$/i, '') });
  }
  return out;
}
