import { describe, expect, it } from 'vitest';
import { parsePython } from '../../../src/load/python/index.js';
import { at, shape, str, whereIs } from './helpers.js';

// In the style of `crewai create crew`'s main.py.
const MAIN = `#!/usr/bin/env python
import sys
import warnings

from datetime import datetime

from latest_ai_development.crew import LatestAiDevelopment

warnings.filterwarnings("ignore", category=SyntaxWarning, module="pysbd")

def run():
    """
    Run the crew.
    """
    inputs = {
        'topic': 'AI LLMs',
        'current_year': str(datetime.now().year),
        'customer': "Maria Lopez <maria@example.com>",
    }

    try:
        LatestAiDevelopment().crew().kickoff(inputs=inputs)
    except Exception as e:
        raise Exception(f"An error occurred while running the crew: {e}")


def train():
    """
    Train the crew for a given number of iterations.
    """
    inputs = {
        "topic": "AI LLMs",
        'current_year': str(datetime.now().year)
    }
    try:
        LatestAiDevelopment().crew().train(n_iterations=int(sys.argv[1]), filename=sys.argv[2], inputs=inputs)

    except Exception as e:
        raise Exception(f"An error occurred while training the crew: {e}")
`;

describe('kickoff inputs', () => {
  it('the template main.py: inputs assigned in the same function are followed; train() is not a kickoff', () => {
    const f = parsePython('src/latest_ai_development/main.py', MAIN);
    expect(f.diagnostics).toEqual([]);
    expect(f.kickoffs).toHaveLength(1);
    const k = f.kickoffs[0];
    expect(k).toMatchObject({ method: 'kickoff', receiver: 'LatestAiDevelopment().crew()' });
    expect(at(k.location)).toBe('22:9-22:60');
    expect(shape(k.inputs)).toEqual({ topic: 'AI LLMs', current_year: { call: 'str', args: [{ name: 'datetime.now().year' }] }, customer: 'Maria Lopez <maria@example.com>' });
    const customer = k.inputs?.kind === 'dict' ? k.inputs.entries[2] : undefined;
    expect(whereIs(str(customer?.value), 'maria@example.com')).toBe('18:35-18:52');
    expect(customer?.keySource && at(customer.keySource.locate())).toBe('18:10-18:18');
  });

  it('module-level inputs used inside a function, reassignment (the latest wins), dict(...) and positional inputs', () => {
    const src = `from crewai import Crew
INPUTS = {"topic": "module"}
def a():
    crew.kickoff(inputs=INPUTS)
def b():
    inputs = {"topic": "first"}
    inputs = {"topic": "second"}
    crew.kickoff(inputs=inputs)
def c():
    crew.kickoff(dict(topic="from dict()", n=3))
def d():
    crew.kickoff(inputs=elsewhere)
def e():
    other = {"topic": "not visible from f"}
def f():
    crew.kickoff(inputs=other)
`;
    const f = parsePython('main.py', src);
    expect(f.kickoffs.map((k) => shape(k.inputs))).toEqual([
      { topic: 'module' },
      { topic: 'second' },
      { topic: 'from dict()', n: 3 },
      { name: 'elsewhere' },
      { name: 'other' },
    ]);
  });

  it('kickoff_for_each gives one kickoff per inputs dict; async variants count', () => {
    const src = `import asyncio
rows = [{"name": "Maria"}, {"name": "Jon"}]
crew.kickoff_for_each(inputs=rows)
crew.kickoff_for_each(inputs=[{"name": "Ana"}, extra])
async def main():
    await crew.kickoff_async(inputs={"q": "async"})
    await flow.akickoff({"q": "akickoff"})
    await crew.kickoff_for_each_async([{"q": "each async"}])
asyncio.run(main())
`;
    const f = parsePython('main.py', src);
    expect(f.kickoffs.map((k) => [k.method, shape(k.inputs)])).toEqual([
      ['kickoff_for_each', { name: 'Maria' }],
      ['kickoff_for_each', { name: 'Jon' }],
      ['kickoff_for_each', { name: 'Ana' }],
      ['kickoff_for_each', { name: 'extra' }],
      ['kickoff_async', { q: 'async' }],
      ['akickoff', { q: 'akickoff' }],
      ['kickoff_for_each_async', { q: 'each async' }],
    ]);
  });

  it('each kickoff is reported once, whatever block it sits in', () => {
    const src = `if __name__ == "__main__":
    for topic in topics:
        with span():
            try:
                crew.kickoff(inputs={"topic": "x"})
            except Exception:
                pass
    match mode:
        case "a":
            crew.kickoff(inputs={"topic": "y"})
`;
    const f = parsePython('main.py', src);
    expect(f.kickoffs.map((k) => [shape(k.inputs), at(k.location)])).toEqual([
      [{ topic: 'x' }, '5:17-5:52'],
      [{ topic: 'y' }, '10:13-10:48'],
    ]);
  });
});
