// The JavaScript copy of a tree-sitter tree (syntaxTree.ts) must say what web-tree-sitter's
// own nodes say, node for node: every reader walks the copy, so a wrong field, offset or
// named flag would change which agents, tools and strings crewtel finds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Node as WasmNode } from 'web-tree-sitter';
import { describe, expect, it } from 'vitest';
import { copyPythonTree as copyTree, parsePythonTree } from '../../../src/load/python/parse.js';
import { cursorCalls, type SyntaxNode } from '../../../src/load/python/syntaxTree.js';

interface Flat {
  type: string;
  named: boolean;
  start: number;
  end: number;
  field: string | null;
  children: number;
  text: string;
}

/** Every node in document order, read through web-tree-sitter's Node API. */
function fromWasm(root: WasmNode): Flat[] {
  const out: Flat[] = [];
  const stack: { node: WasmNode; field: string | null }[] = [{ node: root, field: null }];
  while (stack.length) {
    const { node, field } = stack.pop()!;
    const kids = node.children.filter((c): c is WasmNode => c !== null);
    out.push({ type: node.type, named: node.isNamed, start: node.startIndex, end: node.endIndex, field, children: kids.length, text: node.text });
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], field: node.fieldNameForChild(i) });
  }
  return out;
}

function fromCopy(root: SyntaxNode, text: string): Flat[] {
  const out: Flat[] = [];
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    out.push({ type: node.type, named: node.isNamed, start: node.startIndex, end: node.endIndex, field: node.fieldName, children: node.children.length, text: text.slice(node.startIndex, node.endIndex) });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

function compare(text: string): void {
  const tree = parsePythonTree(text);
  try {
    const copy = copyTree(tree);
    expect(fromCopy(copy, text)).toEqual(fromWasm(tree.rootNode));
    // parents and the field lookups the readers use
    const stack = [copy];
    while (stack.length) {
      const n = stack.pop()!;
      for (const c of n.children) {
        expect(c.parent).toBe(n);
        stack.push(c);
      }
      for (const c of n.children) if (c.fieldName) expect(n.childForFieldName(c.fieldName)).toBe(n.children.find((d) => d.fieldName === c.fieldName));
      expect(n.namedChildren).toEqual(n.children.filter((c) => c.isNamed));
    }
  } finally {
    tree.delete();
  }
}

const SOURCES: Record<string, string> = {
  crew: `from crewai import Agent, Crew, Task
from crewai.project import CrewBase, agent, crew

@CrewBase
class Research:
    agents_config = "config/agents.yaml"

    @agent
    def researcher(self) -> Agent:
        return Agent(config=self.agents_config["researcher"], tools=[SerperDevTool()], verbose=True)

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks, share_crew=os.getenv("SHARE") == "1")
`,
  strings: 'role = f"Analyst for {name!r:>10} and {{braces}}"\nb = rb"\\x00" + u"é"\nc = """multi\nline""" "implicit" \'concat\'\n',
  // offsets are UTF-16 code units of the text: astral characters take two
  unicode: 'who = "😀 Zoë 🇩🇪 王伟"\nAgent(role="Ana 😀 Ruiz", goal=who)\n',
  broken: 'def f(:\n    Agent(role="x"\nclass C(\n  y = [1, 2\n',
  missing: 'x = (1 + \n',
  expressions: 'a = [x async for x in y if x] ; b = {k: v for k, v in d.items()}\nmatch p:\n    case {"k": [1, *rest]} if rest: pass\nlambda *a, **k: (yield)\n',
  empty: '',
  comments: '# only a comment\n\n  \n',
};

describe('copyTree', () => {
  it('refuses a web-tree-sitter without the cursor functions it calls, by name', () => {
    expect(() => cursorCalls({ HEAP32: new Int32Array(4), _ts_init: () => 0 })).toThrow(/no _ts_tree_cursor_goto_first_child_wasm, .*_ts_tree_cursor_end_index_wasm/);
    expect(() => cursorCalls({})).toThrow(/HEAP32/);
  });

  for (const [name, text] of Object.entries(SOURCES)) it(`matches web-tree-sitter node for node: ${name}`, () => compare(text));

  it('copies deep nesting without recursion', () => {
    const deep = `x = ${'['.repeat(3000)}${']'.repeat(3000)}\n`;
    const tree = parsePythonTree(deep);
    try {
      let deepest = 0;
      const stack: [SyntaxNode, number][] = [[copyTree(tree), 1]];
      while (stack.length) {
        const [n, depth] = stack.pop()!;
        deepest = Math.max(deepest, depth);
        for (const c of n.children) stack.push([c, depth + 1]);
      }
      expect(deepest).toBeGreaterThan(3000);
    } finally {
      tree.delete();
    }
  });

  // real Python written by other people, where the corpus is beside the project
  const corpus = join(__dirname, '../../../../shared/corpus/real2');
  const files: string[] = [];
  try {
    const stack = [corpus];
    while (stack.length && files.length < 60) {
      const dir = stack.pop()!;
      for (const e of readdirSync(dir).sort()) {
        const p = join(dir, e);
        const st = statSync(p);
        if (st.isDirectory()) stack.push(p);
        else if (e.endsWith('.py') && st.size < 200_000) files.push(p);
      }
    }
  } catch {
    // no corpus here
  }
  it.skipIf(files.length === 0)('matches web-tree-sitter on real projects', () => {
    for (const f of files) compare(readFileSync(f, 'utf8'));
  });
});
