// Malformed and hostile inputs, each beside a good crew whose email must still be found:
// every run ends (spawn timeout), exits 2 with an error naming the file (and line) when the
// input is broken, 0/1 when it is valid, and never prints an internal error or a stack.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv } from '../helpers/cli.js';

const EMAIL = 'ana.lopez@example.com';
const GOOD_AGENTS = `writer:\n  role: Writer\n  goal: Write\n  backstory: Reach me at ${EMAIL} any time.\n`;
const GOOD_TASKS = 'draft:\n  description: Draft it\n  expected_output: A draft\n  agent: writer\n';

function project(files: Record<string, string | Buffer | ((path: string) => void)>): string {
  const root = mkdtempSync(join(tmpdir(), 'crewtel-bad-'));
  const all = { 'good/config/agents.yaml': GOOD_AGENTS, 'good/config/tasks.yaml': GOOD_TASKS, ...files };
  for (const [rel, body] of Object.entries(all)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof body === 'function') (body as (p: string) => void)(path);
    else writeFileSync(path, body);
  }
  return root;
}

const fifo = (path: string) => {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error('mkfifo failed');
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  json?: { findings: { match: string; file: string }[]; errors: { file: string; line: number; message: string }[] };
}

function run(args: string[], cwd: string, opts: { uid?: number } = {}): Run {
  // a small heap: input that makes memory grow without bound fails the test instead of the machine
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', BIN, ...args, '--format', 'json'], {
    cwd,
    env: cleanEnv({ CREWTEL_NO_CACHE: '1' }),
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}),
  });
  let json;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    json = undefined;
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json };
}

function expectSane(r: Run): void {
  expect(r.code, `killed or crashed: ${r.stderr.slice(0, 400)}`).not.toBeNull();
  expect(r.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+|Maximum call stack|FATAL ERROR/);
}

function expectGoodCrewFound(r: Run): void {
  expect(r.json, r.stderr.slice(0, 400)).toBeDefined();
  expect(r.json!.findings.some((f) => /(^|good\/)config\/agents\.yaml$/.test(f.file) && f.match.includes('@'))).toBe(true);
}

function expectError(r: Run, file: RegExp, line?: number): void {
  expect(r.code).toBe(2);
  const errors = r.json?.errors ?? [];
  const hit = errors.find((e) => file.test(e.file));
  expect(hit, `no error for ${file}: ${JSON.stringify(errors)} ${r.stderr.slice(0, 300)}`).toBeDefined();
  if (line !== undefined) expect(hit!.line).toBe(line);
}

const agents = (n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += `a${i}:\n  role: Role ${i}\n  goal: Goal\n  backstory: Story\n`;
  return s;
};

