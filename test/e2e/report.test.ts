// `crewtel report` end to end: the built CLI writes the page for the bundled example and
// for a multi-crew fixture; headless Chromium (Debian's `chromium`, driven by
// playwright-core) loads it with every request intercepted, the DOM is checked against
// `audit --format json` of the same project, and a PNG screenshot is saved in the test's
// temp folder. Without a browser the DOM part is skipped with a message; the file checks
// (no script, no external URL, no unmasked planted value) run everywhere.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { BIN, cleanEnv, REPO } from '../helpers/cli.js';

/**
 * The built CLI, run asynchronously: a report run takes seconds on a loaded machine, and a
 * worker blocked in spawnSync cannot answer vitest's RPC in time.
 */
function crewtel(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: REPO, env: cleanEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => Boolean(p && existsSync(p)));
if (!CHROMIUM) console.warn('report.test: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH): the in-browser checks are skipped');

const TMP = mkdtempSync(join(tmpdir(), 'crewtel-report-'));

interface Case {
  name: string;
  path: string;
  /** values written in the fixture that must never appear unmasked */
  planted: string[];
}

const CASES: Case[] = [
  {
    name: 'example',
    path: 'fixtures/example-crew',
    planted: ['Maria Garcia', 'maria.garcia@acme-support.io', '+44 20 7946 0958', '7946 0958', 'ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R', '4111 1111 1111 1111', 'Jane Doe'],
  },
  {
    name: 'multi',
    path: 'fixtures/report-multi-crew',
    planted: ['Lena Fischer', 'lena.fischer@kinderhilfe-billing.de', 'DE89370400440532013000', '+33 1 42 68 53 00', 'ghp_9zY8xW7vU6tS5rQ4pO3nM2lK1jI0hG9fE8dC', 'Tom Baker'],
  },
];

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  match: string;
  field: string;
}

type Page = { html: string; code: number; findings: JsonFinding[]; accepted: number; file: string };
const rendered = new Map<string, Promise<Page>>();

/** Each page is rendered once and shared by the tests that read it (every run spawns the CLI twice). */
function render(c: Case, extra: string[] = []): Promise<Page> {
  const key = `${c.name}\0${extra.join(' ')}`;
  if (!rendered.has(key)) rendered.set(key, renderNow(c, extra));
  return rendered.get(key)!;
}

async function renderNow(c: Case, extra: string[]): Promise<Page> {
  const file = join(TMP, `${c.name}${extra.length ? '-values' : ''}.html`);
  const [r, json] = await Promise.all([crewtel(['report', c.path, '-o', file, ...extra]), crewtel(['audit', c.path, '--format', 'json'])]);
  const audit = JSON.parse(json.stdout) as { findings: JsonFinding[]; summary: { suppressed: number } };
  return { html: readFileSync(file, 'utf8'), code: r.code, findings: audit.findings, accepted: audit.summary.suppressed, file };
}

