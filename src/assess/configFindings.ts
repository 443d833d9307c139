// Settings that widen what telemetry sends: share_crew=True, {placeholders} whose
// input values reach a default attribute, input names that suggest personal data,
// MCP servers whose identity travels in tool names, fingerprints sent verbatim.

import type { SourceSpan } from '../core/source.js';
import type { Crew, FieldString } from '../model/types.js';
import { interpolatedAfter, slotExposure } from '../telemetry/exposure.js';
import { fieldExposure } from './exposure.js';
import { findingFingerprint } from './fingerprint.js';
import type { Finding, RuleMeta, Severity } from './types.js';
import { personalPlaceholder } from './personalPlaceholders.js';

export { personalInputName } from './personalPlaceholders.js';

export const CONFIG_RULES: RuleMeta[] = [
  { id: 'config/share-crew', category: 'config', description: 'share_crew=True: goals, backstories, task descriptions, expected outputs, inputs and outputs are sent to CrewAI', defaultSeverity: 'medium' },
  { id: 'config/interpolated-default-attribute', category: 'config', description: 'A {placeholder} in a field CrewAI sends by default after interpolation: the input value itself is sent (e.g. role → agent_role on task spans)', defaultSeverity: 'medium' },
  { id: 'config/personal-data-input', category: 'config', description: 'An input placeholder whose name suggests personal data ({customer_name}, {email}) in a field telemetry carries', defaultSeverity: 'medium' },
  { id: 'config/mcp-server-identity', category: 'config', description: "An MCP server's command line or URL becomes the prefix of its tools' names, sent by default", defaultSeverity: 'low' },
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

function placeholderFindings(fs: FieldString, crew: Crew | undefined, version: string, out: Finding[]): void {
  if (fs.slot === 'other') return;
  const text = fs.value.value;
  if (!text.includes('{')) return;
  const exp = fieldExposure(fs.slot, version, crew);
  for (const m of text.matchAll(PLACEHOLDER)) {
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
