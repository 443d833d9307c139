// Rule explanations as data: what each rule detects, why it matters for CrewAI
// telemetry (which spans and attributes carry it, for the newest release crewtel
// knows), how to fix it, examples that match and do not, and how to accept it.
// Built from the detectors, the config rules, the advisories and the telemetry
// catalog, so `crewtel rules <id>`, docs/rules/<id>.md, SARIF's help and an HTML report
// all say the same thing. Formatters render it; they add no prose of their own.
import { CONFIG_RULES } from '../assess/configFindings.js';
import { RELEASE_RULES } from '../assess/releaseFindings.js';
import type { Category, RuleMeta, Severity } from '../assess/types.js';
import { ADVISORIES, type Advisory } from '../env/advisories.js';
import type { FieldSlot } from '../model/types.js';
import { NEWEST_RELEASE } from '../release/knownReleases.js';
import { detectors } from '../scan/detectors/index.js';
import type { Detector } from '../scan/types.js';
import { slotExposure } from '../telemetry/exposure.js';
import { VERSION } from '../version.js';

export interface Carrier {
  /** the user-authored field, in words */
  field: string;
  /** attributes that carry it whenever telemetry is on */
  byDefault: string[];
  /** attributes that carry it only with share_crew */
  withShareCrew: string[];
}

export interface RuleExplanation {
  id: string;
  title: string;
  category: Category;
  entity?: string;
  defaultSeverity: Severity;
  /** GitHub code scanning's 0–10 score (High from 7.0, Medium from 4.0) */
  securitySeverity: string;
  tags: string[];
  detects: string;
  why: string;
  /** the spans/attributes of the newest release that carry the fields it looks at */
  carriedBy: Carrier[];
  /** the CrewAI release the carriers are listed for */
  release: string;
  fix: string[];
  examples: { match: string[]; noMatch: string[] };
  accept: string[];
  /** advisories: the releases affected, and the first that fixes it */
  affected?: string;
  fixedIn?: string;
  /** the documentation file, relative to the package root */
  doc: string;
  /** the same file online, for SARIF helpUri */
  helpUri: string;
}

const REPO_URL = 'https://github.com/crewtel/crewtel';
const SCORE: Record<Severity, string> = { high: '8.0', medium: '5.5', low: '3.0' };

export const docPath = (id: string): string => `docs/rules/${id}.md`;
export const helpUri = (id: string): string => `${REPO_URL}/blob/v${VERSION}/${docPath(id)}`;

/** Fields every content rule looks at, with where CrewAI sends them. */
const CONTENT_FIELDS: { slot: FieldSlot; field: string }[] = [
  { slot: 'agent.role', field: 'agent role' },
  { slot: 'agent.goal', field: 'agent goal' },
  { slot: 'agent.backstory', field: 'agent backstory' },
  { slot: 'task.description', field: 'task description' },
  { slot: 'task.expected_output', field: 'task expected_output' },
  { slot: 'tool.name', field: 'tool name' },
  { slot: 'flow.name', field: 'flow class name' },
  { slot: 'flow.method', field: 'flow method name' },
  { slot: 'crew.input', field: 'kickoff input value' },
];

function carriers(fields: { slot: FieldSlot; field: string }[]): Carrier[] {
  return fields
    .map(({ slot, field }) => {
      const e = slotExposure(slot, NEWEST_RELEASE);
      return { field, byDefault: [...e.default], withShareCrew: [...e.shareCrew] };
    })
    .filter((c) => c.byDefault.length + c.withShareCrew.length > 0);
}

const INLINE = (id: string) =>
  `Inline, with the reason: \`# crewtel-ignore ${id} -- reason\` at the end of the line or on the line above (for a multi-line value, above its key; \`//\` in JSONC).`;
const CONFIG_ACCEPT = (id: string) => [
  `For a value or a folder, in .crewtel.yaml (or [tool.crewtel] in pyproject.toml): \`allowlist: { values: [...], regexes: [...], paths: ["examples/**"] }\`.`,
  `Everything found today: \`crewtel audit --write-baseline .crewtel-baseline.json\`, then \`--baseline .crewtel-baseline.json\` reports only new findings.`,
  `Change its weight or switch it off: \`severity: { ${id}: low }\` or \`disable: [${id}]\`.`,
  'Accepted findings stay in the JSON (`suppressed`), SARIF (`suppressions`) and Markdown reports, with the reason.',
];

const PII_WHY =
  'CrewAI sends anonymous OpenTelemetry spans to its own collector (telemetry.crewai.com) at every kickoff unless telemetry is switched off. ' +
  'Agent roles, tool names and flow and method names go with every run by default; goals, backstories, task descriptions, expected outputs, ' +
  'kickoff inputs and task outputs go too when the crew sets share_crew=True. Personal data written into one of these fields leaves the machine ' +
  'with the spans below, to a third party, for every run of every user of the project.';

