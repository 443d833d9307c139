// Human output: spans in the order a kickoff emits them, grouped under each crew/flow;
// every attribute with its gate; ● marks values taken from the project's files. The
// common attributes every span carries are listed once per crew/flow; JSON lists are
// shown one object per line; long values are cut to one line (--format json has them
// in full).
import { Chalk, type ChalkInstance } from 'chalk';
import { complete, coverageLine } from '../../model/coverage.js';
import { commonAttributes } from '../../telemetry/catalog/common.js';
import { pyJsonDumps } from '../../telemetry/pyjson.js';
import type { SimulatedAttribute, SimulatedSpan } from '../../telemetry/simulate.js';
import type { PreviewReport } from './report.js';
import { pushAll } from '../../core/arrays.js';

const WIDTH = 120;
const GATE_WIDTH = 11;
const plain = new Chalk({ level: 0 });
const COMMON_KEYS = new Set(commonAttributes.map((a) => a.key));

/** One line, at most `n` characters (… marks the cut). */
function clip(s: string, n: number): string {
  const one = s.replace(/\r?\n/g, '⏎').replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, Math.max(1, n - 1))}…` : one;
}

export function formatPreviewTable(r: PreviewReport, color: ChalkInstance = plain): string {
  const lines: string[] = [];
  const mode = r.diff ? 'what share_crew adds over the default mode' : r.shareCrew ? 'share_crew on' : 'default mode (share_crew off)';
  lines.push(color.bold(`CrewAI ${r.crewaiVersion} (${r.crewaiVersionSource}) · ${mode} · telemetry ${r.telemetryEnabled ? 'enabled' : 'disabled'}`));
  if (!r.telemetryEnabled) lines.push(color.dim('Telemetry is disabled in this environment: this is what would be sent if it were on.'));
  if (r.valuesMasked) lines.push(color.dim(`${r.valuesMasked} value${r.valuesMasked === 1 ? '' : 's'} that look like personal data or secrets are masked; --show-values shows them (never in CI logs).`));
  if (r.spans.length === 0) {
    lines.push('', r.diff ? 'share_crew adds nothing here.' : 'No crews or flows found: nothing would be sent.');
    return lines.join('\n');
  }
  for (const [subject, spans] of groupBySubject(r.spans)) {
    const crew = r.crews.find((c) => c.id === subject) ?? r.outsideCrews?.find((c) => c.id === subject);
    const version = crew && crew.crewaiVersion !== r.crewaiVersion ? ` · CrewAI ${crew.crewaiVersion}` : '';
    lines.push('', color.underline(crew ? `${crew.name} (${crew.id})${version}` : `flow ${subject}`));
    if (crew && 'hypothetical' in crew) {
      lines.push(`  ${color.yellow('hypothetical:')} ${color.dim('no crew crewtel resolved uses these agents and tasks; CrewAI sends this only if a crew crewtel cannot see does')}`);
    }
    const common = commonOf(spans);
    if (common.length) {
      const list = common.map((a) => `${a.fromUser ? `${color.yellow('●')} ` : ''}${a.key}=${clip(String(a.value), 40)}${a.gate === 'conditional' ? ' (conditional)' : ''}`);
      lines.push(`  ${color.dim('every span also carries:')} ${list.join(', ')}`);
    }
    for (const s of spans) pushAll(lines, spanLines(s, color, common.length > 0));
  }
  const count = `${r.spans.length} span${r.spans.length === 1 ? '' : 's'}`;
  if (r.coverage && !complete(r.coverage)) lines.push('', color.yellow(`${coverageLine(r.coverage)}: what the rest carries is not shown (--verbose lists each reference)`));
  lines.push('', color.dim(`● value from your files · default = sent whenever telemetry is on · share_crew = only with share_crew=True · conditional = see --format json · ${count}`));
  return lines.join('\n');
}

function groupBySubject(spans: SimulatedSpan[]): Map<string, SimulatedSpan[]> {
  const out = new Map<string, SimulatedSpan[]>();
  for (const s of spans) out.set(s.subject, [...(out.get(s.subject) ?? []), s]);
  return out;
}

/** The common attributes, when every span of the group carries the same ones. */
function commonOf(spans: SimulatedSpan[]): SimulatedAttribute[] {
  const first = spans[0].attributes.filter((a) => COMMON_KEYS.has(a.key));
  const sig = (s: SimulatedSpan) => JSON.stringify(s.attributes.filter((a) => COMMON_KEYS.has(a.key)).map((a) => [a.key, a.value]));
  return spans.every((s) => sig(s) === sig(spans[0])) ? first : [];
}

function spanLines(s: SimulatedSpan, color: ChalkInstance, hideCommon: boolean): string[] {
  const out = [`  ${color.cyan.bold(s.name)}  ${color.dim(s.trigger)}`];
  if (s.condition) out.push(`    ${color.dim(`only if ${s.condition}`)}`);
  const attributes = hideCommon ? s.attributes.filter((a) => !COMMON_KEYS.has(a.key)) : s.attributes;
  const keyWidth = Math.max(14, ...attributes.map((a) => a.key.length));
  const indent = 4 + keyWidth + 2 + GATE_WIDTH + 3;
  const valueWidth = WIDTH - indent;
  for (const a of attributes) {
    const mark = a.fromUser ? color.yellow('●') : ' ';
    const [first, ...rest] = valueLines(a, valueWidth);
    out.push(`    ${a.key.padEnd(keyWidth)}  ${gateText(a, color)} ${mark} ${first}`);
    for (const line of rest) out.push(`${' '.repeat(indent)}${line}`);
  }
  return out;
}

function gateText(a: SimulatedAttribute, color: ChalkInstance): string {
  if (a.gate === 'share_crew') return color.magenta('share_crew'.padEnd(GATE_WIDTH));
  if (a.gate === 'conditional') return color.blue('conditional');
  return 'default'.padEnd(GATE_WIDTH);
}

/** A value on one line, or a JSON list of objects one object per line. */
function valueLines(a: SimulatedAttribute, width: number): string[] {
  const added = a.innerKeysAdded?.length ? ` (adds ${a.innerKeysAdded.join(', ')})` : '';
  if (typeof a.value !== 'string') return [String(a.value) + added];
  const objects = jsonObjects(a.value);
  if (!objects) return [clip(a.value, Math.max(20, width - added.length)) + added];
  const head = `${objects.length} object${objects.length === 1 ? '' : 's'}${added}`;
  return [head, ...objects.flatMap((o) => wrap(pyJsonDumps(o), width, 3))];
}

/** Hard-wrap one line into at most `maxLines` lines of `width`; continuation lines start with a space; … marks a cut. */
function wrap(s: string, width: number, maxLines: number): string[] {
  let rest = s.replace(/\r?\n/g, '⏎');
  const lines: string[] = [];
  while (rest.length && lines.length < maxLines) {
    const room = lines.length === 0 ? width : width - 1;
    const last = lines.length === maxLines - 1;
    const piece = last && rest.length > room ? `${rest.slice(0, room - 1)}…` : rest.slice(0, room);
    lines.push(lines.length === 0 ? piece : ` ${piece}`);
    rest = rest.slice(room);
  }
  return lines;
}

function jsonObjects(v: string): Record<string, unknown>[] | undefined {
  if (!v.startsWith('[{')) return undefined;
  try {
    const parsed = JSON.parse(v) as unknown;
    return Array.isArray(parsed) && parsed.every((o) => o && typeof o === 'object' && !Array.isArray(o)) ? (parsed as Record<string, unknown>[]) : undefined;
  } catch {
    return undefined;
  }
}
