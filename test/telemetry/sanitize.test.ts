// Tool names as CrewAI sends them (spec f): sanitize_tool_name and its release history.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyNameTransform, casefold, sanitizeToolName, sanitizeToolNameTruncating } from '../../src/telemetry/sanitizeToolName.js';
import { SHARED } from '../helpers/cli.js';

const PATRONUS = 'Call Patronus API tool for evaluation of model inputs and outputs';

describe('sanitizeToolName (1.10.1+)', () => {
  it.each([
    ['Search the internet with Serper', 'search_the_internet_with_serper'],
    ["Search a CSV's content", 'search_a_csvs_content'],
    ['getURLForID', 'get_url_for_id'],
    ['HTTPServer', 'http_server'],
    [PATRONUS, 'call_patronus_api_tool_for_evaluation_of_model_inputs_a_e3ef0364'],
    ['Café Crème "quoted"', 'cafe_creme_quoted'],
    ['__Lead__  and -- trail__', 'lead_and_trail'],
    ['数据工具 🚀', ''],
  ])('%s → %s', (name, expected) => {
    expect(sanitizeToolName(name)).toBe(expected);
  });

  it('MCP tool names from the spec: the server part survives up to ~55 characters', () => {
    // stdio: command + args joined with "_", then "_" + tool name
    const stdio = ['npx', '-y', '@modelcontextprotocol/server-filesystem', '/Users/alice/Documents'].join('_') + '_read_file';
    expect(sanitizeToolName(stdio)).toBe('npx_y_modelcontextprotocol_server_filesystem_users_alic_4090c179');
    // HTTP: netloc with . → _, then _ + path with / → _, then _ + tool name
    const http = 'svc:s3cr3t@mcp.internal.acme.com:8443'.replace(/\./g, '_') + '_' + '/mcp'.replace(/\//g, '_') + '_search';
    expect(sanitizeToolName(http)).toBe('svc_s3cr3t_mcp_internal_acme_com_8443_mcp_search');
  });

  it('results are at most 64 characters of [a-z0-9_]', () => {
    for (const n of [PATRONUS.repeat(3), 'A'.repeat(200), 'x_'.repeat(80)]) expect(sanitizeToolName(n)).toMatch(/^[a-z0-9_]{0,64}$/);
  });

  const table = join(SHARED, 'spec/crewai-tools-names.json');
  it.skipIf(!existsSync(table))('matches the `sanitized` field of every entry of crewai-tools-names.json', () => {
    const entries = JSON.parse(readFileSync(table, 'utf8')) as { class: string; name: string; sanitized: string }[];
    expect(entries.length).toBe(124);
    const wrong = entries.filter((e) => sanitizeToolName(e.name) !== e.sanitized).map((e) => `${e.class}: ${sanitizeToolName(e.name)} ≠ ${e.sanitized}`);
    expect(wrong).toEqual([]);
  });
});

describe('release history (spec f)', () => {
  it('1.9.0 – 1.10.0 cut plainly at 64 (trailing _ stripped), no hash', () => {
    expect(sanitizeToolNameTruncating(PATRONUS)).toBe('call_patronus_api_tool_for_evaluation_of_model_inputs_and_output');
    expect(applyNameTransform(PATRONUS, 'sanitize', '1.9.0')).toBe('call_patronus_api_tool_for_evaluation_of_model_inputs_and_output');
    expect(applyNameTransform(PATRONUS, 'sanitize', '1.10.0')).toBe('call_patronus_api_tool_for_evaluation_of_model_inputs_and_output');
    expect(applyNameTransform(PATRONUS, 'sanitize', '1.10.1')).toBe('call_patronus_api_tool_for_evaluation_of_model_inputs_a_e3ef0364');
    expect(sanitizeToolNameTruncating(`${'a'.repeat(63)}_b`)).toBe('a'.repeat(63));
  });

  it('casefold is Python str.casefold, not just lower()', () => {
    expect(casefold('Straße Lookup')).toBe('strasse lookup');
    expect(casefold('ΣΊΣΥΦΟΣ tool')).toBe('σίσυφοσ tool');
    expect(casefold('ﬁle µ-Tool')).toBe('file μ-tool');
    expect(applyNameTransform('Archive Lookup (Internal)', 'casefold', '0.114.0')).toBe('archive lookup (internal)');
    expect(applyNameTransform('Archive Lookup (Internal)', 'raw', '0.22.5')).toBe('Archive Lookup (Internal)');
  });
});
