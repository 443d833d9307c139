import { describe, expect, it } from 'vitest';
import { parsePython } from '../../src/load/python/index.js';

const CREW = `from crewai import Agent, Crew, Process, Task
from crewai.project import CrewBase, agent, crew, task
from crewai_tools import SerperDevTool as Search, FileReadTool

@CrewBase
class Demo():
    """A crew."""
    agents_config = 'config/agents_admission.yaml'

    @agent
    def researcher(self) -> Agent:
        return Agent(
            config=self.agents_config['researcher'],  # a comment
            tools=[Search(), FileReadTool(file_path="x.txt"), lookup],
            mcps=["https://svc:s3cr3t@mcp.example.com:8443/mcp", MCPServerStdio(command="npx", args=["-y", "server-fs", "/Users/alice"])],
            allow_delegation=True,
        )

    @task
    def research_task(self) -> Task:
        return Task(config=self.tasks_config['research_task'], agent=self.researcher(), context=[self.other()])

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks, process=Process.hierarchical, share_crew=True, memory=False)
`;

describe('parsePython', () => {
  const facts = parsePython('src/demo/crew.py', CREW);

  it('reads @CrewBase classes, members, tools and Crew settings', () => {
    expect(facts.diagnostics).toEqual([]);
    expect(facts.crewaiToolsImports).toEqual({ Search: 'SerperDevTool', FileReadTool: 'FileReadTool' });
    const cls = facts.crewClasses[0];
    expect(cls).toMatchObject({ className: 'Demo', crewBase: true });
    expect(cls.agentsConfig?.value).toBe('config/agents_admission.yaml');
    expect(cls.agents[0]).toMatchObject({ method: 'researcher', configKey: 'researcher' });
    const tools = cls.agents[0].kwargs.tools;
    expect(tools.kind === 'list' && tools.items.map((i) => (i.kind === 'call' ? i.callee : i.kind === 'name' ? i.text : i.kind))).toEqual(['Search', 'FileReadTool', 'lookup']);
    expect(cls.tasks[0]).toMatchObject({ method: 'research_task', configKey: 'research_task' });
    const at = CREW.indexOf('share_crew=True') + 'share_crew='.length;
    const before = CREW.slice(0, at).split('\n');
    expect(cls.crew?.kwargs.share_crew).toMatchObject({ kind: 'bool', value: true, location: { start: { line: before.length, column: before[before.length - 1].length + 1 } } });
    expect(facts.crewaiImport?.start.line).toBe(1);
  });

  it('strings keep exact locations, also escaped, triple-quoted and joined', () => {
    const f = parsePython('t.py', 'from crewai.tools import BaseTool\nclass T(BaseTool):\n    name: str = "Tab\\tto Maria" \'s\'\n    description: str = """multi\n  line Maria"""\n');
    const name = f.toolClasses[0].name!;
    expect(name.value).toBe('Tab\tto Marias');
    const i = name.value.indexOf('Maria');
    expect(name.locate(i, i + 5)).toMatchObject({ start: { line: 3, column: 26 }, end: { line: 3, column: 31 } });
    // the 's' of the second literal, across the join
    expect(name.locate(12, 13)).toMatchObject({ start: { line: 3, column: 34 }, end: { line: 3, column: 35 } });
  });

  it('flows, @tool functions, kickoff inputs and env switches', () => {
    const src = `import os
from crewai.flow.flow import Flow, listen, start
from crewai.tools import tool

os.environ.setdefault("CREWAI_DISABLE_TELEMETRY", "true")

class Pipeline(Flow[State]):
    @start()
    def fetch(self): ...
    @listen(fetch)
    def summarise(self): ...
    def helper(self): ...

@tool("Read Jane's notes")
def read_notes(x: str) -> str:
    return x

def run():
    inputs = {"customer_name": "Jane Doe", "n": 3}
    Pipeline().kickoff(inputs=inputs)
`;
    const f = parsePython('main.py', src);
    expect(f.flowClasses[0].methods.map((m) => m.name)).toEqual(['fetch', 'summarise']);
    expect(f.toolFunctions[0]).toMatchObject({ functionName: 'read_notes' });
    expect(f.toolFunctions[0].name?.value).toBe("Read Jane's notes");
    const inputs = f.kickoffs[0].inputs;
    expect(inputs?.kind === 'dict' && inputs.entries.map((e) => e.key)).toEqual(['customer_name', 'n']);
    expect(f.envAssignments[0]).toMatchObject({ variable: 'CREWAI_DISABLE_TELEMETRY', value: 'true', kind: 'setdefault', afterCrewaiImport: true, moduleLevel: true, location: { start: { line: 5 } } });
  });

  it('a syntax error is one diagnostic with its location, and the rest is still read', () => {
    const f = parsePython('bad.py', 'from crewai import Agent\ndef broken(:\n    pass\nos.environ["CREWAI_DISABLE_TELEMETRY"] = "true"\n');
    expect(f.diagnostics).toHaveLength(1);
    expect(f.diagnostics[0]).toMatchObject({ file: 'bad.py', line: 2, severity: 'error' });
    expect(f.envAssignments.map((e) => e.variable)).toContain('CREWAI_DISABLE_TELEMETRY');
  });
});
