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
 * The whole tree as SyntaxNodes, walked with one TreeCursor (no recursion, whatever the
 * nesting). The tree-sitter tree can be deleted afterwards.
 */
export function copyTree(tree: Tree): SyntaxNode {
  const language = tree.language;
  const types = language.types;
  const fields = language.fields;
  const named = namedTable(language);
  const cursor = tree.walk();
  const make = (parent: SyntaxNode | null): SyntaxNode => {
    const typeId = cursor.nodeTypeId;
    const fieldId = parent ? cursor.currentFieldId : 0;
    return new SyntaxNode(types[typeId] || 'ERROR', typeId === ERROR_SYMBOL || named[typeId] === true, cursor.startIndex, cursor.endIndex, fieldId ? (fields[fieldId] ?? null) : null, parent);
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
      if (cursor.gotoFirstChild()) {
        firstChildAt.push(pending.length);
        node = make(node);
        pending.push(node);
        continue;
      }
      for (;;) {
        if (node === root) return root;
        const parent = node.parent!;
        if (cursor.gotoNextSibling()) {
          node = make(parent);
          pending.push(node);
          break;
        }
        cursor.gotoParent();
        close(parent);
        node = parent;
      }
    }
  } finally {
    cursor.delete();
  }
}
