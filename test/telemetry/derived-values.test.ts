// Values CrewAI computes from the configuration before telemetry reads them: a task
// without tools inherits its agent's (Task.check_tools), and an llm string becomes the
// `.model` of the LLM object LLM(...) builds (provider routing from 1.0.0). Every
// expected value below was read off CrewAI's source at the tag named next to it
// (git show <tag>:<file>), not from crewtel's output.
import { describe, expect, it } from 'vitest';
import { defaultModelPlaceholder, sentModelName } from '../../src/telemetry/llmModel.js';
import { simulateKickoff, type SimulatedSpan } from '../../src/telemetry/simulate.js';
import { agent, crew, serper, str, task } from './crews.js';
import type { Tool } from '../../src/model/types.js';

const filings: Tool = { kind: 'custom_class', name: 'Fetch Quarterly Filings', nameSource: str('Fetch Quarterly Filings', 'tools/filings.py'), ref: 'FetchQuarterlyFilingsTool' };

/** Agents with tools, tasks with none: every task inherits. Four ways to name a model. */
function inheritingCrew() {
  return crew({
    agents: [
      agent('researcher', { role: 'Filings Researcher', goal: 'g', backstory: 'b', llm: 'openai/gpt-4o-mini', tools: [serper, filings] }),
      agent('writer', { role: 'Report Writer', goal: 'g', backstory: 'b', llm: 'anthropic/claude-3-5-sonnet-20241022', tools: [filings] }),
      agent('analyst', { role: 'Ledger Analyst', goal: 'g', backstory: 'b', llm: 'groq/llama-3.1-70b-versatile' }),
      agent('reviewer', { role: 'Review Lead', goal: 'g', backstory: 'b', llm: 'gpt-4o' }),
    ],
    tasks: [
      task('research_task', { description: 'd1', expectedOutput: 'e1', agent: 'researcher' }),
      task('writing_task', { description: 'd2', expectedOutput: 'e2', agent: 'writer' }),
      task('analysis_task', { description: 'd3', expectedOutput: 'e3', agent: 'analyst' }),
      task('review_task', { description: 'd4', expectedOutput: 'e4', agent: 'reviewer' }),
    ],
  });
}

const created = (version: string, share = false): SimulatedSpan => {
  const s = simulateKickoff({ crews: [inheritingCrew()], flows: [], version, shareCrew: share }).find((x) => x.name === 'Crew Created');
  if (!s) throw new Error('no Crew Created');
  return s;
};
const members = (s: SimulatedSpan, key: string) => JSON.parse(String(s.attributes.find((a) => a.key === key)?.value)) as Record<string, unknown>[];

describe('crew_tasks[].tools_names: a task without tools sends its agent\'s', () => {
  // Task.check_tools — lib/crewai/src/crewai/task.py@1.15.17 ~L554-559 (`self.tools = self.agent.tools`);
  // names sanitize_tool_name'd — lib/crewai/src/crewai/telemetry/telemetry.py@1.15.17 ~L484 (default), ~L406 (share_crew)
  it('1.15.17', () => {
    expect(members(created('1.15.17'), 'crew_tasks').map((t) => t.tools_names)).toEqual([
      ['search_the_internet_with_serper', 'fetch_quarterly_filings'],
      ['fetch_quarterly_filings'],
      [],
      [],
    ]);
  });

  // src/crewai/task.py@0.186.0 ~L343-347 (`self.tools.extend(self.agent.tools)`);
  // `tool.name.casefold() for tool in task.tools` — src/crewai/telemetry/telemetry.py@0.186.0 ~L366 (default), ~L289 (share_crew)
  it('0.186.0', () => {
    expect(members(created('0.186.0'), 'crew_tasks').map((t) => t.tools_names)).toEqual([
      ['search the internet with serper', 'fetch quarterly filings'],
      ['fetch quarterly filings'],
      [],
      [],
    ]);
  });

  // src/crewai/task.py@0.114.0 ~L302-307; src/crewai/telemetry/telemetry.py@0.114.0 ~L297 (default branch)
  it('0.114.0, and the share_crew branch too', () => {
    const expected = [['search the internet with serper', 'fetch quarterly filings'], ['fetch quarterly filings'], [], []];
    expect(members(created('0.114.0'), 'crew_tasks').map((t) => t.tools_names)).toEqual(expected);
    // share branch: src/crewai/telemetry/telemetry.py@0.114.0 ~L219-221
    expect(members(created('0.114.0', true), 'crew_tasks').map((t) => t.tools_names)).toEqual(expected);
  });

  it('a task with tools of its own keeps them; crew_agents is unchanged', () => {
    const c = inheritingCrew();
    c.tasks[0].tools = [serper];
    const s = simulateKickoff({ crews: [c], flows: [], version: '1.15.17' }).find((x) => x.name === 'Crew Created')!;
    expect(members(s, 'crew_tasks')[0].tools_names).toEqual(['search_the_internet_with_serper']);
    expect(members(s, 'crew_agents')[0].tools_names).toEqual(['search_the_internet_with_serper', 'fetch_quarterly_filings']);
  });
});

