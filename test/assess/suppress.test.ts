// Inline suppressions: which findings a `# crewtel-ignore <ruleId>` comment silences.
// Values come from the real YAML loader (and hand-placed Python literals), so a
// finding's position and its value's extent are what the audit would see.
import { describe, expect, it } from 'vitest';
import { anchorLine, applySuppressions, parseMarker, ruleMatches } from '../../src/assess/suppress.js';
import type { Finding } from '../../src/assess/types.js';
import { JoinedString, SourceString, SourceText } from '../../src/core/source.js';
import { walkStrings } from '../../src/load/tree.js';
import { loadYaml } from '../../src/load/yaml.js';
import { finding } from '../report/sample.js';

function yamlValues(file: string, text: string): SourceString[] {
  const loaded = loadYaml(new SourceText(file, text));
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return [...walkStrings(loaded.root)].map((s) => s.value);
}

/** A finding of `ruleId` on the first occurrence of `needle` among the values. */
function at(values: SourceString[], needle: string, ruleId: string): Finding {
  const v = values.find((x) => x.value.includes(needle));
  if (!v) throw new Error(`no value holds ${needle}`);
  const i = v.value.indexOf(needle);
  const span = v.locate(i, i + needle.length);
  return finding({ ruleId, file: span.file, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column, fingerprint: `${ruleId}:${needle}` });
}

function run(file: string, text: string, values: SourceString[], findings: Finding[]) {
  return applySuppressions({ findings, files: [file], values, read: (f) => (f === file ? text : undefined) });
}

const kept = (r: ReturnType<typeof run>) => r.kept.map((f) => f.fingerprint);
const silenced = (r: ReturnType<typeof run>) => r.suppressed.map((f) => f.fingerprint);

describe('parseMarker', () => {
  it('reads rule ids (spaces or commas), wildcards and the reason', () => {
    expect(parseMarker('  role: x # crewtel-ignore pii/email -- shared mailbox', 1)).toMatchObject({ column: 11, reason: 'shared mailbox', rules: [{ id: 'pii/email', column: 28 }] });
    expect(parseMarker('# crewtel-ignore pii/email, pii/phone,secret/* --why', 1)?.rules.map((r) => r.id)).toEqual(['pii/email', 'pii/phone', 'secret/*']);
    expect(parseMarker('# crewtel-ignore * approved by legal', 1)).toMatchObject({ rules: [{ id: '*' }], reason: 'approved by legal' });
    // words of a reason without "--" are not rule ids
    expect(parseMarker('# crewtel-ignore pii/email shared mailbox', 1)?.rules.map((r) => r.id)).toEqual(['pii/email']);
    expect(parseMarker('# crewtel-ignore', 1)?.rules).toEqual([]);
    expect(parseMarker('role: no marker here', 1)).toBeUndefined();
    expect(parseMarker('"x": 1 // crewtel-ignore pii/email', 1)).toBeUndefined();
    expect(parseMarker('"x": 1 // crewtel-ignore pii/email', 1, true)?.rules.map((r) => r.id)).toEqual(['pii/email']);
  });

  it('matches rule ids exactly, or by family wildcard', () => {
    expect(ruleMatches('pii/email', 'pii/email')).toBe(true);
    expect(ruleMatches('pii/email', 'pii/phone')).toBe(false);
    expect(ruleMatches('pii/*', 'pii/phone')).toBe(true);
    expect(ruleMatches('pii/*', 'secret/jwt')).toBe(false);
    expect(ruleMatches('*', 'advisory/otel-baggage')).toBe(true);
  });
});

