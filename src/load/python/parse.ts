// Parsing a module with tree-sitter-python (the grammar GitHub, Neovim and Semgrep use),
// through web-tree-sitter's WebAssembly runtime: no native code, no install script. The
// two .wasm files are copied beside the bundle by scripts/build.mjs (dist/), so the
// shipped CLI needs no node_modules; from the sources (tests) they are found in
// node_modules. The runtime is initialised once, on first use: commands and projects
// without Python never pay for it.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Language, type Node as WasmNode, Parser, type Tree } from 'web-tree-sitter';
import { copyTree, type CursorCalls, cursorCalls, type SyntaxNode } from './syntaxTree.js';

/** What the readers walk: the JavaScript copy of a module's tree (syntaxTree.ts). */
export type Node = SyntaxNode;

const RUNTIME = 'web-tree-sitter.wasm';
const GRAMMAR = 'tree-sitter-python.wasm';
const PACKAGE_OF: Record<string, string> = { [RUNTIME]: 'web-tree-sitter', [GRAMMAR]: 'tree-sitter-python' };

/** The folder of this module: dist/ in the bundle, src/load/python from the sources. */
function here(): string {
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

/** A .wasm file beside the bundle, else in the nearest node_modules (development). */
function wasmFile(name: string): string {
  const start = here();
  if (existsSync(join(start, name))) return join(start, name);
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', PACKAGE_OF[name], name);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`${name} not found (expected beside the bundle or in node_modules)`);
  }
}

const NOT_INITIALISED = 'the Python parser is not initialised (call initPythonParser first)';
let parser: Parser | undefined;
let calls: CursorCalls | undefined;
let loading: Promise<void> | undefined;

/** V8 flags that `--liftoff-only` changes: all are put back once the grammar is compiled. */
const TIERING_DEFAULTS = ['--no-liftoff-only', '--wasm-tier-up', '--wasm-dynamic-tiering'];
let baselineSet = false;