describe('broken input: exit 2 naming the file, the good crew still audited', () => {
  it.each([
    ['JSONC nested 5,000 deep', { 'bad/crew.jsonc': '['.repeat(5000) + ']'.repeat(5000) }, /bad\/crew\.jsonc/, 1],
    ['YAML flow nested 20,000 deep', { 'bad/config/agents.yaml': `a:\n  role: ${'['.repeat(20000)}\n` }, /bad\/config\/agents\.yaml/, 2],
    ['invalid UTF-8 (latin-1 byte)', { 'bad/config/agents.yaml': Buffer.from('a:\n  role: Caf\xe9\n', 'latin1') }, /bad\/config\/agents\.yaml/, 2],
    ['UTF-16 with a BOM', { 'bad/config/agents.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`a:\n  backstory: ${EMAIL}\n`, 'utf16le')]) }, /bad\/config\/agents\.yaml/, 1],
    ['NUL inside a YAML string', { 'bad/config/agents.yaml': 'a:\n  role: "x\0y"\n  goal: g\n  backstory: b\n' }, /bad\/config\/agents\.yaml/, 2],
    ['broken pyproject.toml', { 'good/pyproject.toml': '[project]\ndependencies = ["crewai==1.0.0"\n' }, /good\/pyproject\.toml/, undefined],
    ['broken uv.lock', { 'good/uv.lock': '[[package]\nname = "crewai"\n' }, /good\/uv\.lock/, 1],
    ['a directory named pyproject.toml', { 'good/pyproject.toml/x': '' }, /good\/pyproject\.toml/, undefined],
    ['alias bomb', { 'bad/config/agents.yaml': bomb() }, /bad\/config\/agents\.yaml/, undefined],
    ['FIFO named uv.lock', { 'good/uv.lock': fifo }, /good\/uv\.lock/, undefined],
    ['FIFO named pyproject.toml', { 'good/pyproject.toml': fifo }, /good\/pyproject\.toml/, undefined],
    ['FIFO named requirements.txt', { 'good/requirements.txt': fifo }, /good\/requirements\.txt/, undefined],
    ['uv.lock linked to /dev/zero', { 'good/uv.lock': (p: string) => symlinkSync('/dev/zero', p) }, /good\/uv\.lock/, undefined],
  ] as const)('%s', (_name, files, file, line) => {
    const root = project(files as Record<string, string>);
    const r = run(['audit', '.'], root);
    expectSane(r);
    expectError(r, file, line);
    expectGoodCrewFound(r);
    for (const e of r.json!.errors) expect(e.message).not.toMatch(/Caf|\[\[\[|x\0y/);
  });

  it('a FIFO as PATH is an error, not a hang', () => {
    const root = project({ pipe: fifo });
    const r = run(['audit', 'pipe', 'good'], root);
    expectSane(r);
    expectError(r, /^pipe$/);
    expectGoodCrewFound(r);
  });

  it('a FIFO or /dev/zero named .env: env reports it and ends', () => {
    for (const make of [fifo, (p: string) => symlinkSync('/dev/zero', p)]) {
      const root = project({ 'good/.env': make, 'good/.git/HEAD': '' });
      const r = run(['env', 'good'], root);
      expectSane(r);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/good\/\.env/);
    }
  });

  it('a FIFO named .crewtel.yaml is a config error, not a hang', () => {
    const root = project({ '.crewtel.yaml': fifo });
    const r = run(['audit', '.'], root);
    expectSane(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.crewtel\.yaml: error: cannot read config file/);
  });

  it('an unreadable config/ folder is an error (run as an unprivileged user when we are root)', () => {
    const root = project({ 'locked/config/agents.yaml': GOOD_AGENTS });
    chmodSync(join(root, 'locked/config'), 0o000);
    chmodSync(root, 0o755);
    const asRoot = process.getuid?.() === 0;
    const r = run(['audit', '.'], root, asRoot ? { uid: 65534 } : {});
    chmodSync(join(root, 'locked/config'), 0o755);
    expectSane(r);
    expectError(r, /locked\/config/);
    expectGoodCrewFound(r);
  });

  it('the upward search stops at the repository root: files above it are never read', () => {
    const outer = project({ 'uv.lock': fifo, '.crewtel.yaml': fifo, '.env': fifo, 'pyproject.toml': fifo });
    const repo = join(outer, 'good');
    mkdirSync(join(repo, '.git'));
    const r = run(['audit', '.'], repo);
    expectSane(r);
    expect([0, 1]).toContain(r.code);
    expect(r.json!.errors).toEqual([]);
    expectGoodCrewFound(r);
    expect(run(['env', '.'], repo).code).toBe(0);
  });
});

describe('valid input stays valid', () => {
  it.each([
    ['CR-only line endings', { 'more/config/agents.yaml': `b:\r  role: R\r  goal: G\r  backstory: mail ${EMAIL}\r`, 'more/config/tasks.yaml': GOOD_TASKS.replace(/writer/, 'b') }],
    ['an alias to a scalar resolves like PyYAML', { 'more/config/agents.yaml': `b:\n  role: R\n  goal: &s "ping ${EMAIL}"\n  backstory: *s\n` }],
    ['a crew folder whose name holds a newline', { 'my\ncrew/config/agents.yaml': GOOD_AGENTS, 'my\ncrew/config/tasks.yaml': GOOD_TASKS }],
    // 60,000 agents (a stack overflow before) are in BENCHMARKS.md; 20,000 keep CI short
    ['20,000 agents in one file', { 'big/config/agents.yaml': agents(20_000) }],
    ['one backstory with 125,000 name matches', { 'names/config/agents.yaml': `n:\n  role: R\n  goal: G\n  backstory: "${'Maria Garcia '.repeat(125_000)}"\n` }],
  ] as const)('%s', (_name, files) => {
    const root = project(files as Record<string, string>);
    const r = run(['audit', '.'], root);
    expectSane(r);
    expect([0, 1], JSON.stringify(r.json?.errors)).toContain(r.code);
    expect(r.json!.errors).toEqual([]);
    expectGoodCrewFound(r);
  });

  it('the alias target is scanned and located where it is written', () => {
    const root = project({ 'more/config/agents.yaml': `b:\n  role: R\n  goal: &s "ping ${EMAIL}"\n  backstory: *s\n` });
    const r = run(['audit', 'more'], root);
    expect(r.json!.findings.filter((f) => f.file === 'more/config/agents.yaml').length).toBeGreaterThan(0);
  });
});

function bomb(): string {
  let s = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < 9; i++) s += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
  return `${s}agent:\n  role: R\n  goal: G\n  backstory: B\n  extra: *a8\n`;
}
