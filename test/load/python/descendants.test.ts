// descendantsOf: the one-search replacement for walking a subtree node by node (calls in a
// statement, imports of a module). Its order and what it skips decide which agents and
// imports the facts contain.
import { describe, expect, it } from 'vitest';
import { descendantsOf, parseModule } from '../../../src/load/python/parse.js';

const SOURCE = `import os
x = f(g(1), h(lambda: inner()))
def later():
    import json
    return k()
class C:
    y = m(n())
`;

describe('descendantsOf', () => {
  const root = parseModule(SOURCE).root;
  const texts = (types: string[], opaque: string[], from = root) => descendantsOf(from, types, new Set(opaque)).map((n) => SOURCE.slice(n.startIndex, n.endIndex));

  it('returns nodes of the types in document order, outer before inner', () => {
    expect(texts(['call'], [])).toEqual(['f(g(1), h(lambda: inner()))', 'g(1)', 'h(lambda: inner())', 'inner()', 'k()', 'm(n())', 'n()']);
  });

  it('does not look inside opaque nodes below the start node', () => {
    expect(texts(['call'], ['lambda', 'function_definition', 'class_definition'])).toEqual(['f(g(1), h(lambda: inner()))', 'g(1)', 'h(lambda: inner())']);
  });

  it('looks inside the start node even when its own type is opaque', () => {
    const fn = root.namedChildren.find((n) => n?.type === 'function_definition')!;
    expect(texts(['call', 'import_statement'], ['function_definition'], fn)).toEqual(['import json', 'k()']);
  });

  it('finds imports wherever statements are, functions included', () => {
    expect(texts(['import_statement', 'import_from_statement'], [])).toEqual(['import os', 'import json']);
  });
});
