// Human output: spans in kickoff order, each attribute with its gate; ● marks values
// taken from the project's files.
import type { ChalkInstance } from 'chalk';
import type { PreviewReport } from './report.js';

const WIDTH = 110;

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export function formatPreviewTable(r: PreviewReport, color: ChalkInstance): string {
  const lines: string[] = [];
  const mode = r.diff ? 'what share_crew adds' : r.shareCrew ? 'share_crew on' : 'default mode (share_crew off)';
  lines.push(color.bold(`CrewAI ${r.crewaiVersion} (${r.crewaiVersionSource}) · ${mode} · telemetry ${r.telemetryEnabled ? 'enabled' : 'disabled'}`));
  if (!r.telemetryEnabled) lines.push(color.dim('Telemetry is disabled in this environment; this is what would be sent if it were on.'));
  let subject = '';
  for (const s of r.spans) {
    if (s.subject !== subject) {
      subject = s.subject;
      lines.push('', color.underline(subject));
    }
    lines.push(`  ${color.cyan(s.name)}  ${color.dim(s.trigger)}`);
    const keyWidth = Math.max(...s.attributes.map((a) => a.key.length), 8);
    for (const a of s.attributes) {
      const mark = a.fromUser ? color.yellow('●') : ' ';
      const gate = a.gate === 'default' ? 'default    ' : a.gate === 'share_crew' ? color.magenta('share_crew ') : color.blue('conditional');
      lines.push(`    ${a.key.padEnd(keyWidth)}  ${gate} ${mark} ${clip(String(a.value), WIDTH - keyWidth - 20)}`);
    }
  }
  lines.push('', color.dim(`● value from your files · ${r.spans.length} span${r.spans.length === 1 ? '' : 's'} · --format json for full values`));
  return lines.join('\n');
}
