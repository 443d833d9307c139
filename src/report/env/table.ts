import type { ChalkInstance } from 'chalk';
import type { EnvReport } from './report.js';

export function formatEnvTable(r: EnvReport, color: ChalkInstance): string {
  const lines: string[] = [];
  const state = r.telemetry === 'disabled' ? color.green(`disabled (by ${r.disabledBy.join(', ')})`) : color.red('ENABLED');
  lines.push(`CrewAI ${r.crewaiVersion} (${r.crewaiVersionSource}) · telemetry ${state}`, '');
  lines.push(color.bold('Telemetry switches'));
  for (const v of r.variables) {
    const value = v.value === null ? color.dim('(unset)') : JSON.stringify(v.value);
    const mark = v.honoured ? color.green('✔ honoured') : v.value === null ? color.dim('–') : color.yellow('✘ ignored ');
    lines.push(`  ${v.name.padEnd(26)} ${value.padEnd(10)} ${(v.source ?? '').padEnd(7)} ${mark}  ${color.dim(v.reason)}${v.location ? color.dim(` [${v.location}]`) : ''}`);
  }
  if (r.codeSwitches.length) {
    lines.push('', color.bold('Switches set in code'));
    for (const s of r.codeSwitches) {
      lines.push(`  ${s.location.file}:${s.location.start.line}  ${s.variable}=${JSON.stringify(s.value ?? '?')}  ${s.effective ? color.green('works') : color.red('too late')}  ${color.dim(s.reason)}`);
    }
  }
  lines.push('', color.bold('Other outbound channels'));
  for (const c of r.channels) {
    const st = c.state === 'on' ? color.red('on') : c.state === 'off' ? color.green('off') : c.state === 'conditional' ? color.yellow('conditional') : color.dim('n/a');
    lines.push(`  ${st.padEnd(12)} ${c.name}${c.unaffectedByTelemetrySwitches ? color.yellow(' (not stopped by the telemetry switches)') : ''}`);
    lines.push(color.dim(`               ${c.detail}; stop it: ${c.switch}`));
  }
  if (r.advisories.length) {
    lines.push('', color.bold(`Advisories for CrewAI ${r.crewaiVersion}`));
    for (const a of r.advisories) lines.push(`  ${a.severity.padEnd(6)} ${a.id}  ${a.title}${a.fixedIn ? color.dim(` (fixed in ${a.fixedIn})`) : ''}`);
  }
  lines.push('', color.dim('CREWAI_DISABLE_TELEMETRY does not stop AMP tracing uploads (see above).'));
  return lines.join('\n');
}
