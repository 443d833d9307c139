// The parse pool's codec: a loader result sent across a structured clone comes back equal,
// its spans and strings pointing into the receiver's own text.
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/core/source.js';
import { decode, encode } from '../../src/load/parallel/codec.js';
import type { ConfigNode } from '../../src/load/tree.js';
import { loadYaml } from '../../src/load/yaml.js';

/** A tree as plain data: every span, key and string with its offsets. */
function shape(n: ConfigNode | undefined): unknown {
  if (!n) return n;
  const str = (s: { value: string; start: number; end: number; style: string; file: string } | undefined) => s && { value: s.value, start: s.start, end: s.end, style: s.style, file: s.file };
  switch (n.kind) {
    case 'map':
      return { span: n.span, entries: n.entries.map((e) => ({ key: e.key, keySpan: e.keySpan, keyString: str(e.keyString), value: shape(e.value) })) };
    case 'seq':
      return { span: n.span, items: n.items.map(shape) };
    case 'str':
      return { span: n.span, value: str(n.value) };
    case 'scalar':
      return { span: n.span, value: n.value };
  }
}

const YAML = 'researcher:\n  role: >\n    Senior analyst\n    for {topic}\n  goal: "Write to ana@example.com"\n  tools: [search, "scrape"]\n"odd key@x": 1\n';

describe('parse pool codec', () => {
  it('a YAML tree comes back equal, with its spans and strings in the receiver\'s text', () => {
    const sent = new SourceText('crew/config/agents.yaml', YAML);
    const loaded = loadYaml(sent);
    const received = new SourceText('crew/config/agents.yaml', YAML);
    const back = decode<typeof loaded>(structuredClone(encode(loaded)), received);
    expect(shape(back.root)).toEqual(shape(loaded.root));
    expect(back.diagnostics).toEqual(loaded.diagnostics);
    const role = back.root?.kind === 'map' && back.root.entries[0].value.kind === 'map' ? back.root.entries[0].value.entries[0] : undefined;
    expect(role?.keySpan).toEqual({ file: 'crew/config/agents.yaml', start: { line: 2, column: 3 }, end: { line: 2, column: 7 } });
    expect(role?.value.kind === 'str' && role.value.value.source).toBe(received);
    // "for {topic}" on the folded block's second line
    expect(role?.value.kind === 'str' && role.value.value.locate(15, 18)).toEqual({ file: 'crew/config/agents.yaml', start: { line: 4, column: 5 }, end: { line: 4, column: 8 } });
  });

  it('sends a span as numbers, its file once', () => {
    const loaded = loadYaml(new SourceText('crew/config/agents.yaml', YAML));
    const encoded = encode(loaded);
    expect(encoded.files).toEqual(['crew/config/agents.yaml']);
    expect(JSON.stringify(encoded.value)).not.toContain('crew/config/agents.yaml');
  });
});
