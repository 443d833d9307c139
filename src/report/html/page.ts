// `crewtel report` / `audit --format html`: one self-contained page (inline styles,
// inline SVG, no script, no external URL) in the order a reviewer reads it. Pure
// (HtmlReport) => string: everything shown was computed before (cli/run/report.ts).
import type { Finding } from '../../assess/types.js';
import { esc } from './escape.js';
import type { AcceptedRow, CrewFindings, HtmlReport, PreviewCrew, TelemetrySection } from './report.js';
import { STYLE } from './style.js';
import { drawingSvg } from './svg.js';

const KIND: Record<AcceptedRow['kind'], string> = { inline: 'inline comment', baseline: 'baseline file', config: 'config allowlist' };
/** Sections open by default; the rest start closed so a large page stays readable. */
const OPEN = 3;

const sev = (s: string) => `<span class="sev sev-${esc(s)}">${esc(s)}</span>`;
const code = (s: string) => `<code>${esc(s)}</code>`;
const loc = (f: Finding) => code(`${f.file}:${f.line}:${f.column}`);

export function formatHtml(r: HtmlReport): string {
  const title = r.kind === 'audit' ? 'crewtel audit' : 'crewtel privacy report';
  const body = [
    `<header><h1>${title}</h1><p class="muted">${esc(r.scope.paths.join(' '))} · crewtel ${esc(r.tool.version)} · ${esc(r.generated)}</p></header>`,
    '<main>',
    verdict(r),
    scope(r),
    r.kind === 'report' ? flows(r) : '',
    findings(r),
    accepted(r),
    r.telemetry ? telemetry(r.telemetry, r) : '',
    r.kind === 'report' ? advisories(r) : '',
    r.preview ? preview(r) : '',
    errors(r),
    '</main>',
    footer(r),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="crewtel ${esc(r.tool.version)}">
<title>${title} — ${esc(r.scope.paths.join(' '))}</title>
<style>${STYLE}</style>
</head>
<body>
${body.filter(Boolean).join('\n')}
</body>
</html>
`;
}

function verdict(r: HtmlReport): string {
  const v = r.verdict;
  return `<section class="verdict ${v.status}" aria-labelledby="verdict-h"><h2 id="verdict-h">Verdict: ${esc(v.headline)}</h2>${
    v.details.length ? `<ul>${v.details.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>` : ''
  }${r.showValues ? '<p class="sev sev-high">This page shows matched values UNMASKED (--show-values): do not file or share it.</p>' : '<p class="muted">Matched values are masked throughout this page.</p>'}</section>`;
}

function scope(r: HtmlReport): string {
  const s = r.scope;
  const rows: [string, string][] = [
    ['paths', s.paths.map(code).join(' ')],
    ['crews', esc(s.crews)],
    ['files read', esc(s.files)],
    ['CrewAI release', `${code(s.crewaiVersion)} from ${esc(s.crewaiVersionSource)}${s.crewaiVersionLocation ? ` (${code(s.crewaiVersionLocation)})` : ''}${s.crewaiVersionExact ? '' : ' — not pinned exactly: modelled from a range or the default'}`],
    ['findings', `${esc(s.summary.findings)} (${esc(s.summary.bySeverity.high)} high, ${esc(s.summary.bySeverity.medium)} medium, ${esc(s.summary.bySeverity.low)} low) · ${esc(s.summary.suppressed)} accepted inline · ${esc(s.summary.baselined)} baselined · gate: fail on ${esc(s.failOn)}`],
  ];
  const c = s.coverage;
  if (c) {
    rows.push([
      'resolved statically',
      `${esc(c.agents)} agents and ${esc(c.tasks)} tasks in ${esc(c.crews)} crews${c.unresolvedTools ? ` · ${esc(c.unresolvedTools)} tool(s) not resolved to the name CrewAI sends` : ''}${
        c.incompleteCrews.length ? ` · crews with no agent or no task found: ${c.incompleteCrews.slice(0, 10).map(code).join(', ')}${c.incompleteCrews.length > 10 ? ` and ${c.incompleteCrews.length - 10} more` : ''}` : ''
      }`,
    ]);
  }
  const notes = [...s.notes, ...(c?.notes ?? [])];
  return `<section aria-labelledby="scope-h"><h2 id="scope-h">Scope</h2><dl class="scope">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>${
    notes.length ? `<p class="muted">Not seen statically / notes:</p><ul>${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''
  }</section>`;
}

function legend(): string {
  const shape = (cls: string, d: string, letter: string, hollow = false) =>
    `<svg width="16" height="16" aria-hidden="true" class="flow"><g class="mark ${cls}${hollow ? ' accepted' : ''}">${d}<text x="8" y="${cls === 'sev-high' ? 13.5 : 11.5}" text-anchor="middle">${letter}</text></g></svg>`;
  const tri = '<path d="M8 0L16 16L0 16Z"/>';
  const dia = '<path d="M8 0L16 8L8 16L0 8Z"/>';
  const dot = '<circle cx="8" cy="8" r="8"/>';
  return `<div class="legend" aria-label="legend"><span>${shape('sev-high', tri, 'H')} high</span><span>${shape('sev-medium', dia, 'M')} medium</span><span>${shape('sev-low', dot, 'L')} low</span><span>${shape('sev-high', tri, 'H', true)} hollow: accepted</span><span><svg width="40" height="10" aria-hidden="true" class="flow"><path class="edge" d="M0 5H40"/></svg> sent by default</span><span><svg width="40" height="10" aria-hidden="true" class="flow"><path class="edge share" d="M0 5H40"/></svg> only with share_crew</span></div>`;
}

function flows(r: HtmlReport): string {
  const out = [`<section aria-labelledby="flow-h"><h2 id="flow-h">Data flow</h2>`];
  out.push('<p>Each crew\'s config fields, by whether CrewAI telemetry sends them (by default, only with <code>share_crew</code>, never), the spans that carry them, and where the spans go. Marks on a field are the findings in it. Hover a mark or a line for details; the same facts are in the tables below.</p>', legend());
  if (r.undrawn.length) out.push(`<p><strong>${r.drawings.length + r.undrawn.length} crews:</strong> the ${r.drawings.length} with the most severe findings are drawn; the other ${r.undrawn.length} are summarised in the table after the drawings, and all findings are listed under Findings.</p>`);
  r.drawings.forEach(({ flow, drawing }, i) => {
    const id = `flow-${i}`;
    const share = flow.shareCrew ? `share_crew ON${flow.shareCrewSource ? ` (${flow.shareCrewSource})` : ''}` : `share_crew off${flow.shareCrewSource ? ` (${flow.shareCrewSource})` : ''}`;
    out.push(
      `<details${i < OPEN ? ' open' : ''}><summary><h3>${esc(flow.name)}</h3> <span class="muted">${esc(flow.crewId)} · ${esc(share)} · CrewAI ${esc(flow.crewaiVersion)} · ${esc(flow.findings)} finding(s)</span></summary>`,
      `<figure>${drawingSvg(drawing, id, `Data flow of ${flow.name}`)}<figcaption>${esc(drawing.summary)}${flow.folded ? ` Fields without findings are folded per kind (${flow.folded} fields).` : ''}</figcaption></figure></details>`,
    );
  });
  if (r.undrawn.length) {
    out.push(
      `<details><summary>${esc(r.undrawn.length)} more crew(s), not drawn (one drawing per crew is kept for the first ${esc(r.drawings.length)})</summary><table><thead><tr><th scope="col">crew</th><th scope="col">fields sent by default</th><th scope="col">only with share_crew</th><th scope="col">never sent</th><th scope="col">findings</th></tr></thead><tbody>`,
      ...r.undrawn.map((u) => `<tr><td>${esc(u.name)} <span class="muted">${code(u.crewId)}</span></td><td>${u.byBand.default}</td><td>${u.byBand.share_crew}</td><td>${u.byBand.never}</td><td>${u.findings}</td></tr>`),
      '</tbody></table></details>',
    );
  }
  if (!r.drawings.length) out.push('<p>No crew was found under these paths.</p>');
  out.push('</section>');
  return out.join('\n');
}

function findings(r: HtmlReport): string {
  const out = [`<section aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>`];
  if (!r.findings.length) out.push('<p>No findings.</p>');
  r.findings.forEach((c, i) => out.push(crewFindings(c, i < OPEN)));
  if (r.compactFindings.length) out.push(compactFindings(r.compactFindings));
  out.push('</section>');
  return out.join('\n');
}

function crewFindings(c: CrewFindings, open: boolean): string {
  const n = c.fields.reduce((k, f) => k + f.rows.length, 0);
  const out = [
    `<details${open ? ' open' : ''}><summary><h3>${esc(c.name)}</h3> <span class="muted">${c.crewId ? code(c.crewId) : ''} · ${n} finding(s): ${c.counts.high} high, ${c.counts.medium} medium, ${c.counts.low} low</span></summary>`,
  ];
  for (const g of c.fields) {
    out.push(
      `<h4>${code(g.field)} <span class="muted">— ${esc(g.label)}</span></h4>`,
      '<table class="findings"><colgroup><col style="width:9.5%"><col style="width:13.5%"><col style="width:12%"><col style="width:20%"><col style="width:21%"><col style="width:24%"></colgroup><thead><tr><th scope="col">severity</th><th scope="col">found</th><th scope="col">value (masked)</th><th scope="col">location</th><th scope="col">carried by</th><th scope="col">what to do</th></tr></thead><tbody>',
    );
    for (const row of g.rows) {
      const f = row.finding;
      out.push(
        `<tr class="finding" data-rule="${esc(f.ruleId)}"><td>${sev(f.severity)}</td><td>${esc(f.entity ?? 'config')}<br>${code(f.ruleId)}</td><td class="match">${code(f.match)}</td><td>${loc(f)}</td><td>${
          f.attributes.length ? f.attributes.map(code).join('<br>') : '<span class="muted">not carried by telemetry</span>'
        }</td><td>${esc(row.advice)}<br><span class="muted">${esc(row.rule)}</span></td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  out.push('</details>');
  return out.join('\n');
}

/** Large monorepos: the findings of the remaining crews, one row each, in one table grouped by crew. */
function compactFindings(crews: CrewFindings[]): string {
  const n = crews.reduce((k, c) => k + c.fields.reduce((j, f) => j + f.rows.length, 0), 0);
  const out = [
    `<details><summary>${n} finding(s) in ${crews.length} more crew(s), one row each (the attributes and advice are those of the same rule and field above)</summary>`,
    '<table class="findings compact"><colgroup><col style="width:9.5%"><col style="width:22%"><col style="width:16%"><col style="width:30%"><col style="width:22.5%"></colgroup><thead><tr><th scope="col">severity</th><th scope="col">found</th><th scope="col">value (masked)</th><th scope="col">location</th><th scope="col">field</th></tr></thead>',
  ];
  for (const c of crews) {
    out.push(`<tbody><tr><th scope="rowgroup" colspan="5">${esc(c.name)} <span class="muted">${c.crewId ? code(c.crewId) : ''}</span></th></tr>`);
    for (const g of c.fields) {
      for (const { finding: f } of g.rows) {
        out.push(`<tr class="finding" data-rule="${esc(f.ruleId)}"><td>${sev(f.severity)}</td><td>${esc(f.entity ?? 'config')} ${code(f.ruleId)}</td><td class="match">${code(f.match)}</td><td>${loc(f)}</td><td>${code(f.field)} <span class="muted">${esc(g.label)}</span></td></tr>`);
      }
    }
    out.push('</tbody>');
  }
  out.push('</table></details>');
  return out.join('\n');
}

function accepted(r: HtmlReport): string {
  const out = [`<section aria-labelledby="accepted-h"><h2 id="accepted-h">Accepted findings</h2>`];
  if (!r.accepted.length) out.push('<p>No finding was accepted: no <code># crewtel-ignore</code> comment, baseline entry or config allowlist matched.</p>');
  else {
    out.push(
      '<table><thead><tr><th scope="col">severity</th><th scope="col">found</th><th scope="col">value (masked)</th><th scope="col">location</th><th scope="col">accepted by</th><th scope="col">reason</th><th scope="col">who can see it</th></tr></thead><tbody>',
      ...r.accepted.map(
        (a) =>
          `<tr class="accepted" data-rule="${esc(a.finding.ruleId)}"><td>${sev(a.finding.severity)}</td><td>${esc(a.finding.entity ?? 'config')}<br>${code(a.finding.ruleId)}</td><td class="match">${code(a.finding.match)}</td><td>${loc(a.finding)}<br>${code(a.finding.field)}</td><td>${KIND[a.kind]}</td><td>${
            a.reason ? esc(a.reason) : '<span class="muted">no reason recorded</span>'
          }</td><td>${esc(a.visibleTo)}</td></tr>`,
      ),
      '</tbody></table>',
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function telemetry(t: TelemetrySection, r: HtmlReport): string {
  const out = [
    `<section aria-labelledby="telemetry-h"><h2 id="telemetry-h">Telemetry switches</h2>`,
    `<p>CrewAI ${code(r.scope.crewaiVersion)} · telemetry <span class="state-${t.telemetry}">${t.telemetry === 'enabled' ? 'ENABLED' : 'disabled'}</span>${
      t.disabledBy.length ? ` by ${t.disabledBy.map(code).join(', ')}` : ''
    } in the environment crewtel read. ${esc(t.effect)}</p>`,
    `<p class="muted">${esc(t.precedence)}</p>`,
    '<table class="findings"><colgroup><col style="width:20%"><col style="width:8%"><col style="width:22%"><col style="width:11%"><col style="width:10%"><col style="width:29%"></colgroup><thead><tr><th scope="col">switch</th><th scope="col">value</th><th scope="col">from</th><th scope="col">read by this release</th><th scope="col">counts</th><th scope="col">why</th></tr></thead><tbody>',
    ...t.variables.map(
      (v) =>
        `<tr><td>${code(v.name)}</td><td>${v.value === null ? '<span class="muted">not set</span>' : code(JSON.stringify(v.value))}</td><td>${esc(v.source)}${v.location ? `<br>${code(v.location)}` : ''}</td><td>${
          v.readByRelease ? `yes (since ${esc(v.firstRelease)})` : `no (from ${esc(v.firstRelease)})`
        }</td><td>${v.valueCounts === null ? '—' : v.valueCounts && v.honoured ? '<span class="state-off">yes: disables</span>' : '<span class="state-on">no</span>'}</td><td>${esc(v.reason)}</td></tr>`,
    ),
    '</tbody></table>',
    '<h3>Other outbound channels</h3>',
    '<table><thead><tr><th scope="col">channel</th><th scope="col">state</th><th scope="col">why</th><th scope="col">what stops it</th></tr></thead><tbody>',
    ...t.channels.map(
      (c) =>
        `<tr><td>${esc(c.name)}</td><td><span class="state-${esc(c.state)}">${esc(c.state)}</span>${c.unaffectedByTelemetrySwitches ? '<br><span class="muted">not stopped by the telemetry switches</span>' : ''}</td><td>${esc(c.detail)}</td><td>${esc(c.switch)}</td></tr>`,
    ),
    '</tbody></table></section>',
  ];
  return out.join('\n');
}

function advisories(r: HtmlReport): string {
  const out = [`<section aria-labelledby="adv-h"><h2 id="adv-h">Release advisories for CrewAI ${esc(r.scope.crewaiVersion)}</h2>`];
  if (!r.advisories.length) out.push('<p>No advisory applies to this release.</p>');
  else {
    out.push(
      '<table><thead><tr><th scope="col">severity</th><th scope="col">advisory</th><th scope="col">what it means</th><th scope="col">fixed in</th><th scope="col">reported at</th></tr></thead><tbody>',
      ...r.advisories.map(
        (a) =>
          `<tr><td>${sev(a.severity)}</td><td><strong>${esc(a.title)}</strong><br>${code(a.id)}</td><td>${esc(a.text)}</td><td>${a.fixedIn ? code(a.fixedIn) : 'not fixed'}</td><td>${a.reportedAt ? code(a.reportedAt) : '<span class="muted">applies only when the project uses the feature</span>'}</td></tr>`,
      ),
      '</tbody></table>',
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function preview(r: HtmlReport): string {
  const p = r.preview!;
  const out = [
    `<section aria-labelledby="preview-h"><h2 id="preview-h">Preview: the spans sent in default mode</h2>`,
    `<p>What CrewAI ${code(r.scope.crewaiVersion)} would send with <code>share_crew</code> off, replayed from the project's files (<code>crewtel preview --no-share-crew</code>). <code>&lt;…&gt;</code> are run-time values; ● marks text from your files${
      r.showValues ? '' : ', shown here as the field it comes from (run with --show-values to see it)'
    }.</p>`,
  ];
  if (p.notes.length) out.push(`<ul class="muted">${p.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`);
  p.crews.forEach((c, i) => out.push(previewCrew(c, i < 1)));
  if (p.omitted) out.push(`<p class="muted">${esc(p.omitted)} more crew(s) not previewed here; run <code>crewtel preview --no-share-crew PATH</code> for them.</p>`);
  out.push('</section>');
  return out.join('\n');
}

function previewCrew(c: PreviewCrew, open: boolean): string {
  const out = [`<details${open ? ' open' : ''}><summary><h3>${esc(c.name)}</h3> <span class="muted">${code(c.crewId)} · ${c.spans.length} span(s)</span></summary>`];
  for (const s of c.spans) {
    out.push(
      `<h4>${esc(s.name)} <span class="muted">— ${esc(s.trigger)}${s.condition ? `; ${esc(s.condition)}` : ''}</span></h4>`,
      '<table class="preview"><thead><tr><th scope="col">attribute</th><th scope="col">gate</th><th scope="col">value</th></tr></thead><tbody>',
      ...s.rows.map((a) => `<tr><td>${code(a.key)}</td><td>${esc(a.gate)}</td><td>${a.fromUser ? '● ' : ''}${code(a.value)}</td></tr>`),
      '</tbody></table>',
    );
  }
  out.push('</details>');
  return out.join('\n');
}

function errors(r: HtmlReport): string {
  if (!r.errors.length) return '';
  return `<section aria-labelledby="errors-h"><h2 id="errors-h">Files that could not be read</h2><p>The page covers everything else; these files were not analysed.</p><ul>${r.errors
    .map((e) => `<li>${code(e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file)} ${esc(e.message)}</li>`)
    .join('')}</ul></section>`;
}

function footer(r: HtmlReport): string {
  return `<footer><p>Produced by ${code(r.command)} with crewtel ${esc(r.tool.version)} on ${esc(r.generated)}, from the project's files alone (no Python run, no network). ${
    r.warnings ? `${esc(r.warnings)} warning(s) not shown (run with --verbose).` : ''
  }</p></footer>`;
}
