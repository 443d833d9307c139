import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/core/source.js';
import { loadYaml } from '../../src/load/yaml.js';
import { getString, get } from '../../src/load/tree.js';

function locate(yaml: string, path: string[], needle: string) {
  const { root, diagnostics } = loadYaml(new SourceText('a.yaml', yaml));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  let node = root;
  for (const k of path.slice(0, -1)) node = get(node, k);
  const s = getString(node, path[path.length - 1])!;
  const i = s.value.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  const span = s.locate(i, i + needle.length);
  // the located source text must be the needle (for plain styles) and on the reported line/col
  const lines = yaml.replace(/^\uFEFF/, '').split('\n');
  return { span, text: lines[span.start.line - 1].slice(span.start.column - 1, span.end.line === span.start.line ? span.end.column - 1 : undefined) };
}

describe('YAML locations', () => {
  it('plain scalar', () => {
    const r = locate('a:\n  role: Helper of jane@example.com\n', ['a', 'role'], 'jane@example.com');
    expect(r.span.start).toEqual({ line: 2, column: 19 });
    expect(r.text).toBe('jane@example.com');
  });
  it('folded block scalar, second line', () => {
    const y = 'a:\n  backstory: >\n    You work for the team.\n    Contact jane@example.com today.\n';
    const r = locate(y, ['a', 'backstory'], 'jane@example.com');
    expect(r.span.start).toEqual({ line: 4, column: 13 });
    expect(r.text).toBe('jane@example.com');
  });
  it('literal block with CRLF and BOM', () => {
    const y = '\uFEFFa:\r\n  goal: |\r\n    first line\r\n    mail jane@example.com\r\n';
    const r = locate(y, ['a', 'goal'], 'jane@example.com');
    expect(r.span.start).toEqual({ line: 4, column: 10 });
  });
  it('double-quoted with escapes and folding', () => {
    const y = 'a:\n  role: "Tab\\there \\u00e9 and\n    jane@example.com"\n';
    const r = locate(y, ['a', 'role'], 'jane@example.com');
    expect(r.span.start).toEqual({ line: 3, column: 5 });
    expect(r.text).toBe('jane@example.com');
  });
  it('single-quoted with doubled quote', () => {
    const y = "a:\n  role: 'It''s jane@example.com'\n";
    const r = locate(y, ['a', 'role'], 'jane@example.com');
    expect(r.span.start).toEqual({ line: 2, column: 16 });
    expect(r.span.end).toEqual({ line: 2, column: 32 });
  });
  it('match spanning a folded line break ends on the next line', () => {
    const y = 'a:\n  d: >\n    call Maria\n    Garcia now\n';
    const r = locate(y, ['a', 'd'], 'Maria Garcia');
    expect(r.span.start).toEqual({ line: 3, column: 10 });
    expect(r.span.end).toEqual({ line: 4, column: 11 });
  });
});

describe('YAML locations in multi-line flow scalars', () => {
  it('plain scalar continued on the next line', () => {
    const y = 'a:\n  backstory: You report to Maria\n    Garcia and write to ops@example.com\n    every day.\n';
    const r = locate(y, ['a', 'backstory'], 'ops@example.com');
    expect(r.span.start).toEqual({ line: 3, column: 25 });
    expect(r.text).toBe('ops@example.com');
  });
  it('double-quoted scalar with an escaped line break and a blank line', () => {
    const y = 'a:\n  goal: "First line\\nsecond\n\n    third has jane@example.com"\n';
    const r = locate(y, ['a', 'goal'], 'jane@example.com');
    expect(r.span.start).toEqual({ line: 4, column: 15 });
  });
  it('keep-chomping literal with indentation indicator', () => {
    const y = 'a:\n  d: |2+\n      indented jane@example.com\n\n';
    const r = locate(y, ['a', 'd'], 'jane@example.com');
    expect(r.span.start).toEqual({ line: 3, column: 16 });
  });
});
