// The files of docs/rules, path → text: written by scripts/rule-docs.ts, compared by a test.
import { ruleExplanations } from '../../rules/explain.js';
import { formatRuleIndex, formatRuleMarkdown } from './markdown.js';

export function ruleDocFiles(): Map<string, string> {
  const rules = ruleExplanations();
  const files = new Map<string, string>([['docs/rules/README.md', formatRuleIndex(rules)]]);
  for (const r of rules) files.set(r.doc, formatRuleMarkdown(r));
  return files;
}
