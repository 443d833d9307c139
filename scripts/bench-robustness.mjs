#!/usr/bin/env node
// Robustness benchmark: scan time of 100 KB and 1 MB adversarial strings per pattern family
// (each in its own process, stopped after 60 s), and peak memory (/usr/bin/time) of the CLI on
// hostile inputs. Usage: node scripts/bench-robustness.mjs [--base DIR] (DIR: another checkout
// with node_modules, e.g. main built in a worktree, measured interleaved for comparison).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const baseIdx = process.argv.indexOf('--base');
const trees = [['this', repo], ...(baseIdx > 0 ? [['base', resolve(process.argv[baseIdx + 1])]] : [])];
const tmp = mkdtempSync(join(tmpdir(), 'crewtel-robust-'));

const FAMILIES = {
  'secret/jwt': 'eyJ-',
  'secret/url-credentials': 'a.',
  'secret/openai-api-key': 'sk-',
  'overlap (ab@cd.co )': 'ab@cd.co ',
  'person (Maria Garcia )': 'Maria Garcia ',
};

const bundles = {};
for (const [name, dir] of trees) {
  bundles[name] = join(tmp, `${name}-scan.mjs`);
  await build({ absWorkingDir: dir, entryPoints: [join(dir, 'src/scan/scanText.ts')], outfile: bundles[name], bundle: true, format: 'esm', platform: 'node', logLevel: 'error' });
}

function scanMs(bundle, unit, size) {
  const code = `import { scanText } from ${JSON.stringify(bundle)}; const u = ${JSON.stringify(unit)}; const s = u.repeat(Math.ceil(${size} / u.length)).slice(0, ${size}); const t = performance.now(); const n = scanText(s).length; console.log(JSON.stringify({ ms: performance.now() - t, n }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 26 });
  if (r.status !== 0) return r.signal ? '> 60 s (stopped)' : `failed (${(r.stderr || '').split('\n').find((l) => /Error/.test(l)) ?? r.status})`;
  const { ms } = JSON.parse(r.stdout);
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

console.log('| pattern family | size | ' + trees.map(([n]) => n).join(' | ') + ' |');
console.log('|---|---|' + trees.map(() => '---').join('|') + '|');
for (const [family, unit] of Object.entries(FAMILIES)) {
  for (const size of [100_000, 1_000_000]) {
    const cells = trees.map(([name]) => scanMs(bundles[name], unit, size));
    console.log(`| ${family} | ${size === 100_000 ? '100 KB' : '1 MB'} | ${cells.join(' | ')} |`);
  }
}

// hostile inputs beside a good crew: exit code, seconds, peak RSS
const GOOD = { 'good/config/agents.yaml': 'w:\n  role: W\n  goal: G\n  backstory: mail ana@example.com\n', 'good/config/tasks.yaml': 't:\n  description: D\n  expected_output: E\n  agent: w\n' };
let big = '';
for (let i = 0; i < 60_000; i++) big += `a${i}:\n  role: Role ${i}\n  goal: Goal\n  backstory: Story\n`;
const CASES = {
  '60,000 agents': { 'big/config/agents.yaml': big },
  '125k name matches in one string': { 'n/config/agents.yaml': `n:\n  role: R\n  goal: G\n  backstory: "${'Maria Garcia '.repeat(125_000)}"\n` },
  'JSONC nested 5,000 deep': { 'j/crew.jsonc': '['.repeat(5000) + ']'.repeat(5000) },
  'uv.lock → /dev/zero': { 'good/uv.lock': '@/dev/zero' },
  'FIFO named uv.lock': { 'good/uv.lock': '@fifo' },
};
const hasTime = existsSync('/usr/bin/time');
console.log('\n| hostile input | ' + trees.map(([n]) => `${n}: exit · s · peak RSS`).join(' | ') + ' |');
console.log('|---|' + trees.map(() => '---').join('|') + '|');
for (const [label, files] of Object.entries(CASES)) {
  const root = mkdtempSync(join(tmp, 'case-'));
  for (const [rel, body] of Object.entries({ ...GOOD, ...files })) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    if (body === '@/dev/zero') symlinkSync('/dev/zero', p);
    else if (body === '@fifo') spawnSync('mkfifo', [p]);
    else writeFileSync(p, body);
  }
  const cells = trees.map(([name, dir]) => {
    // the old reader grows memory without bound on /dev/zero: not run outside this tree
    if (name !== 'this' && label.includes('/dev/zero')) return 'not run (unbounded memory)';
    const t0 = performance.now();
    const cmd = hasTime ? ['/usr/bin/time', ['-f', '%M', process.execPath, join(dir, 'bin/crewtel'), 'audit', '.', '--format', 'json']] : [process.execPath, [join(dir, 'bin/crewtel'), 'audit', '.', '--format', 'json']];
    const r = spawnSync(cmd[0], cmd[1], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CREWTEL_NO_CACHE: '1' }, maxBuffer: 1 << 28 });
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    if (r.signal) return `killed after ${s} s`;
    const kb = hasTime ? Number((r.stderr.trim().split('\n').pop() ?? '').trim()) : NaN;
    const crash = /internal error|Maximum call stack/.test(r.stderr) ? ' (internal error)' : '';
    return `${r.status}${crash} · ${s} · ${Number.isFinite(kb) ? `${Math.round(kb / 1024)} MB` : '?'}`;
  });
  console.log(`| ${label} | ${cells.join(' | ')} |`);
}
