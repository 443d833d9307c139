import { Option, type Command } from 'commander';
import { CONFIG_RULES } from '../../assess/configFindings.js';
import type { RuleMeta } from '../../assess/types.js';
import { detectors } from '../../scan/detectors/index.js';
import { makeIo, type CommonOptions } from '../io.js';

/** Every rule id audit can report: detectors (pii/*, secret/*) and config rules. Ids are stable. */
export function allRules(): RuleMeta[] {
  return [
    ...detectors.map((d) => ({ id: d.id, category: d.category, entity: d.entity, description: d.description, defaultSeverity: 'high' as const })),
    ...CONFIG_RULES,
  ];
}

export function registerRules(program: Command, setExit: (code: number) => void): void {
  program
    .command('rules')
    .description('list the detectors and config rules (id, entity, description); ids are stable')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--no-color', 'disable colours')
    .action((opts: CommonOptions) => {
      const io = makeIo(opts);
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
