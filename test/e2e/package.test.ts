// The package installs the way users install it: `npm pack` → `npm install -g` of the
// tarball into a fresh prefix, then `crewtel audit` from another folder, with no
// development dependencies anywhere near. (dist/ was built by `pretest`; packing runs
// with --ignore-scripts so the build other tests use is not rebuilt under them. The
// pre-commit test packs a fresh clone, prepack included.)
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, FIXTURES, REPO } from '../helpers/cli.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('npm pack → npm install -g → crewtel', () => {
  const work = mkdtempSync(join(tmpdir(), 'crewtel-pkg-'));
  const prefix = join(work, 'prefix');
  let files: string[] = [];
  let tarball = '';

  beforeAll(async () => {
    const { stdout } = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: REPO, env: cleanEnv() });
    const info = JSON.parse(stdout)[0];
    files = info.files.map((f: { path: string }) => f.path);
    tarball = join(work, info.filename);
    // an empty npm cache and no registry: the package must need nothing from outside
    await run(npm, ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], {
      cwd: work,
      env: cleanEnv({ npm_config_cache: join(work, 'cache') }),
    });
  }, 300_000);

  it('ships the bundle, everything else in dist/, LICENSE, the docs the help names and the JSON Schemas', () => {
    for (const f of ['bin/crewtel', 'dist/crewtel.cjs', 'LICENSE', 'README.md', 'CHANGELOG.md', 'docs/ci.md', 'docs/env.md', 'docs/rules/pii/person.md', 'schemas/audit.schema.json', 'schemas/preview.schema.json', 'schemas/env.schema.json']) {
      expect(files, f).toContain(f);
    }
    // grammar .wasm files and anything else the build puts in dist/ ride along
    for (const f of readdirSync(join(REPO, 'dist'))) expect(files, f).toContain(`dist/${f}`);
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('node_modules/'))).toBe(false);
  });

  it('declares no runtime dependencies and installs none', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.scripts.prepack).toMatch(/build/);
    const installed = join(prefix, 'lib', 'node_modules', 'crewtel');
    expect(existsSync(join(installed, 'dist', 'crewtel.cjs'))).toBe(true);
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
  });

  it('runs crewtel audit from another folder', async () => {
    const project = join(work, 'project');
    cpSync(join(FIXTURES, 'example-crew'), project, { recursive: true });
    const bin = join(prefix, 'bin', 'crewtel');
    const env = cleanEnv({ XDG_CACHE_HOME: join(work, 'xdg') });
    delete env.NODE_PATH;
    const r = await run(bin, ['audit', '.', '--format', 'json'], { cwd: project, env }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect((r as { code?: number }).code, (r as { stderr: string }).stderr).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.findings.some((f: { ruleId: string; file: string }) => f.ruleId === 'pii/email' && f.file === 'src/support_desk/config/agents.yaml')).toBe(true);
    const help = await run(bin, ['audit', '--help'], { cwd: work, env });
    // every docs/ file the help names is in the package
    for (const doc of help.stdout.match(/docs\/[\w./-]+\.md/g) ?? []) expect(files, doc).toContain(doc);
  });
});
