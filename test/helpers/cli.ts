// Runs the built CLI (bin/crewtel → dist/) the way a user or CI would.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(REPO, 'bin/crewtel');
export const FIXTURES = join(REPO, 'fixtures');
export const SHARED = resolve(REPO, '../shared');
export const CORPUS = join(SHARED, 'corpus/real');
export const hasCorpus = existsSync(CORPUS);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A clean environment: no telemetry switches or colour settings leak in from the developer's shell. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(CREWAI_|OTEL_|NO_COLOR|FORCE_COLOR|CI$|GITHUB_)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

export function crewtel(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? REPO,
    env: cleanEnv(opts.env),
    encoding: 'utf8',
    input: opts.input,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function crewtelJson<T = any>(args: string[], opts: Parameters<typeof crewtel>[1] = {}): { code: number; json: T; stderr: string } {
  const r = crewtel([...args, '--format', 'json'], opts);
  let json: T;
  try {
    json = JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${r.code}):\n${r.stdout}\n--- stderr:\n${r.stderr}`);
  }
  return { code: r.code, json, stderr: r.stderr };
}

/**
 * Like crewtel(), without blocking the test worker while the CLI runs (many runs in one
 * test would otherwise starve vitest's worker RPC on a loaded machine).
 */
export function crewtelAsync(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? REPO, env: cleanEnv(opts.env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}
