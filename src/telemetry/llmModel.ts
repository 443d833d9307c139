// The model name telemetry sends for an agent's llm / function_calling_llm: CrewAI sends
// `<llm object>.model`, and from 1.0.0 the LLM(...) factory rewrites the string the user
// configured before that attribute exists. A provider prefix the release routes to a
// native SDK class is dropped ("openai/gpt-4o-mini" → "gpt-4o-mini"); a prefix it hands
// to LiteLLM keeps the whole string; a bare name is kept. Which prefixes route natively,
// and whether the model part must be a known model, changed release by release: that is
// the table below (docs/telemetry-values.md cites the CrewAI source of every row).
//
// Strings come from the model as the user wrote them: `llm: "openai/gpt-4o"`,
// `LLM(model="openai/gpt-4o")`, a ChatOpenAI-like object's model (create_llm passes it
// through LLM(...) too), the same for function_calling_llm.
import listsData from './data/crewai-llm-models.json' with { type: 'json' };
import { inRange, type ReleaseRange } from './versionRange.js';

/** How a prefixed model part is accepted by the native provider the prefix names. */
type Accept =
  /** any model part (1.0.0 – 1.4.0) */
  | 'any'
  /** only names in the release's model lists; azure accepts any (1.4.1 – 1.6.0) */
  | 'listed'
  /** a listed name or one matching the provider's name pattern (1.6.1 on; every listed name matches its pattern) */
  | 'pattern';

/** A provider's model-name pattern (LLM._matches_provider_pattern), on the lower-cased model part. */
interface NamePattern {
  startsWith?: string[];
  contains?: string;
  any?: true;
}

interface RoutingRule {
  releases: ReleaseRange;
  /** prefix before the first "/" → the native provider it routes to */
  prefixes: Record<string, string>;
  /** the prefix is lower-cased before the lookup (1.4.1 on) */
  caseInsensitive: boolean;
  accept: Accept;
  patterns?: Record<string, NamePattern>;
}

const BASE_PREFIXES = { openai: 'openai', anthropic: 'anthropic', claude: 'anthropic', azure: 'azure', azure_openai: 'azure', google: 'gemini', gemini: 'gemini', bedrock: 'bedrock' };
const MAPPED_PREFIXES = { ...BASE_PREFIXES, aws: 'bedrock' };
const COMPATIBLE_PREFIXES = { openrouter: 'openrouter', deepseek: 'deepseek', ollama: 'ollama', ollama_chat: 'ollama_chat', hosted_vllm: 'hosted_vllm', cerebras: 'cerebras', dashscope: 'dashscope' };

const NATIVE_PATTERNS: Record<string, NamePattern> = {
  openai: { startsWith: ['gpt-', 'o1', 'o3', 'o4', 'whisper-'] },
  anthropic: { startsWith: ['claude-', 'anthropic.'] },
  gemini: { startsWith: ['gemini-', 'gemma-', 'learnlm-'] },
  bedrock: { contains: '.' },
  azure: { any: true },
};
const COMPATIBLE_PATTERNS: Record<string, NamePattern> = {
  openrouter: { any: true },
  deepseek: { startsWith: ['deepseek'] },
  ollama: { any: true },
  ollama_chat: { any: true },
  hosted_vllm: { any: true },
  cerebras: { any: true },
  dashscope: { startsWith: ['qwen'] },
};

/**
 * LLM.__new__ by release. Before 1.0.0 LLM (0.63.0 on) kept the model as given.
 * 1.0.0: the prefix picks a native class if it has one ("aws" is listed as supported
 * but has no class, so it falls back); 1.4.1: prefixes are lower-cased and mapped
 * (claude → anthropic, google → gemini, aws → bedrock) and the model part must be a
 * listed model; 1.6.1: or match the provider's pattern; 1.12.0: OpenAI-compatible
 * providers; 1.14.7: snowflake.
 */
export const LLM_ROUTING: RoutingRule[] = [
  { releases: { since: '1.0.0', until: '1.4.1' }, prefixes: BASE_PREFIXES, caseInsensitive: false, accept: 'any' },
  { releases: { since: '1.4.1', until: '1.6.1' }, prefixes: MAPPED_PREFIXES, caseInsensitive: true, accept: 'listed' },
  { releases: { since: '1.6.1', until: '1.12.0' }, prefixes: MAPPED_PREFIXES, caseInsensitive: true, accept: 'pattern', patterns: NATIVE_PATTERNS },
  {
    releases: { since: '1.12.0', until: '1.14.7' },
    prefixes: { ...MAPPED_PREFIXES, ...COMPATIBLE_PREFIXES },
    caseInsensitive: true,
    accept: 'pattern',
    patterns: { ...NATIVE_PATTERNS, ...COMPATIBLE_PATTERNS },
  },
  {
    releases: { since: '1.14.7' },
    prefixes: { ...MAPPED_PREFIXES, ...COMPATIBLE_PREFIXES, snowflake: 'snowflake' },
    caseInsensitive: true,
    accept: 'pattern',
    patterns: { ...NATIVE_PATTERNS, ...COMPATIBLE_PATTERNS, snowflake: { any: true } },
  },
];