describe('applySuppressions on YAML', () => {
  const file = 'src/demo/config/agents.yaml';
  const text = [
    'dispatcher:', //                                                   1
    '  role: Mail a@x.example and b@x.example # crewtel-ignore pii/email -- both on this line', // 2
    '  goal: Reach c@x.example or +1 415-555-2671', //                   3
    '  # crewtel-ignore pii/email -- the block below', //               4
    '  backstory: >', //                                                 5
    '    Escalate to d@x.example.', //                                  6
    '    Email: e@x.example', //                                        7
    '    Phone +1 415-555-0142.', //                                    8
    'reviewer:', //                                                      9
    '  # crewtel-ignore pii/phone -- wrong rule for this value', //     10
    '  role: Reviewer f@x.example', //                                  11
    '  # crewtel-ignore pii/email -- own line, applies to the next line', // 12
    '', //                                                               13
    '  goal: g@x.example', //                                           14
  ].join('\n');
  const values = yamlValues(file, text);
  const findings = [
    at(values, 'a@x.example', 'pii/email'),
    at(values, 'b@x.example', 'pii/email'),
    at(values, 'c@x.example', 'pii/email'),
    at(values, '+1 415-555-2671', 'pii/phone'),
    at(values, 'd@x.example', 'pii/email'),
    at(values, 'e@x.example', 'pii/email'),
    at(values, '+1 415-555-0142', 'pii/phone'),
    at(values, 'f@x.example', 'pii/email'),
    at(values, 'g@x.example', 'pii/email'),
  ];
  const r = run(file, text, values, findings);

  it('an end-of-line marker silences its rule on that line only', () => {
    expect(silenced(r)).toEqual(expect.arrayContaining(['pii/email:a@x.example', 'pii/email:b@x.example']));
    expect(kept(r)).toEqual(expect.arrayContaining(['pii/email:c@x.example', 'pii/phone:+1 415-555-2671']));
  });

  it('a marker above a block scalar key silences its rule anywhere inside that value, even on a line that looks like a key', () => {
    expect(silenced(r)).toEqual(expect.arrayContaining(['pii/email:d@x.example', 'pii/email:e@x.example']));
    // only the rule named: the phone in the same value stays
    expect(kept(r)).toContain('pii/phone:+1 415-555-0142');
  });

  it('a marker naming another rule silences nothing and is reported unused; a marker separated by a blank line does not apply', () => {
    expect(kept(r)).toEqual(expect.arrayContaining(['pii/email:f@x.example', 'pii/email:g@x.example']));
    expect(r.unused.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '10:20 unused crewtel-ignore for pii/phone',
      '12:20 unused crewtel-ignore for pii/email',
    ]);
    expect(r.unused.every((d) => d.severity === 'warning' && d.file === file)).toBe(true);
  });

  it('silences exactly the findings named, and marks them as inline-suppressed', () => {
    expect(r.suppressed).toHaveLength(4);
    expect(r.kept).toHaveLength(5);
    expect(r.suppressed.every((f) => f.suppressed?.kind === 'inline')).toBe(true);
  });

  it('a comment on its own line silences the next line, not the one after it', () => {
    const t = ['a:', '  # crewtel-ignore pii/email', '  role: one@x.example', '  goal: two@x.example'].join('\n');
    const v = yamlValues(file, t);
    const res = run(file, t, v, [at(v, 'one@x.example', 'pii/email'), at(v, 'two@x.example', 'pii/email')]);
    expect(silenced(res)).toEqual(['pii/email:one@x.example']);
    expect(kept(res)).toEqual(['pii/email:two@x.example']);
    expect(res.unused).toEqual([]);
  });

  it('a value on the line after its key, and a sequence item block, are anchored at their key', () => {
    const t = ['a:', '  # crewtel-ignore pii/email', '  role:', '    "Mail one@x.example"', '  tools:', '  # crewtel-ignore pii/email', '  - >', '    two@x.example'].join('\n');
    const v = yamlValues(file, t);
    const res = run(file, t, v, [at(v, 'one@x.example', 'pii/email'), at(v, 'two@x.example', 'pii/email')]);
    expect(res.kept).toEqual([]);
  });

  it('a marker at the end of a block scalar key line covers the whole block', () => {
    const t = ['a:', '  backstory: | # crewtel-ignore pii/email -- team aliases', '    one@x.example', '    Contact: two@x.example', '  goal: three@x.example'].join('\n');
    const v = yamlValues(file, t);
    const res = run(file, t, v, [at(v, 'one@x.example', 'pii/email'), at(v, 'two@x.example', 'pii/email'), at(v, 'three@x.example', 'pii/email')]);
    expect(silenced(res)).toEqual(['pii/email:one@x.example', 'pii/email:two@x.example']);
    expect(kept(res)).toEqual(['pii/email:three@x.example']);
  });

  it('one marker naming two rules reports only the rule that silenced nothing', () => {
    const t = ['a:', '  role: one@x.example # crewtel-ignore pii/email, pii/person'].join('\n');
    const v = yamlValues(file, t);
    const res = run(file, t, v, [at(v, 'one@x.example', 'pii/email')]);
    expect(res.kept).toEqual([]);
    expect(res.unused.map((d) => d.message)).toEqual(['unused crewtel-ignore for pii/person']);
  });

  it('a marker without a rule id silences nothing and says so', () => {
    const t = ['a:', '  role: one@x.example # crewtel-ignore'].join('\n');
    const v = yamlValues(file, t);
    const res = run(file, t, v, [at(v, 'one@x.example', 'pii/email')]);
    expect(res.kept).toHaveLength(1);
    expect(res.unused[0].message).toMatch(/without a rule id/);
  });
});

