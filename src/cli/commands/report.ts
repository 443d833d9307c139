// `crewtel report`: the reviewer's page. Options are audit's (the page is built from the
// same report data); the work is in ../run/report.ts, loaded only when the command runs.
import { Option, type Command } from 'commander';
import type { AuditOptions } from './audit.js';
import { commonOptions } from '../main.js';

export function registerReport(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('report')
    .summary('write one self-contained HTML page for the privacy reviewer')
    .description(
      'Write one HTML file (inline styles and drawings, no script, no external URL, printable on A4) with, in the ' +
        'order a reviewer reads: the verdict and scope; a drawing per crew of the fields sent by default, only with ' +
        'share_crew and never, the spans that carry them and where they go, findings marked on their fields; the ' +
        'findings by crew and field with what to do; accepted findings and their reasons; the telemetry switches and ' +
        'other outbound channels; the release advisories; a preview of the default-mode spans; the command and crewtel ' +
        'version. Values are masked unless --show-values.\n\n' +
        'Exit codes are audit\'s: 0 nothing at or above --fail-on, 1 findings at or above it (advisories only with --fail-on-advisories), 2 bad input or arguments, or no crew found.',
    )
    .argument('[paths...]', 'project roots, config/ folders or single agents/tasks files', ['.'])
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity (default: high, or fail-on in the config)').choices(['high', 'medium', 'low', 'never']))
    .option('--fail-on-advisories', "let the pinned release's advisories count toward --fail-on (or fail-on-advisories: true in the config)")
    .option('--allow-empty', 'exit 0 when no crew is found (without it, finding none is an error: exit 2)')
    .option('--show-values', 'show matched values unmasked (never file or share such a page)')
    .option('--baseline <file>', 'treat findings recorded in this baseline file as accepted');
  commonOptions(cmd).action(async (paths: string[], opts: AuditOptions) => {
    const { runReport } = await import('../run/report.js');
    setExit(await runReport(paths, opts));
  });
}
