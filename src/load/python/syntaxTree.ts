// A plain JavaScript copy of a tree-sitter tree, made once per module with one cursor pass.
// web-tree-sitter answers every property read (`type`, `endIndex`, `childForFieldName`)
// with a trip into WebAssembly that writes the node into shared memory, calls, and builds
// a new Node object for each node it returns; the facts walk reads the same nodes many
// times, so on 200 projects it spent ~200 ms doing that (BENCHMARKS.md, issue 14). The copy
// costs ~0.6 µs a node, and every read after it is a field access.
//
// SyntaxNode has the members of web-tree-sitter's Node that crewtel's readers use, with
// the same meaning: offsets are the parser's (UTF-16 code units of the text parsed).

import type { Language, Tree } from 'web-tree-sitter';

const NO_CHILDREN: readonly SyntaxNode[] = Object.freeze([]);

export class SyntaxNode {
  readonly type: string;
  /** a named rule of the grammar (`identifier`, `call`), not a token (`(`, `def`) */
  readonly isNamed: boolean;
  readonly startIndex: number;
  readonly endIndex: number;
  /** the field this node fills in its parent (`function`, `arguments`), or null */
  readonly fieldName: string | null;
  readonly parent: SyntaxNode | null;
  /** every child, tokens included, in order (an empty shared array for leaves) */
  children: readonly SyntaxNode[] = NO_CHILDREN;
  private named?: readonly SyntaxNode[];

  constructor(type: string, isNamed: boolean, startIndex: number, endIndex: number, fieldName: string | null, parent: SyntaxNode | null) {
    this.type = type;
    this.isNamed = isNamed;
    this.startIndex = startIndex;
    this.endIndex = endIndex;
    this.fieldName = fieldName;
    this.parent = parent;
  }

  get namedChildren(): readonly SyntaxNode[] {
    return (this.named ??= this.children.filter((c) => c.isNamed));
  }

  /** the first child in `field`, as web-tree-sitter's childForFieldName */
  childForFieldName(field: string): SyntaxNode | null {
    for (const c of this.children) if (c.fieldName === field) return c;
    return null;
  }

  childrenForFieldName(field: string): SyntaxNode[] {
    return this.children.filter((c) => c.fieldName === field);
  }
}

/** tree-sitter's ERROR symbol (`ts_builtin_sym_error`, (TSSymbol)-1): a named node */
const ERROR_SYMBOL = 65535;

/** Which node types are named, per grammar: one WebAssembly call per type, once. */
const namedTypes = new WeakMap<Language, boolean[]>();

function namedTable(language: Language): boolean[] {
  let table = namedTypes.get(language);
  if (!table) {
    table = [];
    for (let id = 0; id < language.nodeTypeCount; id++) table.push(language.nodeTypeIsNamed(id));
    namedTypes.set(language, table);
  }
  return table;
}

/**
 * The C functions of web-tree-sitter's WebAssembly module that the copy calls directly, and
 * its memory. web-tree-sitter's TreeCursor methods write the cursor (four integers) into a
 * transfer buffer before every call and read it back after, eight trips through `setValue`
 * and `getValue` a call, six calls a node: half of the copy's time (BENCHMARKS.md, issue 14).
 * The C functions themselves read the cursor from that buffer and write it back there, so
 * the copy leaves it there for the whole walk. Parser.init fills these in on the options
 * object it is given (Emscripten's module); `cursorCalls` checks that they are all there.
 */
const CALLS = [
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_field_id_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
] as const;

export type CursorCalls = Record<(typeof CALLS)[number], (tree: number) => number> & {
  HEAP32: Int32Array;
  /** the transfer buffer's address, in 32-bit words */
  transfer: number;
};

/**
 * The module Parser.init filled in, checked: a web-tree-sitter without these functions is
 * refused by name. Call it right after Parser.init: `_ts_init` (which only returns the
 * transfer buffer's address) also writes into that buffer.
 */
export function cursorCalls(module: Record<string, unknown>): CursorCalls {
  const missing: string[] = [...CALLS, '_ts_init'].filter((name) => typeof module[name] !== 'function');
  if (!(module.HEAP32 instanceof Int32Array)) missing.push('HEAP32');
  if (missing.length) throw new Error(`this web-tree-sitter has no ${missing.join(', ')} (crewtel is built against web-tree-sitter 0.27)`);
  const calls = module as unknown as CursorCalls & { _ts_init(): number };
  calls.transfer = calls._ts_init() >> 2;
  return calls;
}

/** A TreeCursor's four integers, as web-tree-sitter's marshalTreeCursor writes them. */
interface CursorHandles {
  handles: Int32Array | number[];
}

/**
 * The whole tree as SyntaxNodes, walked with one TreeCursor (no recursion, whatever the
 * nesting). The tree-sitter tree can be deleted afterwards.
 */
export function copyTree(tree: Tree, calls: CursorCalls): SyntaxNode {
  const language = tree.language;
  const types = language.types;
  const fields = language.fields;
  const named = namedTable(language);
  const address = (tree as unknown as { 0: number })[0];
  // tree.walk() leaves the new cursor in the transfer buffer; from here on only the C calls below touch it
  const cursor = tree.walk();
  const transfer = calls.transfer;
  const firstChild = calls._ts_tree_cursor_goto_first_child_wasm;
  const nextSibling = calls._ts_tree_cursor_goto_next_sibling_wasm;
  const toParent = calls._ts_tree_cursor_goto_parent_wasm;
  const typeOf = calls._ts_tree_cursor_current_node_type_id_wasm;
  const fieldOf = calls._ts_tree_cursor_current_field_id_wasm;
  const startOf = calls._ts_tree_cursor_start_index_wasm;
  const endOf = calls._ts_tree_cursor_end_index_wasm;
  const make = (parent: SyntaxNode | null): SyntaxNode => {
    const typeId = typeOf(address);
    const fieldId = parent ? fieldOf(address) : 0;
    return new SyntaxNode(types[typeId] || 'ERROR', typeId === ERROR_SYMBOL || named[typeId] === true, startOf(address), endOf(address), fieldId ? (fields[fieldId] ?? null) : null, parent);
  };
  // the children of the open nodes, innermost last, on one stack: each node's list is cut to its
  // exact length when the node is done (arrays grown one push at a time keep half again as many slots)
  const pending: SyntaxNode[] = [];
  const firstChildAt: number[] = [];
  const close = (node: SyntaxNode): void => {
    const from = firstChildAt.pop()!;
    node.children = pending.slice(from);
    pending.length = from;
  };
  try {
    const root = make(null);
    let node = root;
    for (;;) {
      if (firstChild(address) === 1) {
        firstChildAt.push(pending.length);
        node = make(node);
        pending.push(node);
        continue;
      }
      for (;;) {
        if (node === root) return root;
        const parent = node.parent!;
        if (nextSibling(address) === 1) {
          node = make(parent);
          pending.push(node);
          break;
        }
        toParent(address);
        close(parent);
        node = parent;
      }
    }
  } finally {
    // the cursor's stack may have moved while it grew: its handles are read back before it is freed
    // (the memory may have grown too, so HEAP32 is read now)
    const heap = calls.HEAP32;
    const handles = (cursor as unknown as CursorHandles).handles;
    for (let i = 0; i < 4; i++) handles[i] = heap[transfer + i];
    cursor.delete();
  }
}