interface ModelLists {
  releases: ReleaseRange;
  source: string;
  openai: string[];
  anthropic: string[];
  gemini: string[];
  bedrock: string[];
}

const MODEL_LISTS = (listsData as { lists: ModelLists[] }).lists;

/** Whether LLM(...) routed the string natively, to LiteLLM, or did not route at all (before 1.0.0). */
export type LlmRoute = 'native' | 'litellm' | 'as-given';

export interface SentModel {
  /** the `.model` of the LLM object CrewAI builds: what telemetry sends */
  value: string;
  route: LlmRoute;
  /** the native provider, when routed natively */
  provider?: string;
}

/** The `.model` CrewAI's LLM(model=…) ends up with at `version`. */
export function sentModelName(model: string, version: string): SentModel {
  const rule = LLM_ROUTING.find((r) => inRange(version, r.releases));
  if (!rule) return { value: model, route: 'as-given' };
  const slash = model.indexOf('/');
  // a bare name is inferred (or defaults) to a native provider and keeps its string
  if (slash === -1) return { value: model, route: 'native' };
  const prefix = model.slice(0, slash);
  const part = model.slice(slash + 1);
  const key = rule.caseInsensitive ? prefix.toLowerCase() : prefix;
  const provider = Object.hasOwn(rule.prefixes, key) ? rule.prefixes[key] : undefined;
  if (provider && accepts(rule, provider, part, version)) return { value: part, route: 'native', provider };
  return { value: model, route: 'litellm' };
}

function accepts(rule: RoutingRule, provider: string, part: string, version: string): boolean {
  if (rule.accept === 'any') return true;
  if (provider === 'azure') return true; // "azure does not provide a list of available models"
  if (rule.accept === 'listed') {
    const lists = MODEL_LISTS.find((l) => inRange(version, l.releases));
    const names = lists && (lists as unknown as Record<string, unknown>)[provider];
    return Array.isArray(names) && names.includes(part);
  }
  const p = rule.patterns?.[provider];
  if (!p) return false;
  const lower = part.toLowerCase();
  return Boolean(p.any || (p.contains !== undefined && lower.includes(p.contains)) || p.startsWith?.some((s) => lower.startsWith(s)));
}

/** The model an agent without `llm` gets: environment variables in this order, else the release's default. */
interface DefaultModelRule {
  releases: ReleaseRange;
  env: string[];
  fallback: string;
}

export const DEFAULT_MODEL: DefaultModelRule[] = [
  // Agent.llm defaulted to the string "gpt-4o"; no variable read
  { releases: { since: '0.60.0', until: '0.63.0' }, env: [], fallback: 'gpt-4o' },
  { releases: { since: '0.63.0', until: '0.79.0' }, env: ['OPENAI_MODEL_NAME'], fallback: 'gpt-4o-mini' },
  { releases: { since: '0.79.0', until: '0.108.0' }, env: ['OPENAI_MODEL_NAME', 'MODEL'], fallback: 'gpt-4o-mini' },
  { releases: { since: '0.108.0', until: '1.2.0' }, env: ['MODEL', 'MODEL_NAME', 'OPENAI_MODEL_NAME'], fallback: 'gpt-4o-mini' },
  { releases: { since: '1.2.0' }, env: ['MODEL', 'MODEL_NAME', 'OPENAI_MODEL_NAME'], fallback: 'gpt-4.1-mini' },
];

/**
 * The preview value of an agent without `llm`: a placeholder naming the variables the
 * release reads and the model it falls back to (an environment value goes through
 * LLM(...) like any other, so a prefixed one is routed as above).
 */
export function defaultModelPlaceholder(version: string): string {
  const rule = DEFAULT_MODEL.find((r) => inRange(version, r.releases));
  if (!rule) return '<default model>';
  if (rule.env.length === 0) return rule.fallback;
  const vars = rule.env.map((v) => `$${v}`);
  const list = vars.length === 1 ? vars[0] : `${vars.slice(0, -1).join(', ')} or ${vars.at(-1)}`;
  return `<${list} if set, else ${rule.fallback}>`;
}

/** Every release bound of the tables above (the catalog boundary test checks them). */
export function llmBoundaries(): ReleaseRange[] {
  return [...LLM_ROUTING.map((r) => r.releases), ...MODEL_LISTS.map((l) => l.releases), ...DEFAULT_MODEL.map((r) => r.releases)];
}
