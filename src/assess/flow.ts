// The data flow of each crew, as data for `crewtel report`: which of its config fields
// telemetry carries by default, only with share_crew, or never; the spans that carry
// them; and the findings on each field. Read from the same catalog lookup audit's
// exposure uses (telemetry/exposure.ts), so the drawing and the findings cannot
// disagree. No geometry here: report/html/layout.ts places it.
import type { Crew, FieldString, ProjectModel } from '../model/types.js';
import { slotExposure } from '../telemetry/exposure.js';
import type { Finding, Severity } from './types.js';

export type FlowBand = 'default' | 'share_crew' | 'never';

export interface FlowMark {
  severity: Severity;
  ruleId: string;
  /** entity or 'config' */
  label: string;
  /** masked unless --show-values */
  match: string;
  /** file:line:col */
  at: string;
  /** accepted (inline, baseline, config): drawn hollow */
  accepted: boolean;
}

export interface FlowField {
  /** contract field path, or a summary label for aggregated fields */
  field: string;
  band: FlowBand;
  /** span name → the attributes of that span carrying the field, and whether share_crew is needed */
  spans: { span: string; attributes: string[]; shareCrewOnly: boolean }[];
  marks: FlowMark[];
  /** more than one field folded into this row (large crews): how many */
  count: number;
  /** the fields folded into this row */
  members?: string[];
}

export interface CrewFlow {
  crewId: string;
  name: string;
  crewaiVersion: string;
  shareCrew: boolean;
  /** file:line where share_crew is set, or '--share-crew' */
  shareCrewSource: string | null;
  fields: FlowField[];
  /** span names in catalog order */
  spans: string[];
  findings: number;
  /** fields folded into summary rows because the crew is large */
  folded: number;
}

/** Rows of one drawing before fields without findings are folded per kind. */
export const MAX_FIELD_ROWS = 36;

const at = (f: Finding) => `${f.file}:${f.line}:${f.column}`;

export function crewFlows(model: ProjectModel, opts: { version: string; findings: Finding[]; accepted: Finding[] }): CrewFlow[] {
  const byCrew = new Map<string, FieldString[]>();
  for (const s of model.strings) {
    if (!s.crewId) continue;
    const list = byCrew.get(s.crewId) ?? [];
    list.push(s);
    byCrew.set(s.crewId, list);
  }
  const marksFor = new Map<string, FlowMark[]>();
  const addMarks = (fs: Finding[], accepted: boolean) => {
    for (const f of fs) {
      for (const c of f.crews) {
        const key = `${c}\0${f.field}`;
        const list = marksFor.get(key) ?? [];
        list.push({ severity: f.severity, ruleId: f.ruleId, label: f.entity ?? 'config', match: f.match, at: at(f), accepted });
        marksFor.set(key, list);
      }
    }
  };
  addMarks(opts.findings, false);
  addMarks(opts.accepted, true);
  return model.crews.map((crew) => crewFlow(crew, byCrew.get(crew.id) ?? [], marksFor, crew.release?.version ?? opts.version));
}

function crewFlow(crew: Crew, strings: FieldString[], marksFor: Map<string, FlowMark[]>, version: string): CrewFlow {
  const seen = new Map<string, FlowField>();
  const spanOrder: string[] = [];
  for (const s of strings) {
    if (seen.has(s.field)) continue;
    const exp = s.slot === 'other' ? { default: [], shareCrew: [] } : slotExposure(s.slot, version);
    const spans = new Map<string, { span: string; attributes: string[]; shareCrewOnly: boolean }>();
    for (const [list, shareCrewOnly] of [[exp.default, false], [exp.shareCrew, true]] as const) {
      for (const label of list) {
        const span = label.slice(0, label.indexOf('/'));
        const entry = spans.get(span) ?? { span, attributes: [], shareCrewOnly };
        entry.attributes.push(label.slice(label.indexOf('/') + 1));
        entry.shareCrewOnly &&= shareCrewOnly;
        spans.set(span, entry);
        if (!spanOrder.includes(span)) spanOrder.push(span);
      }
    }
    const band: FlowBand = exp.default.length ? 'default' : exp.shareCrew.length ? 'share_crew' : 'never';
    seen.set(s.field, { field: s.field, band, spans: [...spans.values()], marks: marksFor.get(`${crew.id}\0${s.field}`) ?? [], count: 1 });
  }
  const all = [...seen.values()];
  const order: FlowBand[] = ['default', 'share_crew', 'never'];
  // never-sent fields without findings are one row; a large crew folds its clean fields per kind
  let fields = all.filter((f) => f.band !== 'never' || f.marks.length > 0);
  const cleanNever = all.filter((f) => f.band === 'never' && f.marks.length === 0);
  let folded = 0;
  if (fields.length + (cleanNever.length ? 1 : 0) > MAX_FIELD_ROWS) {
    const kept = fields.filter((f) => f.marks.length > 0);
    const groups = new Map<string, FlowField>();
    for (const f of fields.filter((x) => x.marks.length === 0)) {
      const key = `${f.band}\0${kindOf(f.field)}`;
      const g = groups.get(key);
      if (g) {
        g.count++;
        g.members!.push(f.field);
        for (const sp of f.spans) if (!g.spans.some((x) => x.span === sp.span)) g.spans.push(sp);
      } else groups.set(key, { ...f, field: kindOf(f.field), spans: [...f.spans], members: [f.field] });
      folded++;
    }
    fields = [...kept, ...groups.values()];
  }
  if (cleanNever.length) {
    fields.push({ field: cleanNever.length === 1 ? cleanNever[0].field : 'other fields', band: 'never', spans: [], marks: [], count: cleanNever.length, members: cleanNever.map((f) => f.field) });
  }
  fields.sort((a, b) => order.indexOf(a.band) - order.indexOf(b.band));
  const shareCrewSource = crew.shareCrew.location ? `${crew.shareCrew.location.file}:${crew.shareCrew.location.start.line}` : crew.shareCrew.origin === 'cli' ? '--share-crew' : null;
  return {
    crewId: crew.id,
    name: crew.name,
    crewaiVersion: version,
    shareCrew: crew.shareCrew.value,
    shareCrewSource,
    fields,
    spans: spanOrder,
    findings: fields.reduce((n, f) => n + f.marks.filter((m) => !m.accepted).length, 0),
    folded,
  };
}

/** agents.researcher.goal → agents.*.goal */
function kindOf(field: string): string {
  const parts = field.split('.');
  return parts.length >= 3 ? [parts[0], '*', ...parts.slice(2)].join('.') : field;
}
