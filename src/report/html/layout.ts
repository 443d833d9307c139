// Places one crew's data flow: three columns (config fields in three bands → spans →
// CrewAI's collector and the other outbound channels). Hand layout, chosen over elkjs
// and @viz-js/viz (BENCHMARKS.md, "Report drawing layout"): the graph is always three
// layers with fixed bands, so ordering spans by the mean height of their fields
// (barycentre) and spreading them without overlap gives the same crossings as the
// libraries' Sugiyama passes, with straight text rows, no 1.2–1.6 MB bundle and no
// start-up cost. Pure and synchronous; run before the page is written.
import type { CrewFlow, FlowBand, FlowMark } from '../../assess/flow.js';
import type { Channel } from '../../env/channels.js';

export interface DrawNode {
  id: string;
  kind: 'field' | 'span' | 'collector' | 'channel';
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  sub?: string;
  /** folded fields: their names, for the tooltip */
  members?: string[];
  band?: FlowBand;
  marks?: FlowMark[];
  /** collector / channel state word (on, off, conditional, applies) */
  state?: string;
}

export interface DrawEdge {
  from: string;
  to: string;
  shareCrewOnly: boolean;
  /** cubic Bézier: start, control 1, control 2, end */
  path: [number, number][];
  /** for the edge's <title>: the attributes it stands for */
  title: string;
}

export interface DrawBand {
  band: FlowBand;
  label: string;
  y: number;
  h: number;
}

export interface Drawing {
  width: number;
  height: number;
  nodes: DrawNode[];
  edges: DrawEdge[];
  bands: DrawBand[];
  /** a text alternative: what the drawing shows, in one paragraph */
  summary: string;
}

const ROW = 26;
const ROW_GAP = 4;
const BAND_HEAD = 24;
const BAND_GAP = 14;
const FIELD_X = 10;
const FIELD_W = 330;
const SPAN_X = 470;
const SPAN_W = 190;
const SPAN_H = 26;
const SINK_X = 760;
const SINK_W = 270;
const WIDTH = SINK_X + SINK_W + 10;

const BAND_LABEL: Record<FlowBand, string> = {
  default: 'sent by default',
  share_crew: 'sent only with share_crew',
  never: 'never sent',
};

