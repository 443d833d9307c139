// The built CLI on fixtures/preview-values-crew: tasks without tools send their agent's
// tool names (Task.check_tools), llm strings as LLM(...) leaves them, in every output
// (table, JSON, OTLP, --diff) and in audit's exposure of a tool name. Expected values
// come from CrewAI's source at the tag named (see test/telemetry/derived-values.test.ts
// and docs/telemetry-values.md for the lines).
import { describe, expect, it } from 'vitest';
import { crewtel, crewtelJson } from '../helpers/cli.js';

const CREW = 'fixtures/preview-values-crew';

interface Attr {
  key: string;
  value: unknown;
}
interface Preview {
  crewaiVersion: string;
  spans: { name: string; attributes: Attr[] }[];
}
interface Audit {
  findings: { ruleId: string; file: string; line: number; column: number; field: string; attributes: string[]; message: string }[];
}

const members = (json: Preview, span: string, key: string) =>
  JSON.parse(String(json.spans.find((s) => s.name === span)?.attributes.find((a) => a.key === key)?.value)) as Record<string, unknown>[];

// --show-values: these tests are about the values CrewAI computes (the fixture plants a name in a tool name)
const preview = (version: string, extra: string[] = []) => crewtelJson<Preview>(['preview', CREW, '--crewai-version', version, '--show-values', ...extra]).json;

describe('preview values of fixtures/preview-values-crew', () => {
  it('crew_tasks[].tools_names: the researcher\'s tools on its tool-less task, the analysis task\'s own tools only', () => {
    // task.py@1.15.17 ~L554-559; telemetry.py@1.15.17 sanitises (~L484)
    expect(members(preview('1.15.17'), 'Crew Created', 'crew_tasks').map((t) => t.tools_names)).toEqual([
      ['search_the_internet_with_serper', 'fetch_quarterly_filings', 'read_lucia_moreno_inbox'],
      [],
      ['search_the_internet_with_serper'],
      [],
    ]);
    // task.py@0.186.0 ~L343-347 and @0.114.0 ~L302-307; names casefolded (telemetry.py@0.186.0 ~L366, @0.114.0 ~L297)
    for (const v of ['0.186.0', '0.114.0']) {
      expect(members(preview(v), 'Crew Created', 'crew_tasks')[0].tools_names, v).toEqual(['search the internet with serper', 'fetch quarterly filings', 'read lucia moreno inbox']);
    }
  });

  it('crew_agents[].llm for openai/…, anthropic/…, groq/… and a bare name', () => {
    const llms = (v: string) => members(preview(v), 'Crew Created', 'crew_agents').map((a) => a.llm);
    // llm.py@0.114.0 ~L249 keeps the string
    expect(llms('0.114.0')).toEqual(['openai/gpt-4o-mini', 'anthropic/claude-3-5-sonnet-20241022', 'groq/llama-3.1-70b-versatile', 'gpt-4o']);
    // llm.py@1.0.0 ~L315-338 and @1.15.17 ~L393-512: native prefixes dropped, LiteLLM's kept, bare kept
    expect(llms('1.0.0')).toEqual(['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'groq/llama-3.1-70b-versatile', 'gpt-4o']);
    expect(llms('1.15.17')).toEqual(['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'groq/llama-3.1-70b-versatile', 'gpt-4o']);
    // function_calling_llm goes through create_llm → LLM(...) as well (agent/core.py@1.15.17 ~L366-369)
    expect(members(preview('1.15.17'), 'Crew Created', 'crew_agents')[3].function_calling_llm).toBe('gpt-4o-mini');
  });

  it('the table, OTLP and --diff show the same values', () => {
    // the table wraps long JSON values: join the continuation lines back
    const table = crewtel(['preview', CREW, '--no-share-crew', '--no-color', '--show-values']).stdout.replace(/\n\s+/g, '');
    expect(table).toMatch(/"llm":\s*"gpt-4o-mini"/);
    expect(table).toMatch(/"llm":\s*"claude-3-5-sonnet-20241022"/);
    expect(table).not.toMatch(/"llm":\s*"openai\//);

    const otlp = JSON.parse(crewtel(['preview', CREW, '--format', 'otlp', '--show-values']).stdout);
    const spans = otlp.resourceSpans.flatMap((r: any) => r.scopeSpans.flatMap((s: any) => s.spans));
    const created = spans.find((s: any) => s.name === 'Crew Created');
    const tasks = JSON.parse(created.attributes.find((a: any) => a.key === 'crew_tasks').value.stringValue);
    expect(tasks[0].tools_names).toEqual(['search_the_internet_with_serper', 'fetch_quarterly_filings', 'read_lucia_moreno_inbox']);

    // --diff: Crew Execution (share_crew only) carries crew_agents/crew_tasks whole
    const diff = preview('1.15.17', ['--diff']);
    expect(members(diff, 'Crew Execution', 'crew_agents').map((a) => a.llm)).toEqual(['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'groq/llama-3.1-70b-versatile', 'gpt-4o']);
    expect(members(diff, 'Crew Execution', 'crew_tasks')[0].tools_names).toEqual(['search_the_internet_with_serper', 'fetch_quarterly_filings', 'read_lucia_moreno_inbox']);
  });
});

describe('audit: where a tool name travels', () => {
  const findings = () => crewtelJson<Audit>(['audit', CREW]).json.findings;

  it('an agent tool inherited by a task is in crew_tasks[].tools_names, and the message says which task', () => {
    const f = findings().find((x) => x.field === 'tools.L***InboxTool.name' /* the class name is a person's: masked */);
    expect(f).toMatchObject({ ruleId: 'pii/person', file: `${CREW}/src/quarterly_review/tools/filings.py`, line: 13, column: 23 });
    expect(f!.attributes).toEqual(expect.arrayContaining(['Crew Created/crew_agents[].tools_names[]', 'Crew Created/crew_tasks[].tools_names[]', 'Tool Usage/tool_name']));
    expect(f!.message).toContain('tasks.research_task');
  });

  it('an agent tool no task inherits (its task has tools of its own) is not in crew_tasks', () => {
    const f = findings().find((x) => x.field === 'tools.J***LedgerTool.name');
    expect(f).toBeDefined();
    expect(f!.attributes).toContain('Crew Created/crew_agents[].tools_names[]');
    expect(f!.attributes.some((a) => a.includes('crew_tasks'))).toBe(false);
    expect(f!.message).not.toContain('inherited');
  });
});
