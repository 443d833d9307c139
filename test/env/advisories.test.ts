// Release advisories (spec h) at the edges of their ranges, and the other channels (spec i).
import { describe, expect, it } from 'vitest';
import { ADVISORIES, advisoriesFor } from '../../src/env/advisories.js';
import { outboundChannels, type ChannelInput } from '../../src/env/channels.js';
import { evaluateTelemetry } from '../../src/env/evaluate.js';

const ids = (v: string) => advisoriesFor(v).map((a) => a.id);
const one = (v: string, id: string) => advisoriesFor(v).find((a) => a.id === id);

describe('advisories by release', () => {
  it.each([
    ['advisory/hostname-sent', '0.10.0', '0.11.0'],
    ['advisory/plain-http', '0.22.5', '0.27.0'],
    ['advisory/llm-base-url', '0.51.1', '0.55.2'],
    ['advisory/llm-settings', '0.55.2', '0.60.0'],
    ['advisory/goal-backstory-default', '0.51.1', '0.55.2'],
    ['advisory/task-output-default', '0.36.0', '0.41.0'],
    ['advisory/global-tracer-provider', '1.15.14', '1.15.15'],
    ['advisory/switch-not-read', '0.134.0', '0.140.0'],
    ['advisory/scarf-pixel', '1.14.2', '1.14.3'],
    ['advisory/amp-first-run-prompt', '0.165.0', '0.165.1'],
    ['advisory/chroma-telemetry', '1.8.1', '1.9.0'],
  ])('%s: affects %s, fixed in %s', (id, last, fixed) => {
    expect(ids(last)).toContain(id);
    expect(ids(fixed)).not.toContain(id);
    expect(ADVISORIES.find((a) => a.id === id)!.fixedIn).toBe(fixed);
  });

  it('the global provider: v0.27.0 – v0.28.2 never installed it', () => {
    expect(ids('0.22.5')).toContain('advisory/global-tracer-provider');
    expect(ids('0.28.2')).not.toContain('advisory/global-tracer-provider');
    expect(ids('0.28.5')).toContain('advisory/global-tracer-provider');
  });

  it('1.15.11 – 1.15.14 add the common-attribute processor to the text', () => {
    expect(one('1.15.14', 'advisory/global-tracer-provider')!.text).toMatch(/common-attribute processor/);
    expect(one('1.15.9', 'advisory/global-tracer-provider')!.text).not.toMatch(/common-attribute processor/);
  });

  it('switches not read: severity and text follow which variable is missing', () => {
    expect(one('0.76.9', 'advisory/switch-not-read')).toMatchObject({ severity: 'high', text: expect.stringMatching(/reads none of the switches/) });
    expect(one('0.108.0', 'advisory/switch-not-read')).toMatchObject({ severity: 'high', text: expect.stringMatching(/CREWAI_DISABLE_TELEMETRY, the switch the current docs name, is ignored.*ignored for crew, task and flow spans/) });
    expect(one('0.134.0', 'advisory/switch-not-read')).toMatchObject({ severity: 'medium', text: expect.stringMatching(/CREWAI_DISABLE_TRACKING is ignored/) });
  });

  it('still-open advisories reach the newest release; each has a unique id and a severity', () => {
    expect(ids('1.15.17')).toEqual(expect.arrayContaining(['advisory/interpolated-role', 'advisory/exporter-headers', 'advisory/otel-baggage', 'advisory/project-id', 'advisory/mcp-server-names']));
    expect(ids('1.15.17')).not.toContain('advisory/global-tracer-provider');
    expect(new Set(ADVISORIES.map((a) => a.id)).size).toBe(ADVISORIES.length);
    // every row of spec h has an advisory
    expect(new Set(ADVISORIES.map((a) => a.spec))).toEqual(new Set(Array.from({ length: 23 }, (_, i) => i + 1)));
  });
});