/** Channel names are sentences; the drawing shows the part before the first parenthesis. */
const shortName = (name: string) => name.replace(/\s*\(.*$/, '').replace(/ at `import crewai`.*$/, '');

export function layoutFlow(flow: CrewFlow, sinks: { telemetry?: 'enabled' | 'disabled'; channels?: Channel[] }): Drawing {
  const nodes: DrawNode[] = [];
  const edges: DrawEdge[] = [];
  const bands: DrawBand[] = [];
  const fieldY = new Map<string, number>();

  const { fields: ordered, spans: spanOrder } = orderFlow(flow);
  // column 1: fields, band by band
  let y = 10;
  for (const band of ['default', 'share_crew', 'never'] as FlowBand[]) {
    const rows = ordered.filter((f) => f.band === band);
    if (!rows.length) continue;
    const top = y;
    y += BAND_HEAD;
    rows.forEach((f, i) => {
      const id = `f${nodes.length}`;
      nodes.push({
        id,
        kind: 'field',
        x: FIELD_X + 8,
        y,
        w: FIELD_W - 16,
        h: ROW,
        label: f.count > 1 ? `${f.field} (${f.count} fields)` : f.field,
        band,
        marks: f.marks,
        members: f.count > 1 ? f.members : undefined,
      });
      fieldY.set(`${band}\0${i}`, y + ROW / 2);
      y += ROW + ROW_GAP;
    });
    bands.push({ band, label: `${BAND_LABEL[band]}${band === 'share_crew' ? (flow.shareCrew ? ' · ON here' : ' · off here') : ''} (${rows.reduce((n, f) => n + f.count, 0)})`, y: top, h: y - top - ROW_GAP + 8 });
    y += BAND_GAP;
  }
  const fieldsBottom = y;

  // column 2: spans at the mean height of the fields they carry, spread without overlap
  const fieldNodes = nodes.filter((n) => n.kind === 'field');
  const carriers = new Map<string, { ys: number[]; share: boolean }>();
  ordered.forEach((f, i) => {
    const node = fieldNodes[i];
    for (const s of f.spans) {
      const c = carriers.get(s.span) ?? { ys: [], share: true };
      c.ys.push(node.y + ROW / 2);
      c.share &&= s.shareCrewOnly;
      carriers.set(s.span, c);
    }
  });
  // spans in the order with the fewest crossings, each as near the mean height of its fields as the gaps allow
  const wanted = spanOrder.map((name, i) => ({ name, i, y: mean(carriers.get(name)!.ys) }));
  const placed = spread(wanted.map((w) => w.y - SPAN_H / 2), SPAN_H + 10, 10);
  const spanIds = new Map<string, string>();
  wanted.forEach((w, k) => {
    const id = `s${k}`;
    spanIds.set(w.name, id);
    nodes.push({ id, kind: 'span', x: SPAN_X, y: placed[k], w: SPAN_W, h: SPAN_H, label: w.name, sub: carriers.get(w.name)!.share ? 'share_crew only' : undefined });
  });

  // field → span edges
  ordered.forEach((f, i) => {
    const from = fieldNodes[i];
    for (const s of f.spans) {
      const to = nodes.find((n) => n.id === spanIds.get(s.span))!;
      edges.push(curve(from.id, to.id, from.x + from.w, from.y + ROW / 2, to.x, to.y + SPAN_H / 2, s.shareCrewOnly, `${f.field} → ${s.span}: ${s.attributes.join(', ')}`));
    }
  });

  // column 3: the collector beside the spans, then the other channels
  const spanNodes = nodes.filter((n) => n.kind === 'span');
  const spanTop = spanNodes.length ? Math.min(...spanNodes.map((n) => n.y)) : 10;
  const spanBottom = spanNodes.length ? Math.max(...spanNodes.map((n) => n.y + n.h)) : 10;
  const collectorH = 56;
  const collectorY = Math.max(10, (spanTop + spanBottom) / 2 - collectorH / 2);
  const state = sinks.telemetry === undefined ? undefined : sinks.telemetry === 'enabled' ? 'on' : 'off';
  nodes.push({
    id: 'collector',
    kind: 'collector',
    x: SINK_X,
    y: collectorY,
    w: SINK_W,
    h: collectorH,
    label: "CrewAI's telemetry collector",
    sub: state ? `telemetry.crewai.com · ${state === 'on' ? 'ENABLED here' : 'disabled here'}` : 'telemetry.crewai.com',
    state,
  });
  for (const s of spanNodes) {
    edges.push(curve(s.id, 'collector', s.x + s.w, s.y + SPAN_H / 2, SINK_X, collectorY + collectorH / 2, s.sub !== undefined, `${s.label} → telemetry.crewai.com`));
  }
  let cy = collectorY + collectorH + 28;
  // channels that are off are in the telemetry table; the drawing keeps the open and conditional ones
  const channels = (sinks.channels ?? []).filter((c) => c.state !== 'not-in-release' && c.state !== 'off');
  if (channels.length) {
    nodes.push({ id: 'channels-head', kind: 'channel', x: SINK_X, y: cy - 18, w: SINK_W, h: 14, label: 'other outbound channels (not off)', state: 'head' });
    for (const c of channels) {
      nodes.push({ id: `c-${c.id}`, kind: 'channel', x: SINK_X, y: cy, w: SINK_W, h: 36, label: shortName(c.name), sub: `${c.state}${c.unaffectedByTelemetrySwitches ? ' · not stopped by the switches' : ''}`, state: c.state });
      cy += 42;
    }
  }
  const height = Math.max(fieldsBottom, spanBottom + 10, cy) + 4;

  const count = (b: FlowBand) => flow.fields.filter((f) => f.band === b).reduce((n, f) => n + f.count, 0);
  const summary =
    `${flow.name}: ${count('default')} field(s) sent by default, ${count('share_crew')} only with share_crew ` +
    `(${flow.shareCrew ? 'on' : 'off'} for this crew), ${count('never')} never sent${neverNames(flow)}; carried by ${spanNodes.map((n) => n.label).join(', ') || 'no span'} ` +
    `to telemetry.crewai.com${state ? ` (telemetry ${state === 'on' ? 'enabled' : 'disabled'})` : ''}; ${flow.findings} finding(s) marked on their fields.`;
  return { width: WIDTH, height, nodes, edges, bands, summary };
}

/** The never-sent fields by name when there are few (the drawing folds them into one row). */
function neverNames(flow: CrewFlow): string {
  const names = flow.fields.filter((f) => f.band === 'never').flatMap((f) => f.members ?? [f.field]);
  return names.length && names.length <= 10 ? ` (${names.join(', ')})` : '';
}

function curve(from: string, to: string, x1: number, y1: number, x2: number, y2: number, shareCrewOnly: boolean, title: string): DrawEdge {
  const mx = (x1 + x2) / 2;
  return { from, to, shareCrewOnly, title, path: [[x1, y1], [mx, y1], [mx, y2], [x2, y2]] };
}

/**
 * The order of fields (within each band) and of spans with the fewest crossings found:
 * for a given span order, fields sort by the mean rank of their spans (the barycentre
 * heuristic of layered layouts); span orders are all tried when there are at most 6
 * spans (720 orders), else improved by barycentre sweeps and then by swapping
 * neighbouring spans while that removes crossings. Ties keep the model's order, so fields that travel together sit together.
 */
export function orderFlow(flow: CrewFlow): { fields: CrewFlow['fields']; spans: string[] } {
  const spans = flow.spans.filter((s) => flow.fields.some((f) => f.spans.some((x) => x.span === s)));
  const fieldsFor = (order: string[]) => {
    const rank = new Map(order.map((s, i) => [s, i]));
    const key = flow.fields.map((f, i) => (f.spans.length ? mean(f.spans.map((s) => rank.get(s.span)!)) : spans.length + i));
    return flow.fields.map((f, i) => ({ f, i })).sort((a, b) => BANDS.indexOf(a.f.band) - BANDS.indexOf(b.f.band) || key[a.i] - key[b.i] || a.i - b.i).map((x) => x.f);
  };
  let best = { spans, fields: fieldsFor(spans), crossings: Infinity };
  best.crossings = crossingsOf(best.fields, spans);
  const consider = (order: string[]) => {
    const fields = fieldsFor(order);
    const c = crossingsOf(fields, order);
    if (c < best.crossings) best = { spans: [...order], fields, crossings: c };
  };
  if (spans.length <= 6) permutations(spans, consider);
  else {
    let order = spans;
    for (let sweep = 0; sweep < 8; sweep++) {
      const fields = fieldsFor(order);
      const ys = new Map<string, number[]>();
      fields.forEach((f, i) => f.spans.forEach((s) => ys.set(s.span, [...(ys.get(s.span) ?? []), i])));
      order = [...order].sort((a, b) => mean(ys.get(a)!) - mean(ys.get(b)!));
      consider(order);
    }
    for (let improved = true, rounds = 0; improved && rounds < 20; rounds++) {
      improved = false;
      for (let i = 0; i + 1 < best.spans.length; i++) {
        const before = best.crossings;
        const order = [...best.spans];
        [order[i], order[i + 1]] = [order[i + 1], order[i]];
        consider(order);
        if (best.crossings < before) improved = true;
      }
    }
  }
  return best;
}

const BANDS: FlowBand[] = ['default', 'share_crew', 'never'];

function permutations(xs: string[], visit: (p: string[]) => void): void {
  const a = [...xs];
  const go = (k: number) => {
    if (k === a.length) return visit(a);
    for (let i = k; i < a.length; i++) {
      [a[k], a[i]] = [a[i], a[k]];
      go(k + 1);
      [a[k], a[i]] = [a[i], a[k]];
    }
  };
  go(0);
}

function crossingsOf(fields: CrewFlow['fields'], spans: string[]): number {
  const rank = new Map(spans.map((s, i) => [s, i]));
  const edges: [number, number][] = [];
  fields.forEach((f, i) => f.spans.forEach((s) => edges.push([i, rank.get(s.span)!])));
  let n = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) if ((edges[i][0] - edges[j][0]) * (edges[i][1] - edges[j][1]) < 0) n++;
  }
  return n;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Positions as close to `wanted` (sorted) as possible, at least `gap` apart, none above `min`. */
export function spread(wanted: number[], gap: number, min: number): number[] {
  const out = wanted.map((w) => Math.max(min, w));
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i], out[i - 1] + gap);
  // pull a pushed-down run back up around its wanted centre where there is room above
  for (let i = out.length - 2; i >= 0; i--) {
    const room = out[i + 1] - gap;
    if (out[i] > room) out[i] = room;
  }
  for (let i = 0; i < out.length; i++) out[i] = Math.max(out[i], i ? out[i - 1] + gap : min);
  return out;
}
