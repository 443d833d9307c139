import { Option, type Command } from 'commander';
import type { CommonOptions } from '../io.js';
import { commonOptions } from '../main.js';

export interface AuditOptions extends CommonOptions {
  failOn?: 'high' | 'medium' | 'low' | 'never';
  showValues?: boolean;
  baseline?: string;
  writeBaseline?: string;
  failOnUnresolved?: boolean;
  allowEmpty?: boolean;
  failOnAdvisories?: boolean;
}

export function registerAudit(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('audit')
    .summary('find personal data and secrets that CrewAI telemetry would carry')
    .description(
      'Scan crew projects for personal data and secrets in the fields CrewAI telemetry carries. ' +
        'Each finding names the file:line:column of the matched text, the span/attribute that would carry it, ' +
        'and whether it is sent by default or only with share_crew. Values are masked unless --show-values.\n\n' +
        'Accept a finding with a comment `# crewtel-ignore <ruleId> -- reason` at the end of its line or on the line ' +
        'above; settings live in .crewtel.yaml or [tool.crewtel] in pyproject.toml (see docs/ci.md).\n\n' +
        'Python crews are followed across modules (imports, factories, classes, loaded configs); what cannot be ' +
        'resolved statically is a warning at its file:line, and the summary shows the coverage.\n\n' +
        'Formats: table (fits the terminal; 80 columns in pipes and CI logs, or $COLUMNS), concise (file:line:col: ' +
        'severity rule message, one line each), json, sarif, markdown, github, html. `crewtel rules <id>` explains a rule.\n\n' +
        'Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it (or, with --fail-on-unresolved, a reference that could not be resolved), 2 bad input or arguments, or no crew found.',
    )
    .argument('[paths...]', 'project roots, config/ folders or single agents/tasks files', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'concise', 'json', 'sarif', 'markdown', 'github', 'html']).default('table'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity (default: high, or fail-on in the config)').choices(['high', 'medium', 'low', 'never']))
    .option('--fail-on-advisories', "let the pinned release's advisories count toward --fail-on (or fail-on-advisories: true in the config)")
    .option('--allow-empty', 'exit 0 when no crew is found (without it, finding none is an error: exit 2)')
    .option('--show-values', 'print matched values unmasked (never do this in CI logs)')
    .option('--baseline <file>', 'do not report findings recorded in this baseline file')
    .option('--fail-on-unresolved', 'exit 1 when a crew refers to an agent, task or tool crewtel cannot resolve statically (also fail-on-unresolved: true in the config)')
    .option('--write-baseline <file>', 'record every current finding in FILE (fingerprints only, no values) and exit 0');
  commonOptions(cmd).action(async (paths: string[], opts: AuditOptions) => {
    // the pipeline is loaded only when the command runs: --help and --version stay fast
    const { runAudit } = await import('../run/audit.js');
    setExit(await runAudit(paths, opts));
  });
}

