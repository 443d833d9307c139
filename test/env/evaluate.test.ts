// evaluateTelemetry over plain data: each switch across the release that first reads it,
// the value forms, .env versus the process environment for both project kinds, code
// switches against the release's "when checked" semantics (spec b, i.6).
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/core/source.js';
import { analyseCodeEnvironment } from '../../src/env/codeSwitches.js';
import { evaluateTelemetry, type EvaluateInput, type TelemetryEvaluation } from '../../src/env/evaluate.js';
import { timingAt } from '../../src/env/switches.js';
import { parseDotenv } from '../../src/load/dotenv.js';
import { parsePython } from '../../src/load/python/index.js';

const dotenv = (text: string) => ({ file: '.env', entries: parseDotenv(new SourceText('.env', text)).entries });
const evaluate = (over: Partial<EvaluateInput> & { version: string }) => evaluateTelemetry({ processEnv: {}, projectKind: 'classic', ...over });
const variable = (e: TelemetryEvaluation, name: string) => e.variables.find((v) => v.name === name)!;

describe('each switch across the release that first reads it', () => {
  // OTEL_SDK_DISABLED: first read in 0.79.0 (the spec's "0.78" is not a release; 0.76.9 is the one before)
  it.each([
    ['OTEL_SDK_DISABLED', '0.76.9', '0.79.0'],
    ['CREWAI_DISABLE_TELEMETRY', '0.108.0', '0.114.0'],
    ['CREWAI_DISABLE_TRACKING', '0.134.0', '0.140.0'],
  ])('%s=true is ignored by %s and honoured from %s', (name, before, first) => {
    const old = evaluate({ version: before, processEnv: { [name]: 'true' } });
    expect(old.telemetry).toBe('enabled');
    expect(variable(old, name)).toMatchObject({ value: 'true', source: 'process', honoured: false, readByRelease: false, valueCounts: true, firstRelease: first });
    expect(variable(old, name).reason).toContain(`does not read ${name} (first read in ${first})`);
    const now = evaluate({ version: first, processEnv: { [name]: 'true' } });
    expect(now).toMatchObject({ telemetry: 'disabled', disabledBy: [name] });
    expect(variable(now, name)).toMatchObject({ honoured: true, readByRelease: true });
  });

  it('before 0.79.0 OTEL_SDK_DISABLED=true is left to the OpenTelemetry SDK, which crewtel cannot count on', () => {
    const e = evaluate({ version: '0.76.9', processEnv: { OTEL_SDK_DISABLED: 'true' } });
    expect(variable(e, 'OTEL_SDK_DISABLED').reason).toMatch(/OpenTelemetry SDK \(≥ 1\.24\.0\).*depends on the environment/);
    expect(e.telemetry).toBe('enabled');
  });

  it('a release before telemetry existed (0.1.14) has none to disable', () => {
    const e = evaluate({ version: '0.1.14' });
    expect(e).toMatchObject({ telemetry: 'disabled', present: false, disabledBy: [] });
  });
});

describe('value forms', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['True', true],
    ['1', false],
    ['yes', false],
    ['on', false],
    [' true', false],
    ['true ', false],
    ['false', false],
    ['', false],
  ])('CREWAI_DISABLE_TELEMETRY=%j honoured: %s', (value, honoured) => {
    const e = evaluate({ version: '1.15.17', processEnv: { CREWAI_DISABLE_TELEMETRY: value } });
    expect(variable(e, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ value, honoured, valueCounts: honoured });
    expect(e.telemetry).toBe(honoured ? 'disabled' : 'enabled');
    if (!honoured) expect(variable(e, 'CREWAI_DISABLE_TELEMETRY').reason).toMatch(/^only the string true \(any case, no spaces\) disables telemetry/);
  });

  it('OTEL_SDK_DISABLED=" TRUE " still disables from 0.114.0: the SDK strips it (CrewAI\'s own test does not)', () => {
    const now = evaluate({ version: '0.114.0', processEnv: { OTEL_SDK_DISABLED: ' TRUE ' } });
    expect(variable(now, 'OTEL_SDK_DISABLED')).toMatchObject({ honoured: true, valueCounts: false });
    expect(variable(now, 'OTEL_SDK_DISABLED').reason).toMatch(/opentelemetry-sdk ≥ 1\.30/);
    // 0.108.0 allowed opentelemetry-sdk 1.22/1.23, which do not read the variable
    const before = evaluate({ version: '0.108.0', processEnv: { OTEL_SDK_DISABLED: ' TRUE ' } });
    expect(variable(before, 'OTEL_SDK_DISABLED').honoured).toBe(false);
    // the same spaces on CrewAI's own variable count for nothing
    expect(variable(evaluate({ version: '1.15.17', processEnv: { CREWAI_DISABLE_TELEMETRY: ' TRUE ' } }), 'CREWAI_DISABLE_TELEMETRY').honoured).toBe(false);
  });

  it('any one honoured switch disables; all are listed in disabledBy', () => {
    const e = evaluate({ version: '1.15.17', processEnv: { OTEL_SDK_DISABLED: 'true', CREWAI_DISABLE_TELEMETRY: '1', CREWAI_DISABLE_TRACKING: 'True' } });
    expect(e).toMatchObject({ telemetry: 'disabled', disabledBy: ['OTEL_SDK_DISABLED', 'CREWAI_DISABLE_TRACKING'] });
  });
});

