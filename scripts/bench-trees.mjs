// Trees for the speed benchmark (scripts/bench.mjs), written from a seed: one crew as
// `crewai create crew` lays it out, N such projects side by side, and monorepos of
// YAML-only crews. Nothing here imports crewtel.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROLES = ['Senior Data Researcher', 'Reporting Analyst', 'Grace Period Policy Analyst', 'Customer Support Lead', 'Travel Planner', 'Market Strategist', 'Compliance Officer', 'Content Editor'];
const PEOPLE = ['Maria Garcia', 'John Smith', 'Ana Souza', 'Li Wei', 'Fatima Khan', 'Pierre Martin'];
const TOPICS = ['AI LLMs', 'renewable energy', 'supply chains', 'travel insurance', 'open-source licensing', 'retail banking'];

function write(file, text) {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}

function rng(seed) {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * n | 0;
  };
}

/** One CrewAI project: pyproject, crew.py (@CrewBase), main.py, a custom tool, agents/tasks YAML. */
export function writeProject(root, i, seed = 1) {
  const r = rng(seed * 100003 + i);
  const pkg = `project_${i}`;
  const src = join(root, 'src', pkg);
  const agents = 2 + r(3);
  const role = (k) => ROLES[(i + k) % ROLES.length];
  const person = PEOPLE[r(PEOPLE.length)];
  const topic = TOPICS[r(TOPICS.length)];
  write(join(root, 'pyproject.toml'), `[project]\nname = "${pkg}"\nversion = "0.1.0"\nrequires-python = ">=3.10,<3.14"\ndependencies = [\n    "crewai[tools]>=0.186.0,<2.0.0",\n]\n\n[project.scripts]\nkickoff = "${pkg}.main:run"\n\n[tool.crewai]\ntype = "crew"\n`);
  let agentsYaml = '';
  let tasksYaml = '';
  let methods = '';
  for (let k = 0; k < agents; k++) {
    agentsYaml += `agent_${k}:\n  role: >\n    ${role(k)} for {topic}\n  goal: >\n    Uncover developments in {topic} and report to ops${i}.${k}@example.com when done.\n  backstory: >\n    A seasoned ${role(k).toLowerCase()} known for finding the most relevant information\n    about ${topic} and presenting it clearly.${k === 0 ? ` Reviewed by ${person}.` : ''}\n\n`;
    tasksYaml += `task_${k}:\n  description: >\n    Conduct thorough research about {topic}. Order ORD-2024-${100000 + i * 10 + k} shipped 2024-03-18.\n  expected_output: >\n    A list with 10 bullet points of the most relevant information about {topic}.\n  agent: agent_${k}\n${k > 0 ? `  context:\n    - task_${k - 1}\n` : ''}\n`;
    methods += `    @agent\n    def agent_${k}(self) -> Agent:\n        return Agent(config=self.agents_config["agent_${k}"],${k === 0 ? ' tools=[LookupTool()],' : ''} verbose=True)\n\n`;
  }
  for (let k = 0; k < agents; k++) methods += `    @task\n    def task_${k}(self) -> Task:\n        return Task(config=self.tasks_config["task_${k}"])\n\n`;
  write(join(src, 'config', 'agents.yaml'), agentsYaml);
  write(join(src, 'config', 'tasks.yaml'), tasksYaml);
  write(
    join(src, 'crew.py'),
    `from crewai import Agent, Crew, Process, Task\nfrom crewai.project import CrewBase, agent, crew, task\n\nfrom ${pkg}.tools.lookup import LookupTool\n\n\n@CrewBase\nclass Project${i}:\n    """Generated crew ${i}."""\n\n    agents_config = "config/agents.yaml"\n    tasks_config = "config/tasks.yaml"\n\n${methods}    @crew\n    def crew(self) -> Crew:\n        return Crew(\n            agents=self.agents,\n            tasks=self.tasks,\n            process=Process.sequential,\n            share_crew=${r(2) ? 'True' : 'False'},\n            verbose=True,\n        )\n`,
  );
  write(join(src, 'main.py'), `import sys\n\nfrom ${pkg}.crew import Project${i}\n\n\ndef run():\n    inputs = {\n        "topic": "${topic}",\n    }\n    Project${i}().crew().kickoff(inputs=inputs)\n\n\nif __name__ == "__main__":\n    run()\n    sys.exit(0)\n`);
  write(join(src, '__init__.py'), '');
  write(join(src, 'tools', '__init__.py'), '');
  write(
    join(src, 'tools', 'lookup.py'),
    `from crewai.tools import BaseTool\nfrom pydantic import BaseModel, Field\n\n\nclass LookupInput(BaseModel):\n    query: str = Field(..., description="What to look up")\n\n\nclass LookupTool(BaseTool):\n    name: str = "Lookup ${topic}"\n    description: str = "Looks up facts about ${topic} in the team wiki."\n    args_schema: type[BaseModel] = LookupInput\n\n    def _run(self, query: str) -> str:\n        return "nothing found"\n`,
  );
}

export function writeProjects(root, n, seed = 1) {
  for (let i = 0; i < n; i++) writeProject(join(root, `project_${i}`), i, seed);
}

/** A monorepo of YAML-only crews (agents.yaml, tasks.yaml, pyproject.toml each). */
export function writeMonorepo(root, crews) {
  for (let i = 0; i < crews; i++) {
    const dir = join(root, `crew_${i}`, 'src', `crew_${i}`, 'config');
    const role = ROLES[i % 5];
    write(
      join(dir, 'agents.yaml'),
      `researcher:\n  role: >\n    ${role} for {topic}\n  goal: >\n    Uncover developments in {topic}; write to ops${i}@example.com when done.\n  backstory: >\n    A seasoned ${role.toLowerCase()} known for finding the most relevant\n    information and presenting it clearly. Reviewed by Maria Garcia.\n\nreporting_analyst:\n  role: "Reporting Analyst"\n  goal: "Create detailed reports based on {topic} data analysis"\n  backstory: "A meticulous analyst with a keen eye for detail."\n`,
    );
    write(
      join(dir, 'tasks.yaml'),
      `research_task:\n  description: >\n    Conduct thorough research about {topic}. Order ORD-2024-${100000 + i} shipped 2024-03-18.\n  expected_output: >\n    A list with 10 bullet points of the most relevant information about {topic}.\n  agent: researcher\n\nreporting_task:\n  description: >\n    Review the context and expand each topic into a full section for a report.\n  expected_output: >\n    A fully fledged report formatted as markdown without code fences.\n  agent: reporting_analyst\n  context:\n    - research_task\n`,
    );
    writeFileSync(join(root, `crew_${i}`, 'pyproject.toml'), `[project]\nname = "crew_${i}"\ndependencies = ["crewai[tools]>=0.186.0,<2.0.0"]\n`);
  }
}