describe.each(CASES)('crewtel report $name', (c) => {
  let page: Page;
  beforeAll(async () => {
    page = await render(c);
  });

  it('exits like audit and writes one self-contained page', () => {
    expect(page.code).toBe(1);
    expect(page.html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page.html).not.toMatch(/<script/i);
    expect(page.html).not.toMatch(/\b(?:src|href)\s*=/i);
    expect(page.html).not.toMatch(/url\(/i);
    expect(page.html).toMatch(/<svg class="flow"/);
  });

  it('never contains a planted value unmasked', () => {
    for (const v of c.planted) expect(page.html.toLowerCase(), v).not.toContain(v.toLowerCase());
  });

  it('has every finding with its masked value and location', () => {
    expect(page.findings.length).toBeGreaterThan(0);
    for (const f of page.findings) {
      const at = `${f.file}:${f.line}:${f.column}`;
      expect(page.html, at).toContain(at);
      expect(page.html, f.match).toContain(escapeHtml(f.match));
    }
  });

  it('marks every finding on a field on its field in the drawing (accepted ones hollow)', () => {
    const onFields = page.findings.filter((f) => !f.ruleId.startsWith('advisory/') && f.field !== 'crew.share_crew');
    // the drawings only (the legend has one mark of each kind)
    const drawings = (page.html.match(/<svg class="flow" viewBox[\s\S]*?<\/svg>/g) ?? []).join('');
    expect((drawings.match(/<g class="mark sev-\w+">/g) ?? []).length).toBe(onFields.length);
    expect((drawings.match(/<g class="mark sev-\w+ accepted">/g) ?? []).length).toBe(page.accepted);
  });

  it('shows the values with --show-values (and says so)', async () => {
    const shown = await render(c, ['--show-values']);
    expect(c.planted.some((v) => shown.html.includes(escapeHtml(v)))).toBe(true);
    expect(shown.html).toContain('UNMASKED');
  });
});

describe('crewtel report, sections', () => {
  it('the example: bands, telemetry off, nothing accepted, advisories, preview masked, command line', async () => {
    const { html } = await render(CASES[0]);
    expect(html).toContain('sent by default (4)');
    expect(html).toMatch(/sent only with share_crew · ON here \(\d+\)/);
    expect(html).toContain('Telemetry is off here (CREWAI_DISABLE_TELEMETRY)');
    expect(html).toContain('No finding was accepted');
    expect(html).toContain('advisory/interpolated-role');
    expect(html).toContain('‹your text: agents.triage_agent.role›');
    expect(html).toMatch(/<code>crewtel report fixtures\/example-crew -o [^<]+<\/code> with crewtel \d+\.\d+\.\d+/);
  });

  it('the multi-crew fixture: the accepted finding with its reason, a drawing per crew', async () => {
    const { html } = await render(CASES[1]);
    expect((html.match(/<svg class="flow"/g) ?? []).length).toBe(3);
    expect(html).toContain('T*** B***');
    expect(html).toContain('inline comment');
    expect(html).toContain('Telemetry is ON here');
  });

  it('audit --format html: the findings alone, no drawing', async () => {
    const r = await crewtel(['audit', 'fixtures/example-crew', '--format', 'html']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('<title>crewtel audit');
    expect(r.stdout).not.toContain('<svg class="flow"');
    expect(r.stdout).toContain('pii/email');
    expect(r.stdout).not.toContain('maria.garcia@acme-support.io');
  });

  it('many crews: drawings are capped and the rest summarised', async () => {
    const root = join(TMP, 'many');
    for (let i = 0; i < 30; i++) {
      const dir = join(root, `crew_${i}`, 'config');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'agents.yaml'), `writer_${i}:\n  role: Writer ${i}\n  goal: Write.\n  backstory: Writes.\n`);
      writeFileSync(join(dir, 'tasks.yaml'), `task_${i}:\n  description: Write ${i}.\n  expected_output: Text.\n  agent: writer_${i}\n`);
    }
    const out = join(TMP, 'many.html');
    const r = await crewtel(['report', root, '-o', out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect((html.match(/<svg class="flow"/g) ?? []).length).toBe(24);
    expect(html).toContain('6 more crew(s), not drawn');
  });
});

describe.skipIf(!CHROMIUM)('crewtel report in headless Chromium', () => {
  let browser: import('playwright-core').Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(CASES)('$name: loads nothing external, every finding and a non-empty drawing in the DOM, screenshot', async (c) => {
    const { file, findings } = await render(c);
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const requested: string[] = [];
    await context.route('**/*', (route) => {
      requested.push(route.request().url());
      return route.request().url() === url ? route.continue() : route.abort();
    });
    await page.goto(url);
    expect(requested).toEqual([url]);

    const svg = await page.$$eval('svg.flow[role=img]', (els) => els.map((e) => ({ w: e.getBoundingClientRect().width, h: e.getBoundingClientRect().height, paths: e.querySelectorAll('path.edge').length, fields: e.querySelectorAll('g.field').length })));
    expect(svg.length).toBeGreaterThan(0);
    for (const s of svg) {
      expect(s.w).toBeGreaterThan(100);
      expect(s.h).toBeGreaterThan(100);
      expect(s.paths).toBeGreaterThan(0);
      expect(s.fields).toBeGreaterThan(0);
    }
    const rows = await page.$$eval('tr.finding', (trs) => trs.map((tr) => tr.textContent ?? ''));
    const advisories = await page.$eval('#adv-h', (h) => h.parentElement?.textContent ?? '');
    for (const f of findings) {
      const at = `${f.file}:${f.line}:${f.column}`;
      if (f.ruleId.startsWith('advisory/')) expect(advisories, f.ruleId).toContain(at);
      else expect(rows.some((t) => t.includes(at) && t.includes(f.match) && t.includes(f.ruleId)), `${f.ruleId} at ${at}`).toBe(true);
    }
    const text = (await page.textContent('body')) ?? '';
    for (const v of c.planted) expect(text.toLowerCase()).not.toContain(v.toLowerCase());
    const shot = join(TMP, `${c.name}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    console.log(`report.test: screenshot ${shot}`);
    await context.close();
  }, 60_000);
});

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

describe('report gate follows audit: release advisories count only with --fail-on-advisories', () => {
  // a clean crew pinned to a release with advisories (medium and low): nothing of its own fails --fail-on low
  const dir = mkdtempSync(join(tmpdir(), 'crewtel-report-adv-'));
  mkdirSync(join(dir, 'src/demo/config'), { recursive: true });
  writeFileSync(join(dir, 'src/demo/config/agents.yaml'), 'writer:\n  role: Support writer\n  goal: Answer tickets\n  backstory: You write replies.\n');
  writeFileSync(join(dir, 'src/demo/config/tasks.yaml'), 'reply:\n  description: Reply to the ticket.\n  expected_output: A reply.\n  agent: writer\n');
  writeFileSync(join(dir, 'uv.lock'), readFileSync(join(REPO, 'fixtures/example-crew/uv.lock'), 'utf8'));

  it('passes without the flag and says the advisories were not counted; fails with it', async () => {
    const out = join(dir, 'page.html');
    const pass = await crewtel(['report', dir, '--fail-on', 'low', '-o', out]);
    expect(pass.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/Passes the gate \(fail-on low\)[^<]*count only with --fail-on-advisories/);
    const fail = await crewtel(['report', dir, '--fail-on', 'low', '--fail-on-advisories', '-o', out]);
    expect(fail.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('Fails the gate (fail-on low)');
  });
});
