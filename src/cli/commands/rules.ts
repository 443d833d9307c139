import { Option, type Command } from 'commander';
import { makeIo, UsageError, type CommonOptions } from '../io.js';

export function registerRules(program: Command, setExit: (code: number) => void): void {
  program
    .command('rules')
    .summary('list the rules, or explain one: crewtel rules pii/person')
    .description(
      'Without an id: every detector and config rule (id, entity, description); ids are stable. With an id: what the ' +
        'rule detects, why it matters for CrewAI telemetry (which spans and attributes carry it), how to fix it, ' +
        'examples that match and do not, and how to accept a finding. The same text is in docs/rules/<id>.md.',
    )
    .argument('[id]', 'a rule id, e.g. pii/person, config/share-crew, advisory/otel-baggage')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--color <when>', 'colours: auto, always, never').choices(['auto', 'always', 'never']))
    .option('--no-color', 'same as --color never')
    .action(async (id: string | undefined, opts: CommonOptions) => {
      const io = makeIo(opts);
      if (id !== undefined) {
        const { ruleExplanation, ruleExplanations } = await import('../../rules/explain.js');
        const r = ruleExplanation(id);
        if (!r) {
          const near = ruleExplanations().filter((x) => x.id.includes(id.replace(/^.*\//, '')) || x.id.startsWith(id)).map((x) => x.id);
          throw new UsageError(`no rule ${id}${near.length ? ` (did you mean ${near.slice(0, 5).join(', ')}?)` : ''}; crewtel rules lists them`);
        }
        if (opts.format === 'json') io.out(JSON.stringify(r, null, 2));
        else {
          const { formatRuleText } = await import('../../report/rules/text.js');
          io.out(formatRuleText(r, io.color, io.width));
        }
        io.flush();
        setExit(0);
        return;
      }
      const { allRules } = await import('../rules.js');
      const rules = allRules();
      if (opts.format === 'json') io.out(JSON.stringify(rules, null, 2));
      else {
        const { truncate } = await import('../../report/text/layout.js');
        const w = Math.max(...rules.map((r) => r.id.length));
        for (const r of rules) io.out(truncate(`${r.id.padEnd(w)}  ${(r.entity ?? r.category).padEnd(15)}  ${r.description}`, io.width));
        io.out('');
        io.out('crewtel rules <id> explains one (also in docs/rules/<id>.md).');
      }
      io.flush();
      setExit(0);
    });
}