describe('crew_agents[].llm: the model string after LLM(...)', () => {
  const llms = (version: string) => members(created(version), 'crew_agents').map((a) => a.llm);

  // LLM.__init__ stores the string as given — src/crewai/llm.py@0.114.0 ~L249; telemetry sends agent.llm.model
  // (src/crewai/telemetry/telemetry.py@0.114.0 ~L268)
  it('0.114.0: every string as written', () => {
    expect(llms('0.114.0')).toEqual(['openai/gpt-4o-mini', 'anthropic/claude-3-5-sonnet-20241022', 'groq/llama-3.1-70b-versatile', 'gpt-4o']);
  });

  // LLM.__new__ — lib/crewai/src/crewai/llm.py@1.0.0 ~L315-338: provider = prefix (else "openai"); openai and anthropic
  // have native classes (_get_native_provider ~L341-370) → model = the part after "/"; "groq" has none → LiteLLM keeps
  // the whole string; a bare name routes to openai with the string unchanged
  it('1.0.0: native prefixes dropped, LiteLLM prefix and bare name kept', () => {
    expect(llms('1.0.0')).toEqual(['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'groq/llama-3.1-70b-versatile', 'gpt-4o']);
  });

  // lib/crewai/src/crewai/llm.py@1.15.17 ~L393-512: provider_mapping ~L432; "gpt-4o-mini" matches the openai pattern and
  // "claude-3-5-sonnet-20241022" the anthropic one (_matches_provider_pattern ~L515) → native, prefix dropped; "groq" is
  // not mapped → object.__new__(cls) (~L512), LLM(model=<whole string>); bare → _infer_provider_from_model, unchanged
  it('1.15.17: the same four', () => {
    expect(llms('1.15.17')).toEqual(['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'groq/llama-3.1-70b-versatile', 'gpt-4o']);
  });

  it('function_calling_llm is routed the same way; Tool Usage llm too', () => {
    const c = inheritingCrew();
    c.agents[0].functionCallingLlm = 'openai/gpt-4o-mini';
    const spans = simulateKickoff({ crews: [c], flows: [], version: '1.15.17' });
    // create_llm(function_calling_llm) — lib/crewai/src/crewai/agent/core.py@1.15.17 ~L366-369; `.model` sent (telemetry.py ~L338-346)
    expect(members(spans.find((s) => s.name === 'Crew Created')!, 'crew_agents')[0].function_calling_llm).toBe('gpt-4o-mini');
    const tool = spans.find((s) => s.name === 'Tool Usage')!;
    expect(tool.attributes.find((a) => a.key === 'llm')?.value).toBe('gpt-4o-mini');
    // 0.114.0 keeps it (telemetry.py@0.114.0 ~L155-163 getattr(llm, "model"))
    const old = simulateKickoff({ crews: [c], flows: [], version: '0.114.0' });
    expect(members(old.find((s) => s.name === 'Crew Created')!, 'crew_agents')[0].function_calling_llm).toBe('openai/gpt-4o-mini');
  });

  it('function_calling_llm before 0.63.0: attribute JSON, then the stored value or null', () => {
    const fc = (version: string, set: boolean) => {
      const c = inheritingCrew();
      if (set) c.agents[0].functionCallingLlm = 'gpt-4o';
      return members(simulateKickoff({ crews: [c], flows: [], version }).find((s) => s.name === 'Crew Created')!, 'crew_agents')[0].function_calling_llm;
    };
    // json.dumps(self._safe_llm_attributes(None)) → "{}" — src/crewai/telemetry/telemetry.py@v0.55.2 ~L105-109, ~L571-577
    expect(fc('0.55.2', false)).toBe('{}');
    // "function_calling_llm": agent.function_calling_llm — telemetry.py@v0.60.0 ~L119 (None → null)
    expect(fc('0.60.0', false)).toBeNull();
    expect(fc('0.61.0', true)).toBe('gpt-4o');
    // `.model if agent.function_calling_llm else ""` — telemetry.py@v0.63.0 ~L120-122
    expect(fc('0.63.0', false)).toBe('');
  });
});

describe('sentModelName: the routing table by release', () => {
  const at = (model: string, version: string) => sentModelName(model, version).value;

  it('before 1.0.0 nothing is rewritten', () => {
    expect(at('openai/gpt-4o-mini', '0.203.1')).toBe('openai/gpt-4o-mini');
  });

  it('1.0.0 – 1.4.0 accept any model part under a native prefix; aws has no native class', () => {
    // llm.py@1.0.0 ~L320-326: no model validation
    expect(at('openai/my-fine-tune', '1.0.0')).toBe('my-fine-tune');
    // "aws" is in SUPPORTED_NATIVE_PROVIDERS (~L279) but _get_native_provider returns None for it → LiteLLM
    expect(at('aws/amazon.titan-text-express-v1', '1.0.0')).toBe('aws/amazon.titan-text-express-v1');
    // the prefix lookup is case-sensitive until 1.4.0 (model.partition("/")[0])
    expect(at('OpenAI/gpt-4o', '1.4.0')).toBe('OpenAI/gpt-4o');
    expect(at('OpenAI/gpt-4o', '1.4.1')).toBe('gpt-4o');
  });

  it('1.4.1 – 1.6.0: only listed models route natively; 1.6.1: or a name matching the provider pattern', () => {
    // _validate_model_in_constants — lib/crewai/src/crewai/llm.py@1.5.0; OPENAI_MODELS in llms/constants.py@1.5.0 lists gpt-4o-mini
    expect(at('openai/gpt-4o-mini', '1.5.0')).toBe('gpt-4o-mini');
    // not in ANTHROPIC_MODELS@1.5.0 → LiteLLM keeps it; from 1.6.1 "claude-" matches the pattern
    expect(at('anthropic/claude-sonnet-4-6', '1.5.0')).toBe('anthropic/claude-sonnet-4-6');
    expect(at('anthropic/claude-sonnet-4-6', '1.6.1')).toBe('claude-sonnet-4-6');
    // aws maps to bedrock from 1.4.1 (provider_mapping); azure accepts any model
    expect(at('aws/amazon.titan-text-express-v1', '1.5.0')).toBe('amazon.titan-text-express-v1');
    expect(at('azure/my-deployment', '1.5.0')).toBe('my-deployment');
    // gemini-3-pro-preview joined GEMINI_MODELS in 1.6.0
    expect(at('gemini/gemini-3-pro-preview', '1.5.0')).toBe('gemini/gemini-3-pro-preview');
    expect(at('gemini/gemini-3-pro-preview', '1.6.0')).toBe('gemini-3-pro-preview');
    // a model part that matches no pattern stays with LiteLLM (llm.py@1.15.17 ~L455-470)
    expect(at('openai/my-fine-tune', '1.15.17')).toBe('openai/my-fine-tune');
  });

  it('1.12.0 adds the OpenAI-compatible providers, 1.14.7 snowflake', () => {
    expect(at('ollama/llama3', '1.11.1')).toBe('ollama/llama3');
    expect(at('ollama/llama3', '1.12.0')).toBe('llama3');
    // deepseek only accepts deepseek* names, dashscope qwen* (_matches_provider_pattern@1.12.0)
    expect(at('deepseek/chat-v3', '1.15.17')).toBe('deepseek/chat-v3');
    expect(at('deepseek/deepseek-chat', '1.15.17')).toBe('deepseek-chat');
    // openrouter keeps the rest after the first "/"
    expect(at('openrouter/openai/gpt-4o', '1.15.17')).toBe('openai/gpt-4o');
    expect(at('snowflake/claude-3-5-sonnet', '1.14.6')).toBe('snowflake/claude-3-5-sonnet');
    expect(at('snowflake/claude-3-5-sonnet', '1.14.7')).toBe('claude-3-5-sonnet');
  });

  it('an agent without llm: the release\'s variables and default model', () => {
    // Agent.llm default "gpt-4o" — src/crewai/agent.py@v0.60.0 ~L84-86
    expect(defaultModelPlaceholder('0.60.0')).toBe('gpt-4o');
    // os.environ.get("OPENAI_MODEL_NAME", "gpt-4o-mini") — src/crewai/agent.py@v0.63.0 ~L131
    expect(defaultModelPlaceholder('0.63.0')).toBe('<$OPENAI_MODEL_NAME if set, else gpt-4o-mini>');
    // src/crewai/utilities/llm_utils.py@0.114.0 _llm_via_environment_or_fallback
    expect(defaultModelPlaceholder('0.114.0')).toBe('<$MODEL, $MODEL_NAME or $OPENAI_MODEL_NAME if set, else gpt-4o-mini>');
    // DEFAULT_LLM_MODEL = "gpt-4.1-mini" — lib/crewai/src/crewai/constants.py@1.15.17 ~L348 (since 1.2.0)
    expect(defaultModelPlaceholder('1.15.17')).toBe('<$MODEL, $MODEL_NAME or $OPENAI_MODEL_NAME if set, else gpt-4.1-mini>');
    const c = inheritingCrew();
    c.agents[3].llm = undefined;
    const s = simulateKickoff({ crews: [c], flows: [], version: '1.1.0' }).find((x) => x.name === 'Crew Created')!;
    expect(members(s, 'crew_agents')[3]).toMatchObject({ llm: '<$MODEL, $MODEL_NAME or $OPENAI_MODEL_NAME if set, else gpt-4o-mini>' });
  });
});
