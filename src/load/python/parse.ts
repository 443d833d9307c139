// Parsing a module with @lezer/python, and its first syntax error.
//
// lezer has a guard against left-associative trees too deep to recurse through: after
// 300 reductions that start at the same position and cover ≥ 2000 characters it forces
// the parse out of the current production. In Python a block of more than ~300 simple
// statements separated by blank or comment lines (a long script, a long main()) trips
// it, and the forced reduction breaks a valid statement there into error nodes: a
// spurious syntax error and a lost assignment. So the parse is driven step by step with
// that counter kept at zero. The counter is a private field of lezer's parse object:
// if lezer renames it, this is a no-op and the old behaviour returns. A tree that then
// comes out too deep to walk (thousands of chained `+`) is replaced by lezer's own parse.

import type { SyntaxNode, Tree } from '@lezer/common';
import { parser } from '@lezer/python';

export interface ParsedModule {
  tree: Tree;
  /** the first error node, if the text does not parse cleanly */
  firstError?: SyntaxNode;
}

function parseWithoutReductionCut(text: string): Tree {
  const parse = parser.startParse(text) as ReturnType<typeof parser.startParse> & { bigReductionCount?: number };
  for (;;) {
    const tree = parse.advance();
    if (tree) return tree;
    if (typeof parse.bigReductionCount === 'number') parse.bigReductionCount = 0;
  }
}

/** Walks the whole tree (which also proves it can be walked) and returns its first error node. */
function firstError(tree: Tree): SyntaxNode | undefined {
  let found: SyntaxNode | undefined;
  const cursor = tree.cursor();
  do {
    // read every node's type: a tree built too deep has nodes without one, and that throws here
    if (cursor.type.isError && !found) found = cursor.node;
  } while (cursor.next());
  return found;
}

export function parseModule(text: string): ParsedModule {
  try {
    const tree = parseWithoutReductionCut(text);
    return { tree, firstError: firstError(tree) };
  } catch {
    const tree = parser.parse(text);
    return { tree, firstError: firstError(tree) };
  }
}
