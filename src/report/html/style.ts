// The page's one stylesheet, inline: light and dark (prefers-color-scheme), and A4 print.
const LIGHT = `--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--panel:#f6f8fa;--high:#b42318;--medium:#b54708;--low:#475467;
--ok:#067647;--band-default:#fef3f2;--band-share:#fffaeb;--band-never:#f2f4f7;--edge:#667085;--accent:#175cd3`;

export const STYLE = `
:root{${LIGHT}}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#30363d;--panel:#161b22;--high:#ff7b72;
--medium:#f0b429;--low:#a5b1c2;--ok:#56d364;--band-default:#2d1616;--band-share:#2b2410;--band-never:#1c2128;--edge:#8b949e;--accent:#58a6ff}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1120px;padding:24px;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:16px;margin:16px 0 6px}code,.mono{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12.5px}
p{margin:6px 0}.muted{color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:6px 0 12px}th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:var(--panel);font-weight:600}td code{overflow-wrap:anywhere}table.findings{table-layout:fixed}
.verdict{border:2px solid var(--line);border-radius:8px;padding:12px 16px;margin:12px 0}
.verdict.fail{border-color:var(--high)}.verdict.pass{border-color:var(--ok)}.verdict.error{border-color:var(--medium)}
.verdict h2{margin:4px 0 8px;border:none;font-size:18px}
dl.scope{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0}dl.scope dt{color:var(--muted)}dl.scope dd{margin:0}
.sev{font-weight:700;white-space:nowrap}.sev-high{color:var(--high)}.sev-medium{color:var(--medium)}.sev-low{color:var(--low)}
.sev::before{display:inline-block;width:1.1em}.sev-high::before{content:"▲"}.sev-medium::before{content:"◆"}.sev-low::before{content:"●"}
.state-on,.state-enabled{color:var(--high);font-weight:600}.state-off,.state-disabled{color:var(--ok);font-weight:600}.state-conditional,.state-applies{color:var(--medium);font-weight:600}
details{border:1px solid var(--line);border-radius:6px;margin:8px 0;padding:0 10px}details[open]{padding-bottom:8px}
summary{cursor:pointer;padding:6px 0;font-weight:600}summary h3{display:inline;font-size:15px}
figure{margin:8px 0;overflow-x:auto}figcaption{color:var(--muted);font-size:13px}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px;margin:6px 0}
.legend svg{vertical-align:middle}
svg.flow{max-width:100%;height:auto;font-family:system-ui,"DejaVu Sans",sans-serif}
svg .band rect{stroke:none}svg .band-default rect{fill:var(--band-default)}svg .band-share_crew rect{fill:var(--band-share)}svg .band-never rect{fill:var(--band-never)}
svg .band-label{font-size:12px;font-weight:700;fill:var(--muted)}
svg .node rect{fill:var(--bg);stroke:var(--line);stroke-width:1.2}svg .node.span rect{fill:var(--panel);stroke:var(--edge)}
svg .node.collector rect{stroke:var(--accent);stroke-width:2}svg .node.collector.state-off rect{stroke-dasharray:5 3}
svg .node.channel rect{fill:var(--panel)}
svg text{fill:var(--fg);font-size:12px}svg .sub{font-size:10.5px;fill:var(--muted)}svg .col-head{font-size:11px;font-weight:700;fill:var(--muted)}
svg .mono{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,monospace;font-size:11.5px}
svg .edge{fill:none;stroke:var(--edge);stroke-width:1.1;opacity:.75}svg .edge.share{stroke-dasharray:5 4}
svg .mark path,svg .mark circle{stroke-width:1.2}svg .mark text{font-size:9px;font-weight:800;fill:var(--bg)}
svg .sev-high path{fill:var(--high);stroke:var(--high)}svg .sev-medium path{fill:var(--medium);stroke:var(--medium)}svg .sev-low circle{fill:var(--low);stroke:var(--low)}
svg .mark.accepted path,svg .mark.accepted circle{fill:var(--bg)}svg .mark.accepted.sev-high text{fill:var(--high)}svg .mark.accepted.sev-medium text{fill:var(--medium)}svg .mark.accepted.sev-low text{fill:var(--low)}
svg .more{font-size:11px;fill:var(--muted)}
.preview td:nth-child(3){max-width:520px}
footer{margin-top:32px;border-top:1px solid var(--line);padding-top:8px;color:var(--muted);font-size:13px}
@page{size:A4;margin:14mm 12mm}
@media print{body{max-width:none;padding:0;font-size:10.5pt;background:#fff;color:#000}
:root{${LIGHT};--fg:#000;--line:#bbb}
details{border:none;padding:0}details::details-content{display:block;content-visibility:visible}details>summary{list-style:none}details>summary::-webkit-details-marker{display:none}
h2{break-after:avoid}figure,tr{break-inside:avoid}table{font-size:9pt}svg.flow{max-width:100%}}
`;
