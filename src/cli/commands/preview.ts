// `crewtel preview`: options per the CLI contract; the work is in ../run/preview.ts,
// loaded only when the command runs.
import { Option, type Command } from 'commander';
import type { CommonOptions } from '../io.js';
import { commonOptions } from '../main.js';

export interface PreviewOptions extends CommonOptions {
  diff?: boolean;
  inputs?: string;
  showValues?: boolean;
}

export function registerPreview(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('preview')
    .summary('show the spans and attributes CrewAI would emit for these crews')
    .description(
      'Replay a kickoff of every crew and flow found under PATH against the telemetry catalog of the CrewAI ' +
        'release the project pins, and show each span and attribute that would be sent, with its gate ' +
        '(default, share_crew, conditional). Values from your files are shown as CrewAI sends them (tool names ' +
        'transformed as that release does, MD5 keys computed, JSON encoded like Python), run-time values as ' +
        '<placeholders>. ● marks values taken from your files. Values that look like personal data or secrets are masked ' +
        '(the detectors and masking of audit) unless --show-values.',
    )
    .argument('[paths...]', 'project roots, config/ folders or single agents/tasks files', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'otlp']).default('table'))
    .option('--show-values', 'print values that look like personal data or secrets unmasked (never in CI logs)')
    .option('--diff', 'show only what share_crew adds over the default mode')
    .option('--inputs <json|@file>', 'kickoff inputs, as JSON or @file.json: fills {placeholders} where CrewAI records values after interpolation');
  commonOptions(cmd).action(async (paths: string[], opts: PreviewOptions) => {
    const { runPreview } = await import('../run/preview.js');
    setExit(await runPreview(paths, opts));
  });
}