const SECRET_WHY =
  'A credential written into a field CrewAI telemetry carries is sent to CrewAI\'s collector with the spans below; it also sits in the ' +
  'repository and its history. Anyone who reads those spans can use it.';

function detectorFix(d: Detector): string[] {
  if (d.category === 'secret') {
    return [
      'Revoke and rotate the credential: it is in the repository history already.',
      'Read it at run time from the environment or a secret manager (`os.environ["…"]`), never from an agent or task text.',
      'If the agent must know about it, describe it ("the API key in the environment") instead of pasting it.',
    ];
  }
  return [
    'Move the value out of the text: pass it as a kickoff input (`crew.kickoff(inputs={...})`) used only in task descriptions, or let a tool fetch it at run time.',
    'Keep share_crew off (the default) for crews whose goals, backstories and task texts hold real data; then only roles, tool names and flow/method names are sent.',
    'In a role, a tool name or a flow/method name (sent by default) rename it: `read_calendar` instead of `read_maria_garcia_calendar`.',
    'Use a reserved example instead of real data: example.com / example.org addresses, 555-01xx phone numbers, well-known test card numbers.',
    'Or switch CrewAI telemetry off where the project runs: CREWAI_DISABLE_TELEMETRY=true (`crewtel env` checks that the release honours it).',
  ];
}

function fromDetector(d: Detector): RuleExplanation {
  const validated = d.validate ? ' Each match is validated beyond its shape (the detector\'s own check), to keep false alarms rare.' : '';
  const context = d.context?.length ? ` Words nearby such as ${d.context.slice(0, 4).map((w) => `"${w}"`).join(', ')} raise the confidence.` : '';
  return {
    id: d.id,
    title: d.description,
    category: d.category,
    entity: d.entity,
    defaultSeverity: 'high',
    securitySeverity: d.category === 'secret' ? '8.5' : SCORE.high,
    tags: ['privacy', 'crewai-telemetry', d.category, ...(d.category === 'secret' ? ['security'] : []), d.entity],
    detects: `${d.description} (${d.entity}) in any user-authored string a CrewAI telemetry span can carry.${validated}${context} ` +
      'Severity is high when the field is sent by default, or with share_crew and the crew shares; medium when it would be sent only if share_crew were on; low for weak matches and fields telemetry does not send.',
    why: d.category === 'secret' ? SECRET_WHY : PII_WHY,
    carriedBy: carriers(CONTENT_FIELDS),
    release: NEWEST_RELEASE,
    fix: detectorFix(d),
    examples: { match: [...d.examples.match], noMatch: [...d.examples.noMatch] },
    accept: [INLINE(d.id), ...CONFIG_ACCEPT(d.id)],
    doc: docPath(d.id),
    helpUri: helpUri(d.id),
  };
}

interface ConfigText {
  detects: string;
  why: string;
  fields: { slot: FieldSlot; field: string }[];
  fix: string[];
  examples: { match: string[]; noMatch: string[] };
}

