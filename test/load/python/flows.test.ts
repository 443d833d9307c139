import { describe, expect, it } from 'vitest';
import { parsePython } from '../../../src/load/python/index.js';
import { at, shape, where } from './helpers.js';

// In the style of `crewai create flow`'s main.py.
const FLOW_MAIN = `#!/usr/bin/env python
from random import randint

from pydantic import BaseModel

from crewai.flow import Flow, listen, start

from latest_flow.crews.poem_crew.poem_crew import PoemCrew


class PoemState(BaseModel):
    sentence_count: int = 1
    poem: str = ""


class PoemFlow(Flow[PoemState]):

    @start()
    def generate_sentence_count(self):
        print("Generating sentence count")
        self.state.sentence_count = randint(1, 5)

    @listen(generate_sentence_count)
    def generate_poem(self):
        print("Generating poem")
        result = (
            PoemCrew()
            .crew()
            .kickoff(inputs={"sentence_count": self.state.sentence_count})
        )

        print("Poem generated", result.raw)
        self.state.poem = result.raw

    @listen(generate_poem)
    def save_poem(self):
        print("Saving poem")
        with open("poem.txt", "w") as f:
            f.write(self.state.poem)


def kickoff():
    poem_flow = PoemFlow()
    poem_flow.kickoff()


def plot():
    poem_flow = PoemFlow()
    poem_flow.plot()


if __name__ == "__main__":
    kickoff()
`;

describe('a flow main.py like `crewai create flow` writes', () => {
  const f = parsePython('src/latest_flow/main.py', FLOW_MAIN);

  it('finds the flow (not the pydantic state) with its methods in source order', () => {
    expect(f.diagnostics).toEqual([]);
    expect(f.flowClasses).toHaveLength(1);
    const flow = f.flowClasses[0];
    expect(flow).toMatchObject({ className: 'PoemFlow', bases: ['Flow[PoemState]'], suppressFlowEvents: false });
    expect(flow.name).toBeUndefined();
    expect(flow.methods.map((m) => [m.name, m.decorated, m.registered, at(m.location)])).toEqual([
      ['generate_sentence_count', true, true, '19:9-19:32'],
      ['generate_poem', true, true, '24:9-24:22'],
      ['save_poem', true, true, '36:9-36:18'],
    ]);
    expect(at(flow.location)).toBe('16:7-16:15');
  });

  it('the crew kickoff inside the flow and the flow kickoff in kickoff(); calling the kickoff() function is not one', () => {
    expect(f.kickoffs.map((k) => [k.receiver, k.method, shape(k.inputs), at(k.location)])).toEqual([
      ['PoemCrew().crew()', 'kickoff', { sentence_count: { name: 'self.state.sentence_count' } }, '27:13-29:75'],
      ['poem_flow', 'kickoff', undefined, '44:5-44:24'],
    ]);
  });

  it('no crews, tools or env switches', () => {
    expect([f.crewClasses, f.looseCrews, f.toolClasses, f.toolFunctions, f.envAssignments]).toEqual([[], [], [], [], []]);
    expect(f.crewaiImport && at(f.crewaiImport)).toBe('6:1-6:44');
  });
});

describe('flow variations', () => {
  const src = `from crewai.flow.flow import Flow as BaseFlow, listen, router, start, or_, and_
from crewai.flow.persistence import persist
from crewai.flow.human_feedback import human_feedback
import crewai.flow.flow as flows

@persist()
class Intake(BaseFlow[dict]):
    """Routes requests."""
    name = "Maria's intake"
    suppress_flow_events: bool = True

    def __init__(self):
        super().__init__()

    @start("retry")
    def begin(self):
        return "ok"

    @router(begin)
    def route(self):
        return "high"

    @listen(or_("high", and_(begin, route)))
    def _private_step(self):
        pass

    @human_feedback(message="Approve?", emit=["approved", "rejected"])
    @listen("high")
    def review(self):
        pass

    @persist
    def checkpoint(self):
        pass

    def helper(self, x):
        return x

class Child(Intake):
    @listen("approved")
    def done(self):
        pass

class Other(flows.Flow):
    pass
`;
  const f = parsePython('main.py', src);

  it('decorated, registered (public and decorated) and plain methods are told apart', () => {
    const intake = f.flowClasses[0];
    expect(intake.className).toBe('Intake');
    expect(intake.bases).toEqual(['BaseFlow[dict]']);
    expect(intake.methods.map((m) => [m.name, m.decorated, m.registered])).toEqual([
      ['__init__', false, false],
      ['begin', true, true],
      ['route', true, true],
      ['_private_step', true, false],
      ['review', true, true],
      ['checkpoint', true, true],
      ['helper', false, false],
    ]);
  });

  it('name and suppress_flow_events class attributes (annotated or not)', () => {
    const intake = f.flowClasses[0];
    expect(intake.name?.value).toBe("Maria's intake");
    expect(where(intake.name)).toBe('9:13-9:27');
    expect(intake.suppressFlowEvents).toBe(true);
  });

  it('subclasses of a flow in the same file, and flows through a module alias, are flows', () => {
    expect(f.flowClasses.map((c) => [c.className, c.bases])).toEqual([
      ['Intake', ['BaseFlow[dict]']],
      ['Child', ['Intake']],
      ['Other', ['flows.Flow']],
    ]);
    expect(f.flowClasses[1].methods.map((m) => m.name)).toEqual(['done']);
  });

  it('a class named like a flow but not derived from one is not a flow', () => {
    const g = parsePython('x.py', 'class Flow2(object):\n    @start()\n    def a(self): ...\nclass Workflow(Base):\n    pass\n');
    expect(g.flowClasses).toEqual([]);
  });
});
