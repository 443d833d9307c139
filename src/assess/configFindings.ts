// Settings that widen what telemetry sends: share_crew=True, {placeholders} whose
// input values reach a default attribute, input names that suggest personal data,
// MCP servers whose identity travels in tool names, fingerprints sent verbatim.

import { runtimePartsOf, type SourceSpan } from '../core/source.js';
import type { Crew, FieldString } from '../model/types.js';
import { interpolatedAfter, slotExposure } from '../telemetry/exposure.js';
import { fieldExposure } from './exposure.js';
import { findingFingerprint } from './fingerprint.js';
import type { Finding, RuleMeta, Severity } from './types.js';
import { personalInputName, personalPlaceholder } from './personalPlaceholders.js';

export { personalInputName } from './personalPlaceholders.js';

export const CONFIG_RULES: RuleMeta[] = [
  { id: 'config/share-crew', category: 'config', description: 'share_crew=True: goals, backstories, task descriptions, expected outputs, inputs and outputs are sent to CrewAI', defaultSeverity: 'medium' },
  { id: 'config/interpolated-default-attribute', category: 'config', description: 'A {placeholder} in a field CrewAI sends by default after interpolation: the input value itself is sent (e.g. role → agent_role on task spans)', defaultSeverity: 'medium' },
  { id: 'config/personal-data-input', category: 'config', description: 'An input placeholder whose name suggests personal data ({customer_name}, {email}) in a field telemetry carries', defaultSeverity: 'medium' },
  { id: 'config/mcp-server-identity', category: 'config', description: "An MCP server's command line or URL becomes the prefix of its tools' names, sent by default", defaultSeverity: 'low' },
  { id: 'config/runtime-value', category: 'config', description: 'A value known only at run time (an f-string field, a .format() argument) built into a field telemetry carries: whatever it holds is sent (by default for a role, with share_crew for goals, backstories, task descriptions)', defaultSeverity: 'medium' },
  { id: 'config/fingerprint-verbatim', category: 'config', description: 'A security_config fingerprint given as a dict: its uuid_str/created_at/metadata are sent verbatim by default', defaultSeverity: 'medium' },
];

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_-]*)\}/g;
function at(span: SourceSpan) {
  return { file: span.file, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}

function finding(ruleId: string, severity: Severity, span: SourceSpan, field: string, message: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    category: 'config',
    severity,
    confidence: 1,
    ...at(span),
    field,
    exposure: 'default',
    attributes: [],
    match: '',
    message,
    crews: [],
    fingerprint: findingFingerprint(ruleId, span.file, field, message),
    ...extra,
  };
}

export function configFindings(crews: Crew[], strings: FieldString[], defaultVersion: string): Finding[] {
  const out: Finding[] = [];
  const byId = new Map(crews.map((c) => [c.id, c]));
  for (const crew of crews) {
    if (crew.shareCrew.value && crew.shareCrew.origin !== 'cli' && crew.shareCrew.location) {
      const adds = slotExposure('agent.goal', crew.release?.version ?? defaultVersion).shareCrew;
      out.push(
        finding('config/share-crew', 'medium', crew.shareCrew.location, 'crew.share_crew', `share_crew=True: CrewAI also sends goals, backstories, task descriptions, expected outputs, kickoff inputs and task outputs (${adds.slice(0, 3).join(', ')}, …)`, {
          exposure: 'default',
          attributes: adds,
          crews: [crew.id],
        }),
      );
    }
  }
  for (const fs of strings) {
    const crew = fs.crewId ? byId.get(fs.crewId) : undefined;
    const version = crew?.release?.version ?? defaultVersion;
    if (fs.slot === 'mcp.server' && !fs.field.includes('.args[')) {
      out.push(
        finding('config/mcp-server-identity', 'low', fs.value.span, fs.field, 'MCP tools are named <server>_<tool>: this server\'s command line or URL (host, port, path, any user:password@) is sent by default as the tool name prefix', {
          attributes: slotExposure('mcp.server', version).default,
          crews: fs.crewId ? [fs.crewId] : [],
        }),
      );
    }
    if (fs.slot === 'fingerprint.id' && /uuid_str$/.test(fs.field)) {
      out.push(
        finding('config/fingerprint-verbatim', 'medium', fs.value.span, fs.field, 'security_config fingerprint dict: uuid_str and created_at are sent verbatim by default (crew/agent/task_fingerprint)', {
          attributes: slotExposure('fingerprint.id', version).default,
          crews: fs.crewId ? [fs.crewId] : [],
        }),
      );
    }
    placeholderFindings(fs, crew, version, out);
  }
  return out;
}