/** The hand-written part of each config rule (what the code checks is in assess/configFindings.ts and env/). */
const CONFIG_TEXT: Record<string, ConfigText> = {
  'config/share-crew': {
    detects: '`share_crew=True` on a Crew (in crew.py, a JSON crew or a declarative flow).',
    why: 'With share_crew on, CrewAI adds the agents\' goals and backstories, task descriptions and expected outputs, the kickoff inputs and every task output to its spans: everything the crew reads and writes goes to CrewAI\'s collector.',
    fields: [
      { slot: 'agent.goal', field: 'agent goal' },
      { slot: 'agent.backstory', field: 'agent backstory' },
      { slot: 'task.description', field: 'task description' },
      { slot: 'task.expected_output', field: 'task expected_output' },
      { slot: 'crew.input', field: 'kickoff input value' },
    ],
    fix: ['Remove `share_crew=True` (the default is off), or set it only in a build that never sees real data.', 'Run `crewtel preview --diff` to see exactly what share_crew adds.'],
    examples: { match: ['Crew(agents=..., tasks=..., share_crew=True)'], noMatch: ['Crew(agents=..., tasks=...)', 'Crew(..., share_crew=False)'] },
  },
  'config/interpolated-default-attribute': {
    detects: 'A `{placeholder}` in a field that CrewAI sends by default after kickoff fills it in — today the agent role, which task spans record as agent_role (since 0.186.0).',
    why: 'The placeholder looks harmless in the file, but the span carries the filled-in text: whatever value the input has at run time (a customer\'s name, an email) is sent by default, without share_crew.',
    fields: [{ slot: 'agent.role', field: 'agent role' }],
    fix: ['Move the placeholder out of the role into the task description or goal (sent only with share_crew).', 'Keep the role a fixed job title: "Support Triage Specialist", not "Triage Specialist for {customer_name}".'],
    examples: { match: ['role: Triage Specialist for {customer_name}'], noMatch: ['role: Triage Specialist', 'description: Classify the ticket from {customer_name}'] },
  },
  'config/personal-data-input': {
    detects: 'A kickoff input placeholder whose name says it holds personal data (`{customer_name}`, `{email}`, `{phone}`, `{dob}`) in a field telemetry carries.',
    why: 'The input\'s value is personal data by its name; where the field (or the inputs themselves, with share_crew) is sent, so is the value.',
    fields: [
      { slot: 'crew.input', field: 'kickoff input value' },
      { slot: 'task.description', field: 'task description' },
    ],
    fix: ['Keep share_crew off for crews that take personal inputs.', 'Pass an identifier the crew resolves with a tool at run time instead of the personal value itself.'],
    examples: { match: ['description: Reply to {customer_email}', 'goal: Help {patient_name}'], noMatch: ['description: Summarise {topic}', 'goal: Research {company_name}'] },
  },
  'config/runtime-value': {
    detects: 'A value known only at run time (an f-string field, a `.format()` argument, a `+` operand crewtel cannot follow) built into a role, goal, backstory, task description or expected output in Python.',
    why: 'crewtel cannot scan what the variable will hold, but CrewAI sends the finished string: by default for a role (agent_role on task spans since 0.186.0), with share_crew for goals, backstories and task text. A variable named like personal data (`{patient_data}`, `{customer_email}`) is the likeliest leak.',
    fields: [
      { slot: 'agent.role', field: 'agent role' },
      { slot: 'task.description', field: 'task description' },
    ],
    fix: ['Keep run-time values out of roles; pass them as kickoff inputs or through a tool the agent calls.', 'Keep share_crew off for crews whose task text is built from personal data.'],
    examples: { match: ['description=f"Analyze the vitals: {patient_data}"', 'role=f"Assistant to {user.name}"'], noMatch: ['description="Summarise {topic}"', 'role="Researcher"'] },
  },
  'config/mcp-server-identity': {
    detects: 'An MCP server given by command line or URL: CrewAI names its tools `<server>_<tool>`, so the server\'s identity becomes part of every tool name.',
    why: 'Tool names are sent by default (Crew Created tools_names, Tool Usage tool_name): a host name, port, path or any `user:password@` in the server URL leaves with them.',
    fields: [{ slot: 'mcp.server', field: 'MCP server command or URL' }],
    fix: ['Give the server a neutral name or use a URL without credentials (put tokens in headers from the environment).'],
    examples: { match: ['mcps=["https://user:token@mcp.internal.example:8443/sse"]'], noMatch: ['mcps=["crewai-amp:weather"]'] },
  },
  'config/fingerprint-verbatim': {
    detects: 'A `security_config` fingerprint given as a dict with your own uuid_str, created_at or metadata.',
    why: 'CrewAI sends crew/agent/task fingerprints by default; values you choose there (an id that names a customer, a timestamp, metadata) are sent verbatim.',
    fields: [
      { slot: 'fingerprint.id', field: 'fingerprint uuid_str' },
      { slot: 'fingerprint.metadata', field: 'fingerprint metadata' },
    ],
    fix: ['Let CrewAI generate fingerprints, or keep metadata free of identifying values.'],
    examples: { match: ['security_config={"fingerprint": {"uuid_str": "acme-customer-42"}}'], noMatch: ['security_config=SecurityConfig()'] },
  },
  'config/switch-after-import': {
    detects: 'A telemetry switch (CREWAI_DISABLE_TELEMETRY, OTEL_SDK_DISABLED, CREWAI_DISABLE_TRACKING) set in code after `import crewai`, on a release that reads it only at import.',
    why: 'The switch looks like it turns telemetry off, but this release has already decided at import time: spans are still sent.',
    fields: [],
    fix: ['Set the variable in the environment (shell, CI, .env loaded before import), or move the assignment above `import crewai`.', '`crewtel env` shows what the release really does.'],
    examples: { match: ['import crewai\nos.environ["CREWAI_DISABLE_TELEMETRY"] = "true"'], noMatch: ['os.environ["CREWAI_DISABLE_TELEMETRY"] = "true"\nimport crewai'] },
  },
  'config/switch-not-read': {
    detects: 'A telemetry switch set in code that the pinned CrewAI release does not read at all (CREWAI_DISABLE_TELEMETRY before 0.114.0, CREWAI_DISABLE_TRACKING before 0.140.0).',
    why: 'Telemetry stays on although the code says otherwise.',
    fields: [],
    fix: ['Use a switch the release reads (OTEL_SDK_DISABLED=true from 0.79.0), or upgrade CrewAI.'],
    examples: { match: ['os.environ["CREWAI_DISABLE_TRACKING"] = "true"  # on crewai 0.120'], noMatch: ['os.environ["OTEL_SDK_DISABLED"] = "true"'] },
  },
  'config/switch-putenv': {
    detects: 'A telemetry switch set with `os.putenv`.',
    why: '`os.putenv` changes the environment of child processes only; CrewAI reads `os.environ`, which it does not update, so telemetry stays on.',
    fields: [],
    fix: ['Use `os.environ["CREWAI_DISABLE_TELEMETRY"] = "true"` before `import crewai`, or set it in the environment.'],
    examples: { match: ['os.putenv("CREWAI_DISABLE_TELEMETRY", "true")'], noMatch: ['os.environ["CREWAI_DISABLE_TELEMETRY"] = "true"'] },
  },
};

