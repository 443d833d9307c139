// The catalog evaluated at a release gives that release's spans and attributes
// (spec c, d, g). Release ranges: since inclusive, until exclusive.
import { describe, expect, it } from 'vitest';
import { catalogAt, catalogBoundaries, findSpan, spanCatalog } from '../../src/telemetry/catalog/index.js';
import { FEATURES } from '../../src/telemetry/catalog/feature.js';
import { compareReleases, inRange, KNOWN_RELEASES, NEWEST_RELEASE, RELEASE_BOUNDARIES } from '../../src/telemetry/versionRange.js';

const spanNames = (v: string) => catalogAt(v).map((s) => s.name);
const keysOf = (v: string, span: string) => findSpan(v, span)!.attributes.map((a) => a.key);
const attr = (v: string, span: string, key: string) => findSpan(v, span)?.attributes.find((a) => a.key === key);

describe('versionRange', () => {
  it('compares release tuples numerically; pre-releases before, post-releases after', () => {
    expect(compareReleases('1.10.1', '1.9.3')).toBe(1);
    expect(compareReleases('0.114.0', '0.86.0')).toBe(1);
    expect(compareReleases('1.0', '1.0.0')).toBe(0);
    expect(compareReleases('v0.5.5', '0.5.5')).toBe(0);
    expect(compareReleases('1.0.0a1', '1.0.0')).toBe(-1);
    expect(compareReleases('1.0.0rc2', '0.203.2')).toBe(1);
    expect(compareReleases('0.186.0.post1', '0.186.0')).toBe(1);
  });

  it('since is inclusive, until exclusive', () => {
    const r = { since: '0.35.0', until: '0.55.2' };
    expect(['0.30.11', '0.35.0', '0.51.0', '0.55.1', '0.55.2'].map((v) => inRange(v, r))).toEqual([false, true, true, true, false]);
    expect(inRange('1.0.0a1', { since: '1.0.0' })).toBe(false);
    expect(inRange('anything', undefined)).toBe(true);
  });

  it('KNOWN_RELEASES is sorted and ends with NEWEST_RELEASE; every boundary is a real release', () => {
    for (let i = 1; i < KNOWN_RELEASES.length; i++) expect(compareReleases(KNOWN_RELEASES[i - 1], KNOWN_RELEASES[i]), KNOWN_RELEASES[i]).toBe(-1);
    expect(KNOWN_RELEASES.at(-1)).toBe(NEWEST_RELEASE);
    for (const b of RELEASE_BOUNDARIES) expect(KNOWN_RELEASES, b).toContain(b);
    for (const b of catalogBoundaries()) expect(RELEASE_BOUNDARIES, b).toContain(b);
  });
});

