import { describe, expect, it } from 'vitest';
import { memberRef, parsePython } from '../../../src/load/python/index.js';
import { at, shape, str, whereIs } from './helpers.js';

// A crew built in a plain script, the way CrewAI's README showed it.
const SCRIPT = `import os
from crewai import Agent, Task, Crew, Process
from crewai_tools import SerperDevTool

search_tool = SerperDevTool()

researcher = Agent(
  role='Senior Research Analyst',
  goal='Uncover cutting-edge developments in AI',
  backstory="""You work at a leading tech think tank
  run by Maria Lopez.""",
  verbose=True,
  allow_delegation=False,
  tools=[search_tool]
)
writer = Agent(role='Writer', goal='Write', backstory='Writes')

task1 = Task(
  description="""Conduct a comprehensive analysis of the latest advancements in AI.""",
  expected_output="Full analysis report in bullet points",
  agent=researcher
)

task2 = Task(description="Write a post", expected_output="A post", agent=writer, context=[task1])

crew = Crew(
  agents=[researcher, writer],
  tasks=[task1, task2],
  verbose=True,
  share_crew=True,
  process=Process.sequential
)

result = crew.kickoff(inputs={"topic": "AI for Maria Lopez"})
print(result)
`;

describe('crews defined in plain scripts', () => {
  const f = parsePython('app.py', SCRIPT);

  it('agents and tasks are named after their variables, in source order', () => {
    expect(f.diagnostics).toEqual([]);
    expect(f.looseAgents.map((a) => a.method)).toEqual(['researcher', 'writer']);
    expect(f.looseTasks.map((t) => [t.method, t.agentRef, t.contextRefs])).toEqual([
      ['task1', 'researcher', undefined],
      ['task2', 'writer', ['task1']],
    ]);
    expect(shape(f.looseAgents[0].kwargs.tools)).toEqual([{ name: 'search_tool' }]);
    expect(whereIs(str(f.looseAgents[0].kwargs.backstory), 'Maria')).toBe('11:10-11:15');
    expect(at(f.looseAgents[1].location)).toBe('16:10-16:64');
  });

  it('the Crew(...) call with its settings, and the kickoff with its inputs', () => {
    expect(f.looseCrews).toHaveLength(1);
    expect(shape(f.looseCrews[0].kwargs.agents)).toEqual([{ name: 'researcher' }, { name: 'writer' }]);
    expect(shape(f.looseCrews[0].kwargs.share_crew)).toBe(true);
    expect(f.kickoffs.map((k) => [k.receiver, shape(k.inputs)])).toEqual([['crew', { topic: 'AI for Maria Lopez' }]]);
    const inputs = f.kickoffs[0].inputs!;
    expect(inputs.kind === 'dict' && whereIs(str(inputs.entries[0].value), 'Maria')).toBe('34:48-34:53');
  });

  it('SerperDevTool() assigned to a variable is not an agent, and nothing is a crew class', () => {
    expect(f.crewClasses).toEqual([]);
  });
});

describe('other places a script defines members', () => {
  it('a function returning Agent(...) is named after the function; self.x = Agent(...) after the attribute', () => {
    const src = `from crewai import Agent, Task, Crew as C

def researcher() -> Agent:
    return Agent(role="Researcher", goal="g", backstory="b")

class Team:
    def __init__(self):
        self.writer = Agent(role="Writer", goal="g", backstory="b")
        self.post = Task(description="d", expected_output="o", agent=self.writer)

    def crew(self):
        return C(agents=[researcher(), self.writer], tasks=[self.post])

def helper():
    return 42
`;
    const f = parsePython('team.py', src);
    expect(f.looseAgents.map((a) => [a.method, shape(a.kwargs.role)])).toEqual([
      ['researcher', 'Researcher'],
      ['writer', 'Writer'],
    ]);
    expect(f.looseTasks.map((t) => [t.method, t.agentRef])).toEqual([['post', 'writer']]);
    expect(f.looseCrews.map((c) => shape(c.kwargs.agents))).toEqual([[{ call: 'researcher' }, { name: 'self.writer' }]]);
  });

  it('several crews in one file, and a Crew built inline in a kickoff chain', () => {
    const f = parsePython('two.py', 'from crewai import Crew\na = Crew(agents=[x], tasks=[y])\nCrew(agents=[z], tasks=[w], memory=True).kickoff(inputs={"q": "v"})\n');
    expect(f.looseCrews.map((c) => [shape(c.kwargs.agents), at(c.location)])).toEqual([
      [[{ name: 'x' }], '2:5-2:32'],
      [[{ name: 'z' }], '3:1-3:41'],
    ]);
    expect(f.kickoffs.map((k) => [k.receiver, shape(k.inputs)])).toEqual([['Crew(agents=[z],tasks=[w],memory=True)', { q: 'v' }]]);
  });
});

describe('memberRef', () => {
  it('turns the ways code refers to a member into the member name', () => {
    const refs = parsePython('refs.py', 'from crewai import Task\nt = Task(context=[self.researcher(), self.writer, editor, self.make("x"), agents[0], "name"])\n').looseTasks[0].kwargs.context;
    expect(refs.kind === 'list' && refs.items.map(memberRef)).toEqual(['researcher', 'writer', 'editor', undefined, undefined, undefined]);
  });
});
