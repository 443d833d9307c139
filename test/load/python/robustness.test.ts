import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceString } from '../../../src/core/source.js';
import { parsePython } from '../../../src/load/python/index.js';
import { shape } from './helpers.js';

describe('files with syntax errors', () => {
  it('an unclosed call mid-class: one error, at the unclosed call; the class and its first method are still found', () => {
    const src = `import os
from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew, task

@CrewBase
class Broken:
    @agent
    def researcher(self) -> Agent:
        return Agent(config=self.agents_config["researcher"], role="Maria", verbose=True

    @task
    def research(self) -> Task:
        return Task(config=self.tasks_config["research"])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks, share_crew=True)

os.environ["CREWAI_DISABLE_TELEMETRY"] = "true"
`;
    const f = parsePython('src/broken/crew.py', src);
    expect(f.diagnostics).toEqual([
      // where Python names it too: the unclosed call on line 9
      { file: 'src/broken/crew.py', line: 9, column: 9, message: 'Python syntax error; the rest of the file is read as far as possible', severity: 'error' },
    ]);
    const cls = f.crewClasses[0];
    expect(cls.className).toBe('Broken');
    // tree-sitter's recovery swallows the rest of the file into the broken call: the error (exit 2) says so
    expect(cls.agents.map((a) => a.method)).toEqual(['researcher']);
  });

  it('a broken def header, an unterminated string, a file that ends mid-call', () => {
    const a = parsePython('a.py', 'from crewai import Agent\ndef broken(:\n    pass\nx = Agent(role="ok")\n');
    expect(a.diagnostics.map((d) => [d.line, d.severity])).toEqual([[2, 'error']]);
    expect(a.looseAgents.map((x) => shape(x.kwargs.role))).toEqual(['ok']);

    const b = parsePython('b.py', 'from crewai import Agent\nx = Agent(role="never closed)\n');
    // the unterminated literal, where CPython reports it
    expect(b.diagnostics.map((d) => [d.line, d.column])).toEqual([[2, 16]]);
    expect(b.looseAgents.map((x) => x.method)).toEqual(['x']);

    const c = parsePython('c.py', 'from crewai import Crew\ncrew = Crew(agents=[a], share_crew=True,');
    expect(c.diagnostics.map((d) => [d.line, d.column])).toEqual([[2, 1]]);
  });

  it('empty files, comments only, tabs: no diagnostics', () => {
    for (const text of ['', '\n', '# just a comment\n', '"""docstring"""\n', 'if True:\n\tx = 1\n']) {
      expect(parsePython('x.py', text)).toMatchObject({ diagnostics: [], crewClasses: [], envAssignments: [] });
    }
  });

  it('deeply nested expressions do not exhaust the stack (past a depth they are unknown)', () => {
    const nested = (n: number) => `from crewai import Agent\nx = Agent(role=${'['.repeat(n)}"a"${']'.repeat(n)}, goal="g")\n`;
    // CPython refuses more than 200 nested brackets: an error, and the value still reads as far as the depth limit
    const f = parsePython('deep.py', nested(1000));
    expect(f.diagnostics.map((d) => d.message)).toEqual(['Python syntax error: more than 200 nested brackets (CPython refuses them too)']);
    expect(parsePython('ok.py', nested(150)).diagnostics).toEqual([]);
    expect(f.looseAgents[0].kwargs.role.kind).toBe('list');
    expect(shape(f.looseAgents[0].kwargs.goal)).toBe('g');
    let lit = f.looseAgents[0].kwargs.role;
    let depth = 0;
    while (lit.kind === 'list') {
      lit = lit.items[0];
      depth++;
    }
    expect(lit.kind).toBe('unknown');
    expect(depth).toBeLessThan(100);
    expect(parsePython('deeper.py', nested(3000)).diagnostics).toHaveLength(1);
  });
});

describe('long files the parser could mistake for broken', () => {
  // lezer cuts a production after ~300 reductions from one start; with blank or comment lines
  // between simple statements that used to break a valid statement into error nodes
  it('a long script of simple statements separated by blank and comment lines', () => {
    const lines = ['import os', 'from crewai import Crew', ''];
    for (let i = 0; i < 600; i++) lines.push(`setting_${i} = "value ${i}"`, i % 2 ? '' : `# note ${i}`);
    lines.push('os.environ["CREWAI_DISABLE_TELEMETRY"] = "true"', '');
    const f = parsePython('long.py', lines.join('\n'));
    expect(f.diagnostics).toEqual([]);
    expect(f.envAssignments.map((a) => [a.variable, a.location.start.line])).toEqual([['CREWAI_DISABLE_TELEMETRY', 1204]]);
  });

  it('a long function body with blank lines', () => {
    const body = Array.from({ length: 800 }, (_, i) => `    step_${i} = run(${i})\n\n`).join('');
    const f = parsePython('main.py', `def main():\n${body}    inputs = {"topic": "end"}\n    crew.kickoff(inputs=inputs)\n`);
    expect(f.diagnostics).toEqual([]);
    expect(f.kickoffs.map((k) => shape(k.inputs))).toEqual([{ topic: 'end' }]);
  });

  it('thousands of chained + parse and are read without recursing per operand', () => {
    const f = parsePython('chain.py', `x = ${Array(5000).fill('"a"').join(' + ')}\nos.environ["A"] = "1"\n`);
    expect(f.diagnostics).toEqual([]);
    expect(f.envAssignments.map((a) => a.variable)).toEqual(['A']);
  });
});

/** Every SourceString anywhere in the facts. */
function strings(value: unknown, out: SourceString[] = [], seen = new Set<unknown>()): SourceString[] {
  if (value instanceof SourceString) out.push(value);
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const v of Object.values(value)) strings(v, out, seen);
  }
  return out;
}

describe('never throws, whatever the input', () => {
  const fragments = fc.constantFrom(
    'from crewai import Agent, Crew, Task\n', '@CrewBase\n', 'class C(Flow[S]):\n', '    @agent\n', '    def a(self):\n',
    '        return Agent(role="r\\n", tools=[T()])\n', 'os.environ["X"] = "1"\n', 'crew.kickoff(inputs={"a": "b"})\n',
    '"""unterminated\n', "r'x' 'y'\n", '(', ')', '[', ']', '{', '}', ':', ',', '=', '\\\n', '\t', '\r\n', '\ufeff', 'f"{x}"', '#', '"', "'",
  );
  const inputs = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fragments, { maxLength: 30 }).map((parts) => parts.join('')));

  it('returns facts with at most one syntax diagnostic, and every string locates inside the file', () => {
    fc.assert(
      fc.property(inputs, (text) => {
        const f = parsePython('fuzz.py', text);
        expect(f.diagnostics.length).toBeLessThanOrEqual(1);
        const lines = text.replace(/^\ufeff/, '').split('\n').length;
        for (const s of strings(f)) {
          const span = s.locate();
          expect(span.start.line).toBeGreaterThanOrEqual(1);
          expect(span.end.line).toBeLessThanOrEqual(lines);
          for (let i = 0; i < s.value.length; i++) s.locate(i, i + 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