describe('spans by release', () => {
  it('1.15.17: the 23 spans with callers (TEL\'s 24 names minus the uncalled Flow Plotting)', () => {
    expect(spanNames('1.15.17').sort()).toEqual(
      [
        'Crew Created', 'Crew Execution', 'Task Created', 'Task Execution', 'Tool Usage', 'Tool Repeated Usage', 'Tool Usage Error',
        'Flow Creation', 'Flow Execution', 'Flow Completed', 'Flow Paused', 'Flow Method Failed', 'Feature Usage',
        'Environment Context', 'Human Feedback', 'Crew Test Execution', 'Crew Individual Test Result', 'Start Deployment',
        'Create Crew Deployment', 'Get Crew Logs', 'Remove Crew', 'Deploy Signup Error', 'Template Installed',
      ].sort(),
    );
    expect(spanCatalog.map((s) => s.name)).toContain('Flow Plotting');
  });

  it.each([
    ['0.1.14', []],
    ['0.5.5', ['Crew Created']],
    ['0.10.0', ['Crew Created', 'Crew Execution', 'Tool Usage', 'Tool Usage Error']],
    ['0.11.0', ['Crew Created', 'Crew Execution', 'Tool Usage', 'Tool Repeated Usage', 'Tool Usage Error']],
    ['0.35.0', ['Crew Created', 'Crew Execution', 'Task Execution', 'Tool Usage', 'Tool Repeated Usage', 'Tool Usage Error']],
    ['0.41.0', ['Crew Created', 'Crew Execution', 'Task Created', 'Task Execution', 'Tool Usage', 'Tool Repeated Usage', 'Tool Usage Error']],
  ])('%s', (v, expected) => {
    expect(spanNames(v)).toEqual(expected);
  });

  it('first releases of the later spans', () => {
    const first = (name: string) => KNOWN_RELEASES.find((v) => spanNames(v).includes(name));
    expect(first('Crew Test Execution')).toBe('0.51.0');
    expect(first('Start Deployment')).toBe('0.55.2');
    expect(first('Flow Execution')).toBe('0.70.1');
    expect(first('Human Feedback')).toBe('1.8.0');
    expect(first('Environment Context')).toBe('1.11.1');
    expect(first('Feature Usage')).toBe('1.13.0');
    expect(first('Template Installed')).toBe('1.14.2');
    expect(first('Flow Completed')).toBe('1.15.15');
    expect(spanNames('0.102.0')).toContain('Flow Plotting');
    expect(spanNames('0.105.0')).not.toContain('Flow Plotting');
  });

  it('spans started but never exported (inferred): Task Execution 0.74.0 – 0.177.x, share Crew Execution 0.74.0 – 0.126.x', () => {
    expect(findSpan('0.70.1', 'Task Execution')!.notExportedAt).toBeUndefined();
    expect(findSpan('0.74.0', 'Task Execution')!.notExportedAt).toBeDefined();
    expect(findSpan('0.177.0', 'Task Execution')!.notExportedAt).toBeDefined();
    expect(findSpan('0.186.0', 'Task Execution')!.notExportedAt).toBeUndefined();
    expect(findSpan('0.126.0', 'Crew Execution')!.notExportedAt).toBeDefined();
    expect(findSpan('0.130.0', 'Crew Execution')!.notExportedAt).toBeUndefined();
    expect(findSpan('0.186.0', 'Task Created')!.repeatAt?.times).toBe(2);
    expect(findSpan('1.1.0', 'Task Created')!.repeatAt).toBeUndefined();
  });
});

