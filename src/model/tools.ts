// Resolves how a tool was referenced (YAML/JSON string, Python call or name) to the
// name CrewAI gives it: crewai_tools classes from the vendored names table, project
// BaseTool subclasses from their `name` default, @tool functions from the decorator.

import { InlineString, type SourceSpan, type SourceString } from '../core/source.js';
import type { PyLiteral, PythonFacts, PyToolClass, PyToolFunction } from '../load/python/types.js';
import type { Tool } from './types.js';
import { crewaiToolName } from './toolNames.js';

export interface ToolContext {
  classes: Map<string, PyToolClass>;
  functions: Map<string, PyToolFunction>;
  /** alias → crewai_tools class name */
  crewaiAliases: Map<string, string>;
}

export function emptyToolContext(): ToolContext {
  return { classes: new Map(), functions: new Map(), crewaiAliases: new Map() };
}

export function addFactsToToolContext(ctx: ToolContext, facts: PythonFacts): void {
  for (const c of facts.toolClasses) ctx.classes.set(c.className, c);
  for (const f of facts.toolFunctions) ctx.functions.set(f.functionName, f);
  for (const [alias, orig] of Object.entries(facts.crewaiToolsImports)) ctx.crewaiAliases.set(alias, orig);
}

/** A tool named by a string in a config: a crewai_tools class, `custom:<name>`, `module:Class`, or an @tool method name. */
export function toolFromString(ref: SourceString, ctx: ToolContext, location?: SourceSpan): Tool {
  const raw = ref.value.trim();
  const custom = /^custom:(.+)$/.exec(raw);
  const className = custom ? undefined : raw.includes(':') ? raw.slice(raw.lastIndexOf(':') + 1) : raw;
  if (custom) {
    const name = custom[1];
    const cls = findCustomByFile(ctx, name);
    if (cls?.name) return { kind: 'custom_class', name: cls.name.value, nameSource: cls.name, ref: raw, location };
    return { kind: 'unresolved', name, ref: raw, location };
  }
  return resolveName(className ?? raw, raw, ctx, location);
}

/** A tool given in Python: `SerperDevTool()`, `MyTool(name="x")`, `my_tool` (an @tool function). */
export function toolFromPy(lit: PyLiteral, ctx: ToolContext): Tool | undefined {
  if (lit.kind === 'call') {
    const callee = lit.callee.replace(/^crewai_tools\./, '');
    const explicit = lit.kwargs.name;
    const tool = resolveName(callee, lit.callee, ctx, lit.location);
    if (explicit?.kind === 'string') return { ...tool, name: explicit.value.value, nameSource: explicit.value, kind: tool.kind === 'unresolved' ? 'custom_class' : tool.kind };
    return tool;
  }
  if (lit.kind === 'name') {
    const text = lit.text.replace(/^self\./, '').replace(/\(\)$/, '');
    return resolveName(text, lit.text, ctx, lit.location);
  }
  if (lit.kind === 'string') return toolFromString(lit.value, ctx, lit.value.span);
  return undefined;
}

function resolveName(name: string, ref: string, ctx: ToolContext, location?: SourceSpan): Tool {
  const fn = ctx.functions.get(name);
  if (fn) {
    // @tool without a name: CrewAI names the tool after the function, which the user wrote too
    const nameSource = fn.name ?? new InlineString(fn.functionName, fn.location);
    return { kind: 'decorator', name: nameSource.value, nameSource, ref, location };
  }
  const cls = ctx.classes.get(name);
  if (cls?.name) return { kind: 'custom_class', name: cls.name.value, nameSource: cls.name, ref, location };
  const known = crewaiToolName(ctx.crewaiAliases.get(name) ?? name);
  if (known) return { kind: 'crewai_tools', name: known.name, ref, location };
  return { kind: 'unresolved', name, ref, location };
}

function findCustomByFile(ctx: ToolContext, name: string): PyToolClass | undefined {
  // custom:<name> loads tools/<name>.py; its BaseTool subclass supplies the name
  for (const c of ctx.classes.values()) {
    const file = c.location.file;
    if (file.endsWith(`/tools/${name}.py`) || file === `tools/${name}.py`) return c;
  }
  return undefined;
}

/** MCP server name as CrewAI builds it (spec f): stdio command line, or URL netloc + path. */
export function mcpServerName(entry: { url?: string; command?: string; args?: string[] }): string | undefined {
  if (entry.url) {
    const hashless = entry.url.split('#')[0];
    const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)([^?#]*)/i.exec(hashless);
    if (!m) return undefined;
    const netloc = m[1].replace(/\./g, '_');
    const path = m[2].replace(/\//g, '_');
    return `${netloc}_${path}`;
  }
  if (entry.command) return [entry.command, ...(entry.args ?? [])].join('_');
  return undefined;
}

export function mcpTool(serverName: string, source: SourceString | undefined, ref: string, location?: SourceSpan, toolName = '<tool>'): Tool {
  return { kind: 'mcp', name: `${serverName}_${toolName}`, mcpServerName: serverName, nameSource: source, ref, location };
}
