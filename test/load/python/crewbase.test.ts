import { describe, expect, it } from 'vitest';
import { parsePython } from '../../../src/load/python/index.js';
import { at, item, kwarg, locationOf, shape, str, where, whereIs } from './helpers.js';

// In the style of `crewai create crew`, with a few additions a user makes.
const CREW_PY = `from crewai import Agent, Crew, Process, Task
from crewai.project import CrewBase, agent, crew, task
from crewai.agents.agent_builder.base_agent import BaseAgent
from crewai_tools import SerperDevTool, FileReadTool as Reader
from typing import List
# If you want to run a snippet of code before or after the crew starts,
# you can use the @before_kickoff and @after_kickoff decorators

@CrewBase
class LatestAiDevelopment():
    """LatestAiDevelopment crew"""

    agents: List[BaseAgent]
    tasks: List[Task]

    @agent
    def researcher(self) -> Agent:
        return Agent(
            config=self.agents_config['researcher'], # type: ignore[index]
            tools=[SerperDevTool(), Reader(file_path="notes/maria.txt")],
            verbose=True
        )

    @agent
    def reporting_analyst(self) -> Agent:
        return Agent(
            config=self.agents_config['reporting_analyst'], # type: ignore[index]
            allow_delegation=True,
            llm="openai/gpt-4o",
            verbose=True
        )

    @task
    def research_task(self) -> Task:
        return Task(
            config=self.tasks_config['research_task'], # type: ignore[index]
        )

    @task
    def reporting_task(self) -> Task:
        return Task(
            config=self.tasks_config['reporting_task'], # type: ignore[index]
            output_file='report.md',
            agent=self.reporting_analyst(),
            context=[self.research_task()],
        )

    @crew
    def crew(self) -> Crew:
        """Creates the LatestAiDevelopment crew"""
        # To learn how to add knowledge sources to your crew, check out the documentation:
        return Crew(
            agents=self.agents, # Automatically created by the @agent decorator
            tasks=self.tasks, # Automatically created by the @task decorator
            process=Process.sequential,
            verbose=True,
            share_crew=True,
            memory=True,
            # process=Process.hierarchical, # In case you wanna use that instead https://docs.crewai.com/how-to/Hierarchical/
        )
`;

describe('a @CrewBase crew.py like `crewai create crew` writes', () => {
  const f = parsePython('src/latest_ai_development/crew.py', CREW_PY);
  const cls = f.crewClasses[0];

  it('finds the class, its imports and no errors', () => {
    expect(f.diagnostics).toEqual([]);
    expect(f.crewClasses).toHaveLength(1);
    expect(cls).toMatchObject({ className: 'LatestAiDevelopment', crewBase: true });
    expect(at(cls.location)).toBe('10:7-10:26');
    // not written: the model applies CrewAI's defaults (config/agents.yaml, config/tasks.yaml)
    expect(cls.agentsConfig).toBeUndefined();
    expect(cls.tasksConfig).toBeUndefined();
    expect(f.crewaiToolsImports).toEqual({ SerperDevTool: 'SerperDevTool', Reader: 'FileReadTool' });
    expect(at(f.crewaiImport!)).toBe('1:1-1:46');
  });

  it('@agent methods in source order, with config keys and keyword arguments', () => {
    expect(cls.agents.map((a) => [a.method, a.configKey])).toEqual([
      ['researcher', 'researcher'],
      ['reporting_analyst', 'reporting_analyst'],
    ]);
    expect(where(cls.agents[0].configKeySource)).toBe('19:40-19:50');
    expect(shape(cls.agents[0].kwargs.tools)).toEqual([{ call: 'SerperDevTool' }, { call: 'Reader', file_path: 'notes/maria.txt' }]);
    expect(whereIs(str(kwarg(item(cls.agents[0].kwargs.tools, 1), 'file_path')), 'maria')).toBe('20:61-20:66');
    expect(shape(cls.agents[1].kwargs.allow_delegation)).toBe(true);
    expect(shape(cls.agents[1].kwargs.llm)).toBe('openai/gpt-4o');
    expect(at(cls.agents[1].location)).toBe('26:16-31:10');
  });

  it('@task methods: config key, agent and context as member names, other kwargs as written', () => {
    expect(cls.tasks.map((t) => t.method)).toEqual(['research_task', 'reporting_task']);
    const reporting = cls.tasks[1];
    expect(reporting).toMatchObject({ configKey: 'reporting_task', agentRef: 'reporting_analyst', contextRefs: ['research_task'] });
    expect(shape(reporting.kwargs.agent)).toEqual({ call: 'self.reporting_analyst' });
    expect(shape(reporting.kwargs.output_file)).toBe('report.md');
    expect(cls.tasks[0].agentRef).toBeUndefined();
  });

  it('the @crew method\'s Crew(...) settings, each with its location; comments are ignored', () => {
    const kw = cls.crew!.kwargs;
    expect(Object.keys(kw)).toEqual(['agents', 'tasks', 'process', 'verbose', 'share_crew', 'memory']);
    expect(shape(kw.process)).toEqual({ name: 'Process.sequential' });
    expect(kw.share_crew).toMatchObject({ kind: 'bool', value: true });
    expect(at(locationOf(kw.share_crew))).toBe('57:24-57:28');
    expect(at(cls.crew!.location)).toBe('52:16-60:10');
  });

  it('nothing in a crew class is a loose (script) definition', () => {
    expect(f.looseAgents).toEqual([]);
    expect(f.looseTasks).toEqual([]);
    expect(f.looseCrews).toEqual([]);
  });
});