/** Whoever started Node chose its WebAssembly flags: crewtel leaves them alone. */
function wasmFlagsGiven(): boolean {
  return /wasm|liftoff/.test(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`);
}

/**
 * Loads the WebAssembly runtime and the grammar (once; later calls are free).
 * `baseline`: V8 compiles the grammar twice by default (baseline, then optimised in the
 * background), ~80 ms of a one-crew audit; baseline code alone parses ~1.5x slower, which
 * pays off for a few dozen files. Call restoreWasmTiering() once the files are parsed.
 */
export function initPythonParser(options: { baseline?: boolean } = {}): Promise<void> {
  loading ??= (async () => {
    if (options.baseline && !wasmFlagsGiven()) {
      setFlagsFromString('--liftoff-only');
      baselineSet = true;
    }
    // Parser.init fills this object in as Emscripten's module: copyTree calls its C functions directly
    const module: Record<string, unknown> = { locateFile: () => wasmFile(RUNTIME) };
    await Parser.init(module);
    calls = cursorCalls(module);
    const language = await Language.load(readFileSync(wasmFile(GRAMMAR)));
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
  })();
  return loading;
}

/**
 * Puts V8's WebAssembly tiering flags back after a baseline-only parse. V8 keys code caches
 * by a hash of its flags: left changed, bin/crewtel's cache would be rejected (and written
 * again) on every run.
 */
export function restoreWasmTiering(): void {
  if (!baselineSet) return;
  baselineSet = false;
  for (const flag of TIERING_DEFAULTS) setFlagsFromString(flag);
}

export interface ParsedModule {
  /** the module node of the tree's copy (the tree-sitter tree itself is already freed) */
  root: Node;
  /** where the first syntax error is (an ERROR node, or a token the parser had to invent) */
  firstError?: { index: number; message: string };
}

/**
 * CPython refuses more than 200 nested brackets and 100 indentation levels; deeper input
 * is a syntax error to CPython too, and crewtel reads no further into it.
 */
export const MAX_NESTING = 200;

/** tree-sitter's own tree of `text` (WebAssembly memory: the caller deletes it). */
export function parsePythonTree(text: string): Tree {
  if (!parser) throw new Error(NOT_INITIALISED);
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

/** The JavaScript copy of a tree from parsePythonTree (syntaxTree.ts); the tree itself is left to the caller. */
export function copyPythonTree(tree: Tree): Node {
  if (!calls) throw new Error(NOT_INITIALISED);
  return copyTree(tree, calls);
}

export function parseModule(text: string): ParsedModule {
  const tree = parsePythonTree(text);
  try {
    return { root: copyPythonTree(tree), firstError: firstError(tree) ?? nestingError(text, tree) };
  } finally {
    tree.delete();
  }
}

/** The first error in document order, visiting only subtrees that contain one (iterative: a TreeCursor). */
function firstError(tree: Tree): ParsedModule['firstError'] {
  if (!tree.rootNode.hasError) return undefined;
  let found: ParsedModule['firstError'];
  walk(tree, (node) => {
    if (node.isError) found = { index: node.startIndex, message: 'Python syntax error; the rest of the file is read as far as possible' };
    else if (node.isMissing) found = { index: node.startIndex, message: `Python syntax error: "${node.type}" expected; the rest of the file is read as far as possible` };
    if (found) return 'stop';
    return node.hasError ? 'enter' : 'skip';
  });
  return found;
}

/** More brackets nested than CPython accepts (checked only when the raw text could have that many). */
function nestingError(text: string, tree: Tree): ParsedModule['firstError'] {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 41 || c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  if (max <= MAX_NESTING) return undefined;
  let found: ParsedModule['firstError'];
  let brackets = 0;
  walk(
    tree,
    (node) => {
      if (!NESTING.has(node.type)) return 'enter';
      if (++brackets > MAX_NESTING) {
        found = { index: node.startIndex, message: `Python syntax error: more than ${MAX_NESTING} nested brackets (CPython refuses them too)` };
        return 'stop';
      }
      return 'enter';
    },
    (node) => {
      if (NESTING.has(node.type)) brackets--;
    },
  );
  return found;
}

/** Depth-first walk of tree-sitter's tree with a TreeCursor: no recursion, whatever the nesting. */
function walk(tree: Tree, enter: (node: WasmNode) => 'enter' | 'skip' | 'stop', leave?: (node: WasmNode) => void): void {
  const cursor = tree.walk();
  let depth = 0;
  try {
    for (;;) {
      const node = cursor.currentNode;
      const what = enter(node);
      if (what === 'stop') return;
      if (what === 'enter' && cursor.gotoFirstChild()) {
        depth++;
        continue;
      }
      if (what === 'enter') leave?.(node);
      for (;;) {
        if (depth === 0) return;
        if (cursor.gotoNextSibling()) break;
        cursor.gotoParent();
        depth--;
        leave?.(cursor.currentNode);
      }
    }
  } finally {
    cursor.delete();
  }
}

const NOTHING_OPAQUE: ReadonlySet<string> = new Set();

/**
 * The nodes of `types` under `node` (itself included), in document order, without looking
 * inside nodes of an `opaque` type below it.
 */
export function descendantsOf(node: Node, types: readonly string[], opaque: ReadonlySet<string> = NOTHING_OPAQUE): Node[] {
  const wanted = new Set(types);
  const out: Node[] = [];
  // iterative, children pushed last-first so that they come off in document order
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (wanted.has(n.type)) out.push(n);
    if (n !== node && opaque.has(n.type)) continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/** Nodes that CPython counts as a nesting level (brackets). */
const NESTING = new Set(['list', 'tuple', 'set', 'dictionary', 'parenthesized_expression', 'argument_list', 'subscript', 'list_comprehension', 'dictionary_comprehension', 'set_comprehension', 'generator_expression']);

const NONE: readonly Node[] = Object.freeze([]);

/** Children of a node, tokens included (none for a missing node). */
export function childrenOf(node: Node | null | undefined): readonly Node[] {
  return node ? node.children : NONE;
}

export function namedChildrenOf(node: Node | null | undefined): readonly Node[] {
  return node ? node.namedChildren : NONE;
}
