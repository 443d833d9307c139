// Custom tools: BaseTool subclasses with a `name` default, and functions decorated with
// @tool / @tool("Name").

import type { Node } from './parse.js';
import { type ClassInfo, classAttributes } from './classes.js';
import type { ModuleContext } from './context.js';
import { callArguments } from './literals.js';
import { type Decorator, lastName, spanOf } from './syntax.js';
import type { PyToolClass, PyToolFunction } from './types.js';

export function toolClass(info: ClassInfo, ctx: ModuleContext): PyToolClass {
  const name = classAttributes(info.body, ctx).get('name');
  return {
    className: info.className,
    bases: info.bases,
    name: name?.kind === 'string' ? name.value : undefined,
    location: spanOf(info.nameNode ?? info.node, ctx.source),
  };
}

/**
 * The @tool decorator of a function, if any: crewai's (crewai.tools.tool, older
 * crewai_tools.tool, aliases included) or a bare `tool` whose import crewtel cannot see.
 * Other libraries' `tool` decorators (an MCP server's `@mcp.tool()`) are not CrewAI tools.
 */
export function toolDecorator(decorators: Decorator[], ctx: ModuleContext): Decorator | undefined {
  return decorators.find((d) => {
    const name = ctx.names.resolve(d.name);
    return lastName(name) === 'tool' && (name === 'tool' || /^crewai(_tools)?\./.test(name));
  });
}

export function toolFunction(fn: Node, nameNode: Node | null, functionName: string, decorator: Decorator, ctx: ModuleContext): PyToolFunction {
  const first = callArguments(decorator.args, ctx.source).args[0];
  return {
    functionName,
    name: first?.kind === 'string' ? first.value : undefined,
    location: spanOf(nameNode ?? fn, ctx.source),
  };
}