function fromConfigRule(r: RuleMeta): RuleExplanation {
  const t = CONFIG_TEXT[r.id] ?? { detects: r.description, why: r.description, fields: [], fix: [], examples: { match: [], noMatch: [] } };
  return {
    id: r.id,
    title: r.description,
    category: 'config',
    defaultSeverity: r.defaultSeverity,
    securitySeverity: SCORE[r.defaultSeverity],
    tags: ['privacy', 'crewai-telemetry', 'config'],
    detects: t.detects,
    why: t.why,
    carriedBy: carriers(t.fields),
    release: NEWEST_RELEASE,
    fix: t.fix,
    examples: t.examples,
    accept: [INLINE(r.id), ...CONFIG_ACCEPT(r.id).slice(1)],
    doc: docPath(r.id),
    helpUri: helpUri(r.id),
  };
}

function ranges(a: Advisory): string {
  return a.affected.map((r) => (r.until ? `${r.since ?? 'any'} up to (not including) ${r.until}` : `${r.since ?? 'any'} and later`)).join('; ');
}

function fromAdvisory(a: Advisory): RuleExplanation {
  const variants = (a.variants ?? []).map((v) => `${v.releases.since ?? 'before'}${v.releases.until ? `–${v.releases.until}` : '+'}: ${v.text}`);
  return {
    id: a.id,
    title: a.title,
    category: 'config',
    defaultSeverity: a.severity,
    securitySeverity: SCORE[a.severity],
    tags: ['privacy', 'crewai-telemetry', 'advisory', 'crewai-release'],
    detects: `The project pins a CrewAI release (uv.lock, poetry.lock, requirements*.txt, pyproject.toml) in ${ranges(a)}, and uses what this advisory is about (${a.when === 'always' ? 'any project' : a.when}). The finding is placed at the version pin.`,
    why: [a.text, ...variants].join(' '),
    carriedBy: [],
    release: NEWEST_RELEASE,
    fix: [
      ...(a.fixedIn ? [`Upgrade CrewAI to ${a.fixedIn} or later.`] : ['No CrewAI release fixes it yet; it applies as long as telemetry is on.']),
      'Or switch telemetry off where the project runs: CREWAI_DISABLE_TELEMETRY=true and OTEL_SDK_DISABLED=true (`crewtel env --require-disabled` checks it in CI).',
    ],
    examples: { match: [], noMatch: [] },
    accept: [
      `Advisories count toward --fail-on only with --fail-on-advisories (or \`fail-on-advisories: true\` in the config).`,
      `Accept it for one release in .crewtel.yaml (a comment in uv.lock would be lost when uv rewrites the file): \`accept-advisories: [{ rule: ${a.id}, release: "X.Y.Z", reason: "…" }]\`; after an upgrade it is reviewed again.`,
      `Or \`disable: [${a.id}]\` to never report it.`,
    ],
    affected: ranges(a),
    fixedIn: a.fixedIn,
    doc: docPath(a.id),
    helpUri: helpUri(a.id),
  };
}

let all: RuleExplanation[] | undefined;

/** Every rule, in `crewtel rules` order. */
export function ruleExplanations(): RuleExplanation[] {
  if (all) return all;
  const byAdvisory = new Map(ADVISORIES.map((a) => [a.id, a]));
  all = [
    ...detectors.map(fromDetector),
    ...CONFIG_RULES.map(fromConfigRule),
    ...RELEASE_RULES.map((r) => (byAdvisory.has(r.id) ? fromAdvisory(byAdvisory.get(r.id)!) : fromConfigRule(r))),
  ];
  return all;
}

export function ruleExplanation(id: string): RuleExplanation | undefined {
  return ruleExplanations().find((r) => r.id === id);
}