describe('@CrewBase variations', () => {
  it('config attributes, aliases, decorators with arguments, ** spreads, @tool methods, MCP servers, fingerprints', () => {
    const src = `import crewai
from crewai import Agent as CrewAgent, Task as T, Crew
from crewai.project import CrewBase as Base, agent as member, task, crew, tool
from crewai.mcp import MCPServerStdio, MCPServerHTTP, MCPServerSSE
from crewai.security import SecurityConfig, Fingerprint

@Base
class Intake:
    agents_config = "config/intake_agents.yaml"
    tasks_config: str = 'config/intake_tasks.yaml'

    @member
    def greeter(self) -> CrewAgent:
        return CrewAgent(
            **self.agents_config["greeter"],
            tools=[self.lookup(), custom_tool, crewai_tools.ScrapeWebsiteTool()],
            mcps=[
                MCPServerStdio(command="npx", args=["-y", "@modelcontextprotocol/server-filesystem", "/Users/alice/Documents"]),
                MCPServerHTTP(url="https://svc:s3cr3t@mcp.internal.acme.com:8443/mcp", headers={"Authorization": "Bearer x"}),
                MCPServerSSE(url="https://events.example.com/sse"),
                "https://mcp.example.com/mcp?api_key=abc",
            ],
            security_config=SecurityConfig(fingerprint=Fingerprint.generate(seed="maria@example.com")),
        )

    @task
    def greet(self) -> T:
        task = T(config=self.tasks_config.get("ignored"), description="Greet the guest", agent=self.greeter)
        return task

    @tool
    def lookup(self):
        return LookupTool()

    @crew
    def crew(self) -> Crew:
        return crewai.Crew(agents=self.agents, tasks=self.tasks, tracing=True, security_config={"uuid_str": "1234", "metadata": {"owner": "maria"}})
`;
    const f = parsePython('src/intake/crew.py', src);
    expect(f.diagnostics).toEqual([]);
    const cls = f.crewClasses[0];
    expect(cls).toMatchObject({ className: 'Intake', crewBase: true });
    expect(cls.agentsConfig?.value).toBe('config/intake_agents.yaml');
    expect(where(cls.tasksConfig)).toBe('10:26-10:50');
    const greeter = cls.agents[0];
    expect(greeter).toMatchObject({ method: 'greeter', configKey: 'greeter' });
    expect(shape(greeter.kwargs.tools)).toEqual([{ call: 'self.lookup' }, { name: 'custom_tool' }, { call: 'crewai_tools.ScrapeWebsiteTool' }]);
    expect(shape(greeter.kwargs.mcps)).toEqual([
      { call: 'MCPServerStdio', command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '/Users/alice/Documents'] },
      { call: 'MCPServerHTTP', url: 'https://svc:s3cr3t@mcp.internal.acme.com:8443/mcp', headers: { Authorization: 'Bearer x' } },
      { call: 'MCPServerSSE', url: 'https://events.example.com/sse' },
      'https://mcp.example.com/mcp?api_key=abc',
    ]);
    expect(whereIs(str(kwarg(item(greeter.kwargs.mcps, 1), 'url')), 's3cr3t')).toBe('19:48-19:54');
    expect(shape(greeter.kwargs.security_config)).toEqual({ call: 'SecurityConfig', fingerprint: { call: 'Fingerprint.generate', seed: 'maria@example.com' } });
    // a task call assigned first and returned later is still the task; .get() is not a config key
    expect(cls.tasks[0]).toMatchObject({ method: 'greet', agentRef: 'greeter' });
    expect(cls.tasks[0].configKey).toBeUndefined();
    expect(shape(cls.tasks[0].kwargs.description)).toBe('Greet the guest');
    expect(cls.toolMethods.map((t) => [t.name, at(t.location)])).toEqual([['lookup', '32:9-32:15']]);
    expect(shape(cls.crew?.kwargs.tracing)).toBe(true);
    expect(shape(cls.crew?.kwargs.security_config)).toEqual({ uuid_str: '1234', metadata: { owner: 'maria' } });
    // @tool on a crew class method is a tool method, not a @tool function
    expect(f.toolFunctions).toEqual([]);
  });

  it('a plain class with @agent/@task/@crew methods is read as a crew without @CrewBase', () => {
    const f = parsePython('crew.py', 'from crewai.project import agent, crew\nfrom crewai import Agent, Crew\nclass Plain:\n    @agent\n    def a(self):\n        return Agent(role="r")\n    @crew\n    def crew(self):\n        return Crew(agents=self.agents, tasks=[])\nclass Unrelated:\n    def a(self):\n        return 1\n');
    expect(f.crewClasses.map((c) => [c.className, c.crewBase, c.agents.length, Boolean(c.crew)])).toEqual([['Plain', false, 1, true]]);
    expect(f.looseAgents).toEqual([]);
  });

  it('an @agent method without an Agent(...) call keeps its name and points at the method', () => {
    const f = parsePython('crew.py', '@CrewBase\nclass C:\n    @agent\n    def helper(self):\n        return self.make("x")\n');
    expect(f.crewClasses[0].agents).toEqual([{ method: 'helper', kwargs: {}, location: expect.objectContaining({ start: { line: 4, column: 9 } }) }]);
  });

  it('decorators written with the module path (crewai.project.agent) count too', () => {
    const f = parsePython('crew.py', 'import crewai.project\nimport crewai\n@crewai.project.CrewBase\nclass C:\n    @crewai.project.agent\n    def a(self):\n        return crewai.Agent(config=self.agents_config["a"])\n');
    expect(f.crewClasses[0]).toMatchObject({ crewBase: true, agents: [{ method: 'a', configKey: 'a' }] });
  });
});
