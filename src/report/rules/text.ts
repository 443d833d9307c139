// `crewtel rules <id>`: one rule's explanation as text, wrapped to the terminal.
import type { ChalkInstance } from 'chalk';
import type { RuleExplanation } from '../../rules/explain.js';
import { unbreakable, wrap } from '../text/layout.js';

export function formatRuleText(r: RuleExplanation, color: ChalkInstance, width = 80): string {
  const out: string[] = [];
  const para = (text: string) => out.push(...wrap(text, width, '  ', '  '));
  const list = (items: string[]) => {
    for (const i of items) out.push(...wrap(i, width, '    ', '  - '));
  };
  const head = (t: string) => out.push('', color.bold(t));
  out.push(color.bold(r.id), ...wrap(`${r.title} · ${r.category}${r.entity ? ` · ${r.entity}` : ''} · default severity ${r.defaultSeverity}`, width));
  head('What it detects');
  para(r.detects);
  head('Why it matters for CrewAI telemetry');
  para(r.why);
  if (r.affected) para(`Affected releases: ${r.affected}${r.fixedIn ? `; fixed in ${r.fixedIn}` : ''}.`);
  if (r.carriedBy.length) {
    head(`Where it is sent (CrewAI ${r.release})`);
    for (const c of r.carriedBy) {
      if (c.byDefault.length) out.push(...wrap(`${c.field}, by default: ${c.byDefault.map(unbreakable).join(', ')}`, width, '      ', '  - '));
      if (c.withShareCrew.length) out.push(...wrap(`${c.field}, with share_crew: ${c.withShareCrew.map(unbreakable).join(', ')}`, width, '      ', '  - '));
    }
  }
  if (r.fix.length) {
    head('How to fix it');
    list(r.fix);
  }
  if (r.examples.match.length || r.examples.noMatch.length) {
    head('Examples');
    for (const m of r.examples.match) out.push(...wrap(m.replace(/\n/g, ' ⏎ '), width, '      ', `  ${color.red('✘')} `));
    for (const m of r.examples.noMatch) out.push(...wrap(m.replace(/\n/g, ' ⏎ '), width, '      ', `  ${color.green('✔')} `));
  }
  head('How to accept it');
  list(r.accept);
  out.push('', ...wrap(`More: ${r.doc} (${r.helpUri})`, width).map((l) => color.dim(l)));
  return out.join('\n');
}
