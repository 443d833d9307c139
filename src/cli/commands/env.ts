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
        'telemetry variable whether the pinned CrewAI release honours it (only the string "true" counts). ' +
        'Also lists the other outbound channels (AMP tracing, version check, baggage, …) and the release\'s ' +
        'privacy advisories. Values of other variables in .env are never printed.\n\n' +
        'Exit codes: 0, or 1 with --require-disabled when telemetry would be enabled; 2 on bad input.',
    )
    .argument('[path]', 'project root', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--require-disabled', 'exit 1 when telemetry would be enabled (for CI)');
  commonOptions(cmd).action(async (path: string, opts: EnvOptions) => {
    const { runEnv } = await import('../run/env.js');
    setExit(await runEnv(path, opts));
  });
}
