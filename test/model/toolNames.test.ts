import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinTool, builtinTools, crewaiToolName } from '../../src/model/toolNames.js';
import vendored from '../../src/telemetry/data/crewai-tools-names.json' with { type: 'json' };
import { SHARED } from '../helpers/cli.js';

describe('crewaiToolName', () => {
  it('looks up a crewai_tools class by name: raw and sanitised tool names', () => {
    expect(crewaiToolName('SerperDevTool')).toMatchObject({ name: 'Search the internet with Serper', sanitized: 'search_the_internet_with_serper' });
    expect(crewaiToolName('CSVSearchTool')).toMatchObject({ name: "Search a CSV's content", sanitized: 'search_a_csvs_content' });
  });

  it('resolves JSON crew references as CrewAI does: as given, with Tool appended, snake_case → PascalCase + Tool', () => {
    expect(crewaiToolName('SerperDev')?.class).toBe('SerperDevTool');
    expect(crewaiToolName('serper_dev')?.class).toBe('SerperDevTool');
    expect(crewaiToolName('file_read')?.class).toBe('FileReadTool');
    expect(crewaiToolName('scrape_website')?.name).toBe('Read website content');
  });

  it('unknown names are undefined (CrewAI would fail to load them)', () => {
    expect(crewaiToolName('MyCustomTool')).toBeUndefined();
    expect(crewaiToolName('serper_dev_tool')).toBeUndefined();
    expect(crewaiToolName('')).toBeUndefined();
  });

  it('builtinTools are the tools CrewAI attaches itself', () => {
    expect(builtinTools.map((t) => t.class).sort()).toEqual(['AddImageTool', 'AskQuestionTool', 'CacheTools', 'DelegateWorkTool', 'LoadSkillTool', 'ReadFileTool', 'RecallMemoryTool', 'RememberTool']);
    expect(builtinTool('DelegateWorkTool')).toMatchObject({ name: 'Delegate work to coworker', sanitized: 'delegate_work_to_coworker' });
    expect(() => builtinTool('SerperDevTool')).toThrow(/unknown built-in tool/);
  });
});

const SPEC = resolve(SHARED, 'spec/crewai-tools-names.json');

describe.skipIf(!existsSync(SPEC))('the vendored names table', () => {
  it('is an unchanged copy of shared/spec/crewai-tools-names.json', () => {
    expect(vendored).toEqual(JSON.parse(readFileSync(SPEC, 'utf8')));
  });
});
