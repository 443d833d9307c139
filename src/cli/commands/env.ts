import { Option, type Command } from 'commander';
import type { CommonOptions } from '../io.js';
import { commonOptions } from '../main.js';

export interface EnvOptions extends CommonOptions {
  requireDisabled?: boolean;
}

export function registerEnv(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('env')
    .summary('show whether telemetry is disabled, and by what')
    .description(
      'Read the process environment, the project\'s .env and the switches set in its Python, and say for each ' +
        'of OTEL_SDK_DISABLED, CREWAI_DISABLE_TELEMETRY and CREWAI_DISABLE_TRACKING whether the pinned CrewAI ' +
        'release reads it and whether its value counts (only the string "true", any case, no spaces). Also lists ' +
        'the other outbound channels (AMP tracing, PyPI version check, Scarf, exporter headers, project_id, ' +
        'OTel baggage, queued spans) and the release\'s privacy advisories. Values of other variables are never ' +
        'printed.\n\n' +
        'Exit codes: 0; 1 with --require-disabled when telemetry would be enabled; 2 on bad arguments or an ' +
        'unreadable .env / project file (the report is still printed).',
    )
    .argument('[path]', 'project root', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--require-disabled', 'exit 1 when telemetry would be enabled (for CI)');
  commonOptions(cmd).action(async (path: string, opts: EnvOptions) => {
    const { runEnv } = await import('../run/env.js');
    setExit(await runEnv(path, opts));
  });
}