describe('channels', () => {
  const channels = (version: string, processEnv: Record<string, string> = {}, extra: Partial<ChannelInput> = {}) => {
    const e = evaluateTelemetry({ version, processEnv, projectKind: 'classic' });
    return outboundChannels({ version, environment: e.environment, telemetryEnabled: e.telemetry === 'enabled', disabledAtImport: e.disabledAtImport, tracingSettings: [], ...extra });
  };
  const state = (list: ReturnType<typeof channels>, id: string) => list.find((c) => c.id === id)!.state;

  it('AMP tracing: CREWAI_DISABLE_TELEMETRY does not stop it; "false" does not turn it off; "1" counts from 1.5.0', () => {
    expect(state(channels('1.15.17', { CREWAI_DISABLE_TELEMETRY: 'true', CREWAI_TRACING_ENABLED: 'true' }), 'amp-tracing')).toBe('on');
    expect(state(channels('1.15.17', { CREWAI_TRACING_ENABLED: 'false' }), 'amp-tracing')).toBe('conditional');
    expect(state(channels('1.4.0', { CREWAI_TRACING_ENABLED: '1' }), 'amp-tracing')).toBe('conditional');
    expect(state(channels('1.5.0', { CREWAI_TRACING_ENABLED: '1' }), 'amp-tracing')).toBe('on');
    expect(state(channels('0.152.0'), 'amp-tracing')).toBe('not-in-release');
    expect(state(channels('1.15.17', {}, { tracingSettings: [{ value: false, where: 'crew.py:9:1' }] }), 'amp-tracing')).toBe('off');
  });

  it('Scarf: 0.140.0 – 1.14.2, skipped when a switch is true at import', () => {
    expect(state(channels('0.134.0'), 'scarf')).toBe('not-in-release');
    expect(state(channels('0.140.0'), 'scarf')).toBe('on');
    expect(state(channels('1.14.2', { CREWAI_DISABLE_TRACKING: 'true' }), 'scarf')).toBe('off');
    expect(state(channels('1.14.3'), 'scarf')).toBe('not-in-release');
  });

  it('PyPI version check from 1.10.0, off under CI or CREWAI_DISABLE_VERSION_CHECK', () => {
    expect(state(channels('1.9.3'), 'pypi-version-check')).toBe('not-in-release');
    expect(state(channels('1.10.0'), 'pypi-version-check')).toBe('conditional');
    expect(state(channels('1.10.0', { CI: 'true' }), 'pypi-version-check')).toBe('off');
    expect(state(channels('1.10.0', { CREWAI_DISABLE_VERSION_CHECK: '1' }), 'pypi-version-check')).toBe('off');
  });

  it('exporter headers: named, never valued; sent only while telemetry is on', () => {
    const secret = 'x-honeycomb-team=super-secret-team-key';
    const on = channels('1.15.17', { OTEL_EXPORTER_OTLP_HEADERS: secret, HTTPS_PROXY: 'http://user:pw@proxy:3128' });
    const creds = on.find((c) => c.id === 'exporter-credentials')!;
    expect(creds).toMatchObject({ state: 'on', setVariables: [{ name: 'OTEL_EXPORTER_OTLP_HEADERS', source: 'process' }] });
    expect(state(on, 'exporter-connection')).toBe('applies');
    expect(JSON.stringify(on)).not.toMatch(/super-secret|user:pw/);
    expect(state(channels('1.15.17', { OTEL_EXPORTER_OTLP_HEADERS: secret, CREWAI_DISABLE_TELEMETRY: 'true' }), 'exporter-credentials')).toBe('off');
  });

  it('baggage from 0.141.0, stopped by OTEL_PROPAGATORS without baggage and by no telemetry switch', () => {
    expect(state(channels('0.140.0'), 'otel-baggage')).toBe('not-in-release');
    expect(state(channels('1.15.17', { CREWAI_DISABLE_TELEMETRY: 'true' }), 'otel-baggage')).toBe('conditional');
    expect(state(channels('1.15.17', { OTEL_PROPAGATORS: 'tracecontext' }), 'otel-baggage')).toBe('off');
  });

  it('project_id: on spans from 1.15.14, with AMP traces from 1.15.11', () => {
    const projectId = { file: 'pyproject.toml', start: { line: 9, column: 15 }, end: { line: 9, column: 51 } };
    expect(state(channels('1.15.9', {}, { projectId }), 'project-id')).toBe('not-in-release');
    expect(state(channels('1.15.11', {}, { projectId }), 'project-id')).toBe('conditional');
    expect(state(channels('1.15.14', {}, { projectId }), 'project-id')).toBe('on');
    expect(state(channels('1.15.17', { CREWAI_DISABLE_TELEMETRY: 'true' }, { projectId }), 'project-id')).toBe('conditional');
    expect(state(channels('1.15.17', { CREWAI_DISABLE_TELEMETRY: 'true' }, { projectId, tracingSettings: [{ value: true, where: 'crew.py:3:1' }] }), 'project-id')).toBe('on');
  });
});