describe('applySuppressions on Python', () => {
  const file = 'src/demo/crew.py';

  /** The literal whose body starts right after the first occurrence of `opening` (which includes the quote). */
  function literal(source: SourceText, opening: string, closing: string): SourceString {
    const start = source.text.indexOf(opening) + opening.length;
    const end = source.text.indexOf(closing, start);
    return new SourceString(source.text.slice(start, end), source, start, end, 'python');
  }

  it('a comment above `backstory="""` silences its rule in the whole triple-quoted value; findings with no value use their own line', () => {
    const text = [
      'agent = Agent(',
      '    role="Router",',
      '    # crewtel-ignore pii/email -- support alias',
      '    backstory="""Escalate to one@x.example.',
      '    Or two@x.example."""',
      ')',
      'crew = Crew(share_crew=True)  # crewtel-ignore config/share-crew -- approved',
    ].join('\n');
    const source = new SourceText(file, text);
    const backstory = literal(source, 'backstory="""', '"""');
    const values = [backstory];
    const share = finding({ ruleId: 'config/share-crew', category: 'config', file, line: 7, column: 19, endLine: 7, endColumn: 23, fingerprint: 'share' });
    const res = run(file, text, values, [at(values, 'one@x.example', 'pii/email'), at(values, 'two@x.example', 'pii/email'), share]);
    expect(res.kept).toEqual([]);
    expect(res.unused).toEqual([]);
  });

  it('implicit concatenation on the lines after `role=(` is anchored at `role=(`', () => {
    const text = ['Agent(', '    # crewtel-ignore pii/email', '    role=(', '        "Mail "', '        "one@x.example"', '    ),', ')'].join('\n');
    const source = new SourceText(file, text);
    const aStart = text.indexOf('"Mail ') + 1;
    const bStart = text.indexOf('"one@') + 1;
    const pieces = [new SourceString('Mail ', source, aStart, aStart + 5, 'python'), new SourceString('one@x.example', source, bStart, bStart + 13, 'python')];
    const joined = new JoinedString(pieces);
    const res = run(file, text, [joined], [at([joined], 'one@x.example', 'pii/email')]);
    expect(res.kept).toEqual([]);
  });

  it('anchorLine: the value’s own line unless only an opening quote precedes it', () => {
    const lines = ['x = Agent(', '    role="abc",', '    goal=(', '        f"text"', '    ),', 'key: >', '', '  block'];
    expect(anchorLine(lines, 2, 11)).toBe(2);
    expect(anchorLine(lines, 4, 11)).toBe(3);
    expect(anchorLine(lines, 8, 3)).toBe(6);
  });
});

describe('applySuppressions on JSONC', () => {
  it('`//` comments are markers in .jsonc files', () => {
    const file = 'crew.jsonc';
    const text = ['{', '  // crewtel-ignore pii/email -- team inbox', '  "role": "Mail one@x.example"', '}'].join('\n');
    const source = new SourceText(file, text);
    const start = text.indexOf('Mail');
    const v = new SourceString('Mail one@x.example', source, start, start + 18, 'json');
    const res = run(file, text, [v], [at([v], 'one@x.example', 'pii/email')]);
    expect(res.kept).toEqual([]);
  });
});
