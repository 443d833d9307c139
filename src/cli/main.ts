// Argument parsing and wiring. Commands live in ./commands, one file each.
import { Command, CommanderError, Option } from 'commander';
import { registerAudit } from './commands/audit.js';
import { registerPreview } from './commands/preview.js';
import { registerEnv } from './commands/env.js';
import { registerRules } from './commands/rules.js';
import { registerReport } from './commands/report.js';
import { UsageError } from './io.js';
import { VERSION } from '../version.js';

/** Adds the options every command shares (cli-contract "Common options"). */
export function commonOptions(cmd: Command): Command {
  return cmd
    .option('--crewai-version <X.Y.Z>', 'model this CrewAI release instead of the one the project pins')
    .option('--share-crew', 'model share_crew=True regardless of the code')
    .option('--no-share-crew', 'model share_crew=False regardless of the code')
    .option('--config <file>', 'crewtel config file (default: .crewtel.yaml or [tool.crewtel] found walking up)')
    .option('-o, --output <file>', 'write the report to FILE instead of stdout')
    .addOption(new Option('--color <when>', 'colours: auto (on a terminal), always, never; FORCE_COLOR and NO_COLOR are honoured').choices(['auto', 'always', 'never']))
    .option('--no-color', 'same as --color never')
    .option('-q, --quiet', 'print only the report, no notes')
    .option('-v, --verbose', 'more detail, and stack traces on internal errors');
}

/** set by the bundle's module initialiser (scripts/build.mjs); absent when run from the sources */
declare const __crewtelInits: number | undefined;
/** How many of the bundle's modules this run initialised: bin/crewtel's code cache asks. */
export const modulesInitialized = (): number => (typeof __crewtelInits === 'number' ? __crewtelInits : 0);

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('crewtel')
    .description('Telemetry inspector and privacy auditor for CrewAI projects (static: never runs your Python)')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run crewtel --help for usage)')
    .exitOverride();
  registerAudit(program, setExit);
  registerPreview(program, setExit);
  registerEnv(program, setExit);
  registerRules(program, setExit);
  registerReport(program, setExit);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`crewtel: ${e.message}\n`);
      return 2;
    }
    const err = e as Error;
    process.stderr.write(`crewtel: internal error: ${err?.message ?? String(e)}\n`);
    if (verbose && err?.stack) process.stderr.write(`${err.stack}\n`);
    else process.stderr.write('(run with --verbose for details)\n');
    return 2;
  }
}

