import { Option, type Command } from 'commander';
import { makeIo, type CommonOptions } from '../io.js';

export function registerRules(program: Command, setExit: (code: number) => void): void {
  program
    .command('rules')
    .description('list the detectors and config rules (id, entity, description); ids are stable')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--no-color', 'disable colours')
    .action(async (opts: CommonOptions) => {
      const io = makeIo(opts);
      const { allRules } = await import('../rules.js');
      const rules = allRules();
      if (opts.format === 'json') io.out(JSON.stringify(rules, null, 2));
      else {
        const w = Math.max(...rules.map((r) => r.id.length));
        for (const r of rules) io.out(`${r.id.padEnd(w)}  ${(r.entity ?? r.category).padEnd(15)}  ${r.description}`);
      }
      io.flush();
      setExit(0);
    });
}
