// @CrewBase classes (and plain classes with @agent/@task/@crew methods): config file
// attributes, @agent/@task definitions, @tool methods and the @crew method's Crew(...) call.

import { type ClassInfo, classAttributes, decoratorNames } from './classes.js';
import type { ModuleContext } from './context.js';
import { crewCall, firstCall, isCrewCall, memberDefinition, memberKindOfCall } from './members.js';
import { type MethodNode, spanOf } from './syntax.js';
import type { PyCrewClass } from './types.js';

export function crewClass(info: ClassInfo, crewBase: boolean, methods: MethodNode[], ctx: ModuleContext): PyCrewClass {
  const attrs = classAttributes(info.body, ctx);
  const agentsConfig = attrs.get('agents_config');
  const tasksConfig = attrs.get('tasks_config');
  const cls: PyCrewClass = {
    className: info.className,
    crewBase,
    agentsConfig: agentsConfig?.kind === 'string' ? agentsConfig.value : undefined,
    tasksConfig: tasksConfig?.kind === 'string' ? tasksConfig.value : undefined,
    agents: [],
    tasks: [],
    toolMethods: [],
    location: spanOf(info.nameNode ?? info.node, ctx.source),
  };
  for (const m of methods) {
    const decorators = decoratorNames(m.decorators, ctx);
    const at = spanOf(m.nameNode, ctx.source);
    if (decorators.has('agent')) {
      cls.agents.push(memberDefinition(m.name, 'agent', firstCall(m.body, (c) => memberKindOfCall(c, ctx) === 'agent'), at, ctx));
    } else if (decorators.has('task')) {
      cls.tasks.push(memberDefinition(m.name, 'task', firstCall(m.body, (c) => memberKindOfCall(c, ctx) === 'task'), at, ctx));
    } else if (decorators.has('tool')) {
      cls.toolMethods.push({ name: m.name, location: at });
    } else if (decorators.has('crew')) {
      const call = firstCall(m.body, (c) => isCrewCall(c, ctx));
      if (!call) continue;
      const built = crewCall(call, ctx);
      cls.crew ??= built;
      (cls.crews ??= []).push({ method: m.name, call: built });
    }
  }
  return cls;
}