describe('attributes by release (spec g)', () => {
  it('Crew Created: hostname until 0.10.0, crewid → crew_id at 0.10.0, crew_memory from 0.28.5, crew_language until 0.30.x, keys from 0.41.0', () => {
    expect(keysOf('0.10.0', 'Crew Created')).toEqual(expect.arrayContaining(['hostname', 'crew_id']));
    expect(keysOf('0.10.0', 'Crew Created')).not.toContain('crewid');
    expect(keysOf('0.11.0', 'Crew Created')).not.toContain('hostname');
    expect(keysOf('0.28.5', 'Crew Created')).toContain('crew_memory');
    expect(keysOf('0.32.2', 'Crew Created')).toContain('crew_language');
    expect(keysOf('0.35.0', 'Crew Created')).not.toContain('crew_language');
    expect(keysOf('0.36.0', 'Crew Created')).not.toContain('crew_key');
    expect(keysOf('0.41.0', 'Crew Created')).toContain('crew_key');
  });

  it('goal/backstory/description/platform: default in 0.35.0 – 0.51.x, share_crew from 0.55.2', () => {
    const inner = (v: string, list: string, key: string) => attr(v, 'Crew Created', list)!.inner!.filter((k) => k.key === key).map((k) => k.gate);
    expect(inner('0.30.11', 'crew_agents', 'goal')).toEqual([]);
    expect(inner('0.35.0', 'crew_agents', 'goal')).toEqual(['default']);
    expect(inner('0.51.0', 'crew_tasks', 'description')).toEqual(['default']);
    expect(inner('0.55.2', 'crew_agents', 'backstory')).toEqual(['share_crew']);
    expect(inner('1.15.17', 'crew_tasks', 'context')).toEqual(['share_crew']);
    expect(attr('0.51.0', 'Crew Created', 'platform')!.gate).toBe('default');
    expect(attr('0.55.2', 'Crew Created', 'cpus')!.gate).toBe('share_crew');
  });

  it('fingerprints from 0.114.0; agent_role on task spans from 0.186.0', () => {
    expect(keysOf('0.108.0', 'Task Created')).toEqual(['crew_key', 'crew_id', 'task_key', 'task_id', 'formatted_description', 'formatted_expected_output']);
    expect(keysOf('0.114.0', 'Task Created')).toContain('task_fingerprint');
    expect(keysOf('0.177.0', 'Task Execution')).not.toContain('agent_role');
    expect(attr('0.186.0', 'Task Execution', 'agent_role')).toMatchObject({ gate: 'conditional', interpolated: 'after' });
  });

  it('crewai_version: Crew Execution/tool spans from 0.28.5, Flow Execution 1.15.0, Flow Creation 1.15.2, every span from 1.15.16', () => {
    expect(keysOf('0.28.2', 'Tool Usage')).not.toContain('crewai_version');
    expect(keysOf('0.28.5', 'Tool Usage')).toContain('crewai_version');
    expect(keysOf('1.14.7', 'Flow Execution')).not.toContain('crewai_version');
    expect(keysOf('1.15.0', 'Flow Execution')).toContain('crewai_version');
    expect(keysOf('1.15.0', 'Flow Creation')).not.toContain('crewai_version');
    expect(keysOf('1.15.2', 'Flow Creation')).toContain('crewai_version');
    const lacking = (v: string) => catalogAt(v).filter((s) => !s.attributes.some((a) => a.key === 'crewai_version')).map((s) => s.name);
    expect(lacking('1.15.15')).toEqual(['Task Created', 'Task Execution', 'Human Feedback', 'Start Deployment', 'Create Crew Deployment', 'Get Crew Logs', 'Remove Crew', 'Deploy Signup Error']);
    expect(lacking('1.15.16')).toEqual([]);
  });

  it('common attributes: coding_agent from 1.15.11, runtime_context and project_id from 1.15.14, on CLI spans from 1.15.15', () => {
    const common = (v: string, span: string) => keysOf(v, span).filter((k) => ['coding_agent', 'runtime_context', 'project_id'].includes(k));
    expect(common('1.15.10', 'Crew Created')).toEqual([]);
    expect(common('1.15.11', 'Crew Created')).toEqual(['coding_agent']);
    expect(common('1.15.14', 'Crew Created')).toEqual(['coding_agent', 'runtime_context', 'project_id']);
    expect(common('1.15.14', 'Start Deployment')).toEqual([]);
    expect(common('1.15.15', 'Start Deployment')).toEqual(['coding_agent', 'runtime_context', 'project_id']);
    expect(keysOf('1.15.17', 'Feature Usage')).toEqual(['coding_agent', 'runtime_context', 'project_id', 'crewai_version', 'feature']);
  });

  it('flow spans: origin/resumed 1.15.15, conversational/error_type 1.15.16', () => {
    expect(keysOf('0.70.1', 'Flow Execution')).toEqual(['flow_name', 'node_names']);
    expect(keysOf('1.15.15', 'Flow Execution').slice(-4)).toEqual(['flow_name', 'node_names', 'origin', 'resumed']);
    expect(keysOf('1.15.16', 'Flow Completed').slice(-7)).toEqual(['crewai_version', 'flow_name', 'duration_ms', 'outcome', 'origin', 'conversational', 'error_type']);
  });

  it('tool names: transforms per release; Tool Usage Error carries tool_name from 1.15.17 only', () => {
    const toolsNames = (v: string) => attr(v, 'Crew Created', 'crew_agents')!.inner!.find((k) => k.key === 'tools_names')!.transform;
    expect(toolsNames('1.15.17')!.map((t) => t.transform)).toEqual(['raw', 'casefold', 'sanitize']);
    expect(attr('1.15.16', 'Tool Usage Error', 'tool_name')!.condition!.holds).toBe('never');
    expect(attr('1.15.17', 'Tool Usage Error', 'tool_name')!.condition!.holds).toBe('run-time');
    expect(attr('0.108.0', 'Tool Usage Error', 'tool_name')).toBeUndefined();
  });

  it('crew_inputs: share only, from 0.41.0 (v0.35.0 Crew Execution called it inputs)', () => {
    expect(keysOf('0.36.0', 'Crew Execution')).toContain('inputs');
    expect(keysOf('0.41.0', 'Crew Execution')).toContain('crew_inputs');
    expect(attr('0.41.0', 'Crew Created', 'crew_inputs')).toMatchObject({ gate: 'share_crew', condition: { holds: 'run-time' } });
    expect(attr('1.7.0', 'Crew Created', 'crew_inputs')!.condition).toBeUndefined();
  });

  it('Feature Usage values exist from their own releases', () => {
    const at = (v: string) => FEATURES.filter((f) => inRange(v, f.releases)).map((f) => f.feature);
    expect(at('1.13.0')).toContain('memory:save');
    expect(at('1.13.0')).not.toContain('coding_agent:<name>');
    expect(at('1.15.11')).toContain('coding_agent:<name>');
    expect(at('1.15.16')).toContain('deploy:pushed');
  });
});