describe('.env versus the process environment (spec i.6)', () => {
  it('a classic project reads .env for what the shell does not set, and says how it is loaded', () => {
    const e = evaluate({ version: '1.15.17', dotenv: dotenv('OPENAI_API_KEY=sk-x\nCREWAI_DISABLE_TELEMETRY=true\n') });
    expect(variable(e, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ source: '.env', location: '.env:2:1', honoured: true });
    expect(variable(e, 'CREWAI_DISABLE_TELEMETRY').reason).toMatch(/CrewAI's own load_dotenv\(\) at import .*virtualenv inside the project/);
    expect(e.dotenvMode).toBe('fill');
  });

  it('classic: the shell wins (override=False), and the losing .env value is shown', () => {
    const e = evaluate({ version: '1.15.17', processEnv: { CREWAI_DISABLE_TELEMETRY: 'false' }, dotenv: dotenv('CREWAI_DISABLE_TELEMETRY=true\n') });
    expect(variable(e, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ value: 'false', source: 'process', honoured: false });
    expect(variable(e, 'CREWAI_DISABLE_TELEMETRY').shadowed).toEqual([expect.objectContaining({ source: '.env', value: 'true', why: expect.stringMatching(/shell wins/) })]);
    expect(e.precedence).toMatch(/^classic crew\/flow project: the shell wins over \.env/);
  });

  it('JSON crew / declarative flow: `crewai run` loads .env with override=True, so .env=false re-enables over the shell', () => {
    const e = evaluate({ version: '1.15.17', projectKind: 'json-or-declarative', processEnv: { CREWAI_DISABLE_TELEMETRY: 'true' }, dotenv: dotenv('CREWAI_DISABLE_TELEMETRY=false\n') });
    expect(e.telemetry).toBe('enabled');
    expect(variable(e, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ value: 'false', source: '.env', honoured: false });
    expect(variable(e, 'CREWAI_DISABLE_TELEMETRY').shadowed[0]).toMatchObject({ source: 'process', value: 'true' });
    expect(e.precedence).toMatch(/override=True/);
  });

  it('override=True replaces only the same name: another switch true in the shell still disables', () => {
    const e = evaluate({ version: '1.15.17', projectKind: 'json-or-declarative', processEnv: { OTEL_SDK_DISABLED: 'true' }, dotenv: dotenv('CREWAI_DISABLE_TELEMETRY=false\n') });
    expect(e).toMatchObject({ telemetry: 'disabled', disabledBy: ['OTEL_SDK_DISABLED'] });
  });

  it('PYTHON_DOTENV_DISABLED in the shell: .env is not loaded at all', () => {
    const e = evaluate({ version: '1.15.17', processEnv: { PYTHON_DOTENV_DISABLED: '1' }, dotenv: dotenv('CREWAI_DISABLE_TELEMETRY=true\n') });
    expect(e.telemetry).toBe('enabled');
    expect(variable(e, 'CREWAI_DISABLE_TELEMETRY').shadowed[0]).toMatchObject({ source: '.env', why: '.env is not loaded' });
  });

  it('${VAR} expansion is applied before judging the value', () => {
    const e = evaluate({ version: '1.15.17', processEnv: { OFF: 'true' }, dotenv: dotenv('CREWAI_DISABLE_TELEMETRY=${OFF}\n') });
    expect(variable(e, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ value: 'true', honoured: true });
  });
});

describe('switches set in code', () => {
  const code = (version: string, files: Record<string, string>, hasFlows = false) => analyseCodeEnvironment(Object.entries(files).map(([f, t]) => parsePython(f, t)), version, { hasFlows });
  const MAIN_AFTER = 'import os\nfrom demo.crew import Demo\n\nos.environ["CREWAI_DISABLE_TELEMETRY"] = "true"\n';
  const CREW = 'from crewai import Crew\n';
  const run = (version: string, files: Record<string, string>, hasFlows = false) => {
    const c = code(version, files, hasFlows);
    return { c, e: evaluate({ version, codeSwitches: c.switches, codeOthers: c.others, dotenvLoads: c.dotenvLoads }) };
  };

  it('spec b timing table', () => {
    expect(['0.76.9', '0.79.0', '0.102.0', '0.105.0', '0.120.1', '0.121.0', '0.126.0', '0.130.0', '1.15.17'].map((v) => timingAt(v).timing)).toEqual([
      'not-checked', 'per-crew', 'per-crew', 'import', 'import', 'per-instance', 'per-instance', 'per-operation', 'per-operation',
    ]);
  });

  it('after `import crewai` (through the project\'s crew module) on 0.114.0: ignored for crew/task/flow spans, reported with its line', () => {
    const { c, e } = run('0.114.0', { 'src/demo/main.py': MAIN_AFTER, 'src/demo/crew.py': CREW });
    expect(c.switches).toEqual([expect.objectContaining({ variable: 'CREWAI_DISABLE_TELEMETRY', afterImport: true, effect: 'partial', cause: 'timing', location: expect.objectContaining({ file: 'src/demo/main.py', start: { line: 4, column: 1 } }) })]);
    expect(c.switches[0].reason).toMatch(/reads the switch once, when telemetry starts at `import crewai`.*ignored for crew, task and flow spans/);
    expect(e.telemetry).toBe('enabled');
    expect(variable(e, 'CREWAI_DISABLE_TELEMETRY').reason).toMatch(/at src\/demo\/main\.py:4:1 does not take/);
  });

  it("an import is the nearest module of that name: another project's crew.py that imports crewai does not make this switch late", () => {
    const mainAfter = 'import os\nfrom crew import Demo\n\nos.environ["CREWAI_DISABLE_TELEMETRY"] = "true"\n';
    const files = { 'a/crew.py': CREW, 'b/crew.py': 'class Demo: pass\n', 'b/main.py': mainAfter };
    expect(run('0.114.0', files).c.switches[0]).toMatchObject({ afterImport: false, effect: 'applies' });
    // the project's own crew.py does import crewai: then it is late
    expect(run('0.114.0', { ...files, 'b/crew.py': CREW }).c.switches[0]).toMatchObject({ afterImport: true, effect: 'partial' });
  });

  it('the same line works from 0.130.0 (checked before every span)', () => {
    const { c, e } = run('0.130.0', { 'src/demo/main.py': MAIN_AFTER, 'src/demo/crew.py': CREW });
    expect(c.switches[0]).toMatchObject({ effect: 'applies', effective: true });
    expect(e).toMatchObject({ telemetry: 'disabled', disabledBy: ['CREWAI_DISABLE_TELEMETRY'] });
    expect(variable(e, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ source: 'code', location: 'src/demo/main.py:4:1' });
  });

  it('0.121.0 – 0.126.x: only at the next Telemetry() construction (partial)', () => {
    expect(run('0.126.0', { 'src/demo/main.py': MAIN_AFTER, 'src/demo/crew.py': CREW }).c.switches[0]).toMatchObject({ effect: 'partial' });
  });

  it('0.79.0 – 0.102.0: crews built later are covered; flow spans are not', () => {
    const otel = 'import os\nimport crewai\nos.environ["OTEL_SDK_DISABLED"] = "true"\n';
    expect(run('0.100.0', { 'main.py': otel }).c.switches[0]).toMatchObject({ effect: 'applies' });
    expect(run('0.100.0', { 'main.py': otel }, true).c.switches[0]).toMatchObject({ effect: 'partial' });
  });

  it('before the import it works on old releases too', () => {
    const { c, e } = run('0.114.0', { 'main.py': 'import os\nos.environ["CREWAI_DISABLE_TELEMETRY"] = "true"\nimport crewai\n' });
    expect(c.switches[0]).toMatchObject({ afterImport: false, effect: 'applies' });
    expect(e.telemetry).toBe('disabled');
  });

  it('a variable the release does not read is ignored wherever it is set', () => {
    const { c } = run('0.108.0', { 'main.py': 'import os\nos.environ["CREWAI_DISABLE_TELEMETRY"] = "true"\nimport crewai\n' });
    expect(c.switches[0]).toMatchObject({ effect: 'ignored', cause: 'not-read' });
  });

  it('os.putenv never reaches os.environ, which CrewAI reads', () => {
    const { c, e } = run('1.15.17', { 'main.py': 'import os\nos.putenv("CREWAI_DISABLE_TELEMETRY", "true")\nimport crewai\n' });
    expect(c.switches[0]).toMatchObject({ kind: 'putenv', effect: 'ignored', cause: 'putenv' });
    expect(e.telemetry).toBe('enabled');
  });

  it('os.environ.setdefault only applies when the variable is unset', () => {
    const files = { 'main.py': 'import os\nos.environ.setdefault("CREWAI_DISABLE_TELEMETRY", "true")\nimport crewai\n' };
    const c = code('1.15.17', files);
    expect(evaluate({ version: '1.15.17', codeSwitches: c.switches }).telemetry).toBe('disabled');
    const shellFalse = evaluate({ version: '1.15.17', processEnv: { CREWAI_DISABLE_TELEMETRY: 'false' }, codeSwitches: c.switches });
    expect(shellFalse.telemetry).toBe('enabled');
    expect(variable(shellFalse, 'CREWAI_DISABLE_TELEMETRY').shadowed[0]).toMatchObject({ source: 'code', why: expect.stringMatching(/setdefault does nothing/) });
  });

  it('an assignment overrides the shell', () => {
    const c = code('1.15.17', { 'main.py': 'import os\nos.environ["CREWAI_DISABLE_TELEMETRY"] = "false"\n' });
    const e = evaluate({ version: '1.15.17', processEnv: { CREWAI_DISABLE_TELEMETRY: 'true' }, codeSwitches: c.switches });
    expect(e.telemetry).toBe('enabled');
    expect(variable(e, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ source: 'code', value: 'false' });
  });

  it('load_dotenv(override=True) before the import makes .env win in a classic project', () => {
    const c = code('1.15.17', { 'main.py': 'from dotenv import load_dotenv\nload_dotenv(override=True)\nimport crewai\n' });
    const e = evaluate({ version: '1.15.17', processEnv: { CREWAI_DISABLE_TELEMETRY: 'true' }, dotenv: dotenv('CREWAI_DISABLE_TELEMETRY=false\n'), dotenvLoads: c.dotenvLoads });
    expect(e).toMatchObject({ dotenvMode: 'override', telemetry: 'enabled' });
    expect(e.precedence).toMatch(/load_dotenv\(override=True\) at main\.py:2:1/);
  });

  it('a release before CrewAI loaded .env itself reads .env only when the project calls load_dotenv()', () => {
    const env = dotenv('OTEL_SDK_DISABLED=true\n');
    expect(evaluate({ version: '0.19.0', dotenv: env }).dotenvMode).toBe('not-loaded');
    const c = code('0.19.0', { 'main.py': 'from dotenv import load_dotenv\nload_dotenv()\n' });
    expect(evaluate({ version: '0.19.0', dotenv: env, dotenvLoads: c.dotenvLoads }).dotenvMode).toBe('fill');
  });
});

describe('findings for audit (codeSwitchFindings)', () => {
  const facts = (text: string) => [parsePython('src/demo/main.py', text)];
  it('a late switch on 0.114.0, a switch 0.108.0 does not read, a putenv; nothing for a switch that works', async () => {
    const { codeSwitches, codeSwitchFindings } = await import('../../src/env/codeSwitches.js');
    const late = 'import os\nimport crewai\nos.environ["CREWAI_DISABLE_TELEMETRY"] = "true"\nos.putenv("OTEL_SDK_DISABLED", "true")\n';
    expect(codeSwitchFindings(codeSwitches(facts(late), '0.114.0'), '0.114.0')).toEqual([
      expect.objectContaining({ ruleId: 'config/switch-after-import', severity: 'high', variable: 'CREWAI_DISABLE_TELEMETRY', location: expect.objectContaining({ file: 'src/demo/main.py', start: { line: 3, column: 1 } }) }),
      expect.objectContaining({ ruleId: 'config/switch-putenv', variable: 'OTEL_SDK_DISABLED', location: expect.objectContaining({ start: { line: 4, column: 1 } }) }),
    ]);
    expect(codeSwitchFindings(codeSwitches(facts(late), '0.108.0'), '0.108.0')[0]).toMatchObject({ ruleId: 'config/switch-not-read', message: expect.stringMatching(/first read in 0\.114\.0/) });
    expect(codeSwitchFindings(codeSwitches(facts(late), '1.15.17'), '1.15.17').map((f) => f.ruleId)).toEqual(['config/switch-putenv']);
  });
});
