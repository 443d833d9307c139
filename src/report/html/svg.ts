// One crew's drawing as inline SVG, from the geometry layout.ts computed. Styling is
// by class (the page's stylesheet), so dark mode and print apply to the drawing too.
// Severity is a colour and a shape and a letter (▲ H high, ◆ M medium, ● L low); accepted
// findings are hollow; share_crew-only paths are dashed.
import type { FlowMark } from '../../assess/flow.js';
import { esc } from './escape.js';
import type { DrawNode, Drawing } from './layout.js';

const MARK_SIZE = 16;
const MAX_MARKS = 5;
const LETTER = { high: 'H', medium: 'M', low: 'L' } as const;

export function drawingSvg(d: Drawing, titleId: string, title: string): string {
  const out: string[] = [];
  out.push(
    `<svg class="flow" viewBox="0 0 ${d.width} ${d.height}" width="${d.width}" height="${d.height}" role="img" aria-labelledby="${titleId}-t ${titleId}-d">`,
    `<title id="${titleId}-t">${esc(title)}</title><desc id="${titleId}-d">${esc(d.summary)}</desc>`,
  );
  for (const b of d.bands) {
    out.push(`<g class="band band-${b.band}"><rect x="4" y="${b.y}" width="342" height="${b.h}" rx="6"/><text class="band-label" x="14" y="${b.y + 16}">${esc(b.label)}</text></g>`);
  }
  out.push('<g class="edges">');
  for (const e of d.edges) {
    const [[x1, y1], [cx1, cy1], [cx2, cy2], [x2, y2]] = e.path;
    out.push(`<path class="edge${e.shareCrewOnly ? ' share' : ''}" d="M${r(x1)} ${r(y1)}C${r(cx1)} ${r(cy1)} ${r(cx2)} ${r(cy2)} ${r(x2)} ${r(y2)}"><title>${esc(e.title)}</title></path>`);
  }
  out.push('</g>');
  for (const n of d.nodes) out.push(node(n));
  out.push('</svg>');
  return out.join('\n');
}

function node(n: DrawNode): string {
  if (n.kind === 'channel' && n.state === 'head') return `<text class="col-head" x="${n.x}" y="${n.y + 11}">${esc(n.label)}</text>`;
  const cls = `node ${n.kind}${n.band ? ` band-${n.band}` : ''}${n.state ? ` state-${n.state}` : ''}`;
  const tip = `${n.label}${n.sub ? ` — ${n.sub}` : ''}${n.members ? `: ${n.members.slice(0, 40).join(', ')}${n.members.length > 40 ? ', …' : ''}` : ''}`;
  const parts = [`<g class="${cls}"><title>${esc(tip)}</title>`, `<rect x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}" rx="4"/>`];
  if (n.kind === 'field') {
    const marks = n.marks ?? [];
    const room = n.w - 12 - Math.min(marks.length, MAX_MARKS) * (MARK_SIZE + 3) - (marks.length > MAX_MARKS ? 22 : 0);
    parts.push(`<text class="label mono" x="${n.x + 6}" y="${n.y + n.h / 2 + 4}">${esc(fit(n.label, Math.floor(room / 7.2)))}</text>`);
    let x = n.x + n.w - 4 - MARK_SIZE;
    marks.slice(0, MAX_MARKS).forEach((m) => {
      parts.push(mark(m, x, n.y + (n.h - MARK_SIZE) / 2));
      x -= MARK_SIZE + 3;
    });
    if (marks.length > MAX_MARKS) parts.push(`<text class="more" x="${x - 4}" y="${n.y + n.h / 2 + 4}">+${marks.length - MAX_MARKS}</text>`);
  } else if (n.kind === 'span') {
    parts.push(`<text class="label" x="${n.x + 8}" y="${n.y + n.h / 2 + 4}">${esc(n.label)}</text>`);
  } else {
    parts.push(`<text class="label" x="${n.x + 8}" y="${n.y + 15}">${esc(fit(n.label, 35))}</text>`);
    if (n.sub) parts.push(`<text class="sub" x="${n.x + 8}" y="${n.y + 29}">${esc(fit(n.sub, 44))}</text>`);
    if (n.kind === 'collector' && n.sub) parts.push(`<text class="sub" x="${n.x + 8}" y="${n.y + 45}">receives every span on the left</text>`);
  }
  parts.push('</g>');
  return parts.join('');
}

/** A severity mark: shape + letter + colour, with the finding in its tooltip. */
function mark(m: FlowMark, x: number, y: number): string {
  const s = MARK_SIZE;
  const cls = `mark sev-${m.severity}${m.accepted ? ' accepted' : ''}`;
  const shape =
    m.severity === 'high'
      ? `<path d="M${x + s / 2} ${y}L${x + s} ${y + s}L${x} ${y + s}Z"/>`
      : m.severity === 'medium'
        ? `<path d="M${x + s / 2} ${y}L${x + s} ${y + s / 2}L${x + s / 2} ${y + s}L${x} ${y + s / 2}Z"/>`
        : `<circle cx="${x + s / 2}" cy="${y + s / 2}" r="${s / 2}"/>`;
  const ty = m.severity === 'high' ? y + s - 2.5 : y + s / 2 + 3.5;
  const tip = `${m.severity}${m.accepted ? ' (accepted)' : ''}: ${m.label} ${m.match} at ${m.at} (${m.ruleId})`;
  return `<g class="${cls}"><title>${esc(tip)}</title>${shape}<text x="${x + s / 2}" y="${ty}" text-anchor="middle">${LETTER[m.severity]}</text></g>`;
}

const r = (n: number) => Math.round(n * 10) / 10;

function fit(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1))}…`;
}