/** `f"…{patient_data}…"` in a role, goal, description…: the variable's value is sent, not a template. */
function runtimeValueFinding(fs: FieldString, crew: Crew | undefined, exp: ReturnType<typeof fieldExposure>, expression: string, span: SourceSpan, out: Finding[]): void {
  if (exp.exposure === 'not_emitted') return;
  const personal = personalInputName(expression.replace(/^.*[.[]/, '').replace(/\W+$/, ''));
  const sent = exp.exposure === 'default' || crew?.shareCrew.value;
  out.push(
    // like an input placeholder: high when it is really sent, otherwise medium for personal-sounding names, low for the rest
    finding('config/runtime-value', sent ? 'high' : personal ? 'medium' : 'low', span, fs.field, `${expression} is a run-time value built into ${fs.field}: whatever it holds is sent ${exp.exposure === 'default' ? 'by default' : 'with share_crew'} (${exp.attributes.slice(0, 2).join(', ')}${exp.attributes.length > 2 ? ', …' : ''}); crewtel cannot scan it`, {
      exposure: exp.exposure,
      attributes: exp.attributes,
      crews: fs.crewId ? [fs.crewId] : [],
      match: `{${expression}}`,
    }),
  );
}

function placeholderFindings(fs: FieldString, crew: Crew | undefined, version: string, out: Finding[]): void {
  if (fs.slot === 'other') return;
  const text = fs.value.value;
  if (!text.includes('{')) return;
  const exp = fieldExposure(fs.slot, version, crew);
  const runtime = runtimePartsOf(fs.value);
  for (const r of runtime) runtimeValueFinding(fs, crew, exp, r.part.expression, r.part.where, out);
  for (const m of text.matchAll(PLACEHOLDER)) {
    // a run-time value written `{expr}` is not a kickoff placeholder (reported above)
    if (runtime.some((r) => m.index >= r.from && m.index < r.to)) continue;
    // {{escaped}} braces are literal text in CrewAI's interpolation
    if (text[m.index - 1] === '{' && text[m.index + m[0].length] === '}') continue;
    const name = m[1];
    const span = fs.value.locate(m.index, m.index + m[0].length);
    // from the placeholder's words and the sentence around it ("{lead_name}, a company in …" is not a person)
    const personal = personalPlaceholder(name, text, m.index, m.index + m[0].length);
    const crews = fs.crewId ? [fs.crewId] : [];
    if (interpolatedAfter(fs.slot, version)) {
      const attributes = slotExposure(fs.slot, version).default;
      out.push(
        finding('config/interpolated-default-attribute', personal ? 'high' : 'medium', span, fs.field, `{${name}} is filled in before CrewAI records ${attributes.filter((a) => !a.startsWith('Crew Created')).join(', ') || 'this field'}: the input value is sent by default`, {
          attributes,
          crews,
          match: `{${name}}`,
        }),
      );
    } else if (personal && exp.exposure !== 'not_emitted') {
      out.push(
        finding('config/personal-data-input', exp.exposure === 'default' || crew?.shareCrew.value ? 'high' : 'medium', span, fs.field, `input {${name}} suggests personal data; ${exp.exposure === 'default' ? 'this field is sent by default' : 'with share_crew on, kickoff inputs and this field are sent'}`, {
          exposure: exp.exposure,
          attributes: exp.attributes,
          crews,
          match: `{${name}}`,
        }),
      );
    }
  }
}
