// Sources that are easy to miss: MCP servers (their identity travels in default tool
// names), fingerprints given as dicts (sent verbatim), flow method names (node_names).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crewtelJson } from '../helpers/cli.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crewtel-src-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}
interface F {
  ruleId: string;
  entity?: string;
  file: string;
  line: number;
  column: number;
  field: string;
  exposure: string;
  severity: string;
  attributes: string[];
}

describe('MCP servers, fingerprints and flow method names', () => {
  const dir = project({
    'uv.lock': '[[package]]\nname = "crewai"\nversion = "1.15.17"\n',
    'src/demo/config/agents.yaml': [
      'agent_a:',
      '  role: Analyst',
      '  goal: g',
      '  backstory: b',
      '  mcps:',
      '    - https://svc:s3cr3tPass@mcp.internal.example.com:8443/mcp',
      '  security_config:',
      '    fingerprint:',
      '      uuid_str: customer-maria-garcia',
      '      created_at: "2024-01-01T00:00:00"',
      '',
    ].join('\n'),
    'src/demo/config/tasks.yaml': 't:\n  description: d\n  expected_output: e\n  agent: agent_a\n',
    'flows/flow.yaml': 'schema: crewai.flow/v1\nname: onboarding\nmethods:\n  email_john_smith:\n    start: true\n    do: { call: expression, expr: state.x }\n',
  });
  const { json } = crewtelJson<{ findings: F[] }>(['audit', '.', '--fail-on', 'never'], { cwd: dir });
  const agents = 'src/demo/config/agents.yaml';

  it('credentials in an MCP server URL are found where the server is configured, sent by default as tool names', () => {
    const f = json.findings.find((x) => x.ruleId === 'secret/url-credentials')!;
    expect(f).toMatchObject({ file: agents, line: 6, column: 7, exposure: 'default', severity: 'high', field: 'agents.agent_a.mcps[0]' });
    expect(f.attributes).toContain('Tool Usage/tool_name');
    expect(json.findings.find((x) => x.ruleId === 'config/mcp-server-identity')).toMatchObject({ file: agents, line: 6 });
  });

  it('a fingerprint dict is sent verbatim: a name in it is a default-exposure finding', () => {
    expect(json.findings.find((x) => x.ruleId === 'config/fingerprint-verbatim')).toMatchObject({ file: agents, line: 9 });
    const person = json.findings.find((x) => x.entity === 'PERSON' && x.file === agents)!;
    expect(person).toMatchObject({ line: 9, column: 26, exposure: 'default', field: 'agents.agent_a.security_config.fingerprint.uuid_str' });
  });

  it('flow method names are scanned as identifiers (node_names)', () => {
    const f = json.findings.find((x) => x.entity === 'PERSON' && x.file === 'flows/flow.yaml')!;
    expect(f).toMatchObject({ line: 4, column: 9, exposure: 'default', field: 'flows.onboarding.methods.email_j***' });
    expect(f.attributes).toContain('Flow Execution/node_names[]');
  });
});

describe('@tool functions without a name', () => {
  it('are named after the function, and that name is scanned as CrewAI sends it', () => {
    const dir = project({ 'tools.py': 'from crewai.tools import tool\n\n@tool\ndef read_maria_garcia_calendar(day: str) -> str:\n    """Reads a calendar."""\n    return ""\n' });
    const { json } = crewtelJson<{ findings: F[] }>(['audit', '.', '--fail-on', 'never', '--allow-empty'], { cwd: dir });
    expect(json.findings.find((f) => f.entity === 'PERSON')).toMatchObject({ file: 'tools.py', line: 4, column: 10, field: 'tools.read_m***_calendar.name', exposure: 'default' });
  });
});
