import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeToolName, toolNameAt } from '../../src/telemetry/sanitizeToolName.js';
import { SHARED } from '../helpers/cli.js';

describe('sanitizeToolName (spec f)', () => {
  it.each([
    ['Search the internet with Serper', 'search_the_internet_with_serper'],
    ["Search a CSV's content", 'search_a_csvs_content'],
    ['getURLForID', 'get_url_for_id'],
    ['HTTPServer', 'http_server'],
    ['Call Patronus API tool for evaluation of model inputs and outputs', 'call_patronus_api_tool_for_evaluation_of_model_inputs_a_e3ef0364'],
    ['npx_-y_@modelcontextprotocol/server-filesystem_/Users/alice/Documents_read_file', 'npx_y_modelcontextprotocol_server_filesystem_users_alic_4090c179'],
    ['svc:s3cr3t@mcp_internal_acme_com:8443__mcp_search', 'svc_s3cr3t_mcp_internal_acme_com_8443_mcp_search'],
    ['Café Crème', 'cafe_creme'],
    ['数据工具', ''],
  ])('%s → %s', (name, expected) => {
    expect(sanitizeToolName(name)).toBe(expected);
  });

  it('release history: raw, casefold for tools_names, truncation, hash', () => {
    const long = 'Call Patronus API tool for evaluation of model inputs and outputs';
    expect(toolNameAt('Read Maria File', '0.22.5', 'tools_names')).toBe('Read Maria File');
    expect(toolNameAt('Read Maria File', '0.27.0', 'tools_names')).toBe('read maria file');
    expect(toolNameAt('Read Maria File', '1.8.1', 'tool_name')).toBe('Read Maria File');
    expect(toolNameAt(long, '1.9.0', 'tool_name')).toBe('call_patronus_api_tool_for_evaluation_of_model_inputs_and_output');
    expect(toolNameAt(long, '1.10.1', 'tool_name')).toBe('call_patronus_api_tool_for_evaluation_of_model_inputs_a_e3ef0364');
  });

  const table = join(SHARED, 'spec/crewai-tools-names.json');
  it.skipIf(!existsSync(table))('matches every `sanitized` name in crewai-tools-names.json', () => {
    const entries = JSON.parse(readFileSync(table, 'utf8')) as { name: string; sanitized: string }[];
    expect(entries.length).toBeGreaterThan(100);
    for (const e of entries) expect(sanitizeToolName(e.name), e.name).toBe(e.sanitized);
  });
});
