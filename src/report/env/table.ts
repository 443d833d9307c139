import type { ChalkInstance } from 'chalk';
import type { ChannelState } from '../../env/channels.js';
import { complete, coverageLine } from '../../model/coverage.js';
import type { EnvReport } from './report.js';
import { displayWidth, wrap } from '../text/layout.js';

/** Long lines wrapped to the width, continuing under their own indent (+2). */
function fitToWidth(lines: string[], width: number): string[] {
  return lines.flatMap((line) => {
    if (displayWidth(line) <= width) return [line];
    const plain = line.replace(/\u001b\[[0-9;]*m/g, '');
    const indent = ' '.repeat(plain.length - plain.trimStart().length);
    // colour codes around a whole line stay with its first and last words
    return wrap(line, width, `${indent}  `, indent);
  });
}

const STATE_LABEL: Record<ChannelState, string> = { on: 'on', off: 'off', conditional: 'conditional', applies: 'applies', 'not-in-release': 'n/a' };

/** The human-readable `crewtel env` report. Values are shown for the three switches only. */
export function formatEnvTable(r: EnvReport, color: ChalkInstance, opts: { verbose?: boolean; width?: number } = {}): string {
  const lines: string[] = [];
  const pin = r.crewaiVersionLocation ?? r.crewaiVersionSource;
  const state = r.telemetry === 'disabled' ? color.green(`disabled${r.disabledBy.length ? ` (by ${r.disabledBy.join(', ')})` : ''}`) : color.red.bold('ENABLED');
  lines.push(`CrewAI ${r.crewaiVersion}${r.crewaiVersionExact ? '' : ' (modelled)'} from ${pin} · telemetry ${state}`);
  lines.push(color.dim(`precedence: ${r.precedence}`), '');
  if (r.coverage && !complete(r.coverage)) lines.push(color.yellow(`${coverageLine(r.coverage)} (--verbose lists each reference)`), '');

  lines.push(color.bold('Telemetry switches'));
  for (const v of r.variables) {
    const mark = v.honoured ? color.green('✔') : v.value === null ? color.dim('–') : color.yellow('✘');
    const value = v.value === null ? color.dim(v.source === 'code' ? '(expression)' : 'not set') : `= ${JSON.stringify(v.value)}`;
    const from = v.source ? color.dim(`  ${v.location ?? v.source}`) : '';
    lines.push(`  ${mark} ${v.name} ${value}${from}`);
    const read = v.readByRelease ? `read by ${r.crewaiVersion}` : color.yellow(`not read by ${r.crewaiVersion}`);
    const facts = [`${read} (since ${v.firstRelease})`];
    if (v.valueCounts !== null) facts.push(v.valueCounts ? 'value counts' : color.yellow('value does not count'));
    lines.push(color.dim(`      ${facts.join(' · ')}`));
    if (v.value !== null || v.reason !== 'not set') lines.push(`      ${v.reason}`);
    for (const s of v.shadowed) lines.push(color.dim(`      also ${s.value === undefined ? 'set' : JSON.stringify(s.value)} in ${s.location ?? s.source}: ${s.why}`));
  }

  if (r.codeSwitches.length) {
    lines.push('', color.bold('Switches set in code'));
    for (const s of r.codeSwitches) {
      const effect = s.effect === 'applies' ? color.green('applies') : s.effect === 'partial' ? color.yellow('partly ignored') : color.red('ignored');
      const name = JSON.stringify(s.variable);
      const value = s.value === undefined ? '…' : JSON.stringify(s.value);
      const call = s.kind === 'environ-set' ? `os.environ[${name}] = ${value}` : s.kind === 'setdefault' ? `os.environ.setdefault(${name}, ${value})` : `os.putenv(${name}, ${value})`;
      lines.push(`  ${s.location.file}:${s.location.start.line}:${s.location.start.column}  ${call}  ${s.afterImport ? 'after' : 'before'} import crewai · ${effect}`);
      lines.push(color.dim(`      ${s.reason}`));
    }
  }

  lines.push('', color.bold('Other outbound channels'));
  const paint = (st: ChannelState) => {
    const label = STATE_LABEL[st].padEnd(11);
    return st === 'on' ? color.red(label) : st === 'off' ? color.green(label) : st === 'not-in-release' ? color.dim(label) : color.yellow(label);
  };
  for (const c of r.channels) {
    lines.push(`  ${paint(c.state)} ${c.name}${c.unaffectedByTelemetrySwitches && c.state !== 'not-in-release' && c.state !== 'off' ? color.yellow(' — not stopped by the telemetry switches') : ''}`);
    lines.push(color.dim(`              ${c.detail}`));
    if (c.state !== 'not-in-release') lines.push(color.dim(`              stop it: ${c.switch}`));
  }

  if (r.advisories.length) {
    lines.push('', color.bold(`Advisories for CrewAI ${r.crewaiVersion}`));
    for (const a of r.advisories) {
      const sev = a.severity === 'high' ? color.red(a.severity.padEnd(6)) : a.severity === 'medium' ? color.yellow(a.severity.padEnd(6)) : color.dim(a.severity.padEnd(6));
      lines.push(`  ${sev} ${a.id}  ${a.title}${a.fixedIn ? color.dim(` (fixed in ${a.fixedIn})`) : ''}`);
      if (opts.verbose) lines.push(color.dim(`         ${a.text}`));
    }
    if (!opts.verbose) lines.push(color.dim('  (--verbose or --format json for the details)'));
  }
  lines.push('', color.dim('CREWAI_DISABLE_TELEMETRY does not stop AMP tracing uploads, the PyPI version check or OTel baggage (see the channels above).'));
  return fitToWidth(lines, opts.width ?? 80).join('\n');
}
