// Flow classes: every method in source order, which of them CrewAI registers as flow
// methods (and so sends as node_names), the `name` attribute and suppress_flow_events.

import { type ClassInfo, classAttributes, decoratorNames } from './classes.js';
import type { ModuleContext } from './context.js';
import { type MethodNode, spanOf } from './syntax.js';
import type { PyFlowClass } from './types.js';

/** Decorators that mark a flow method (they set __is_flow_method__ or trigger metadata). */
const FLOW_DECORATORS = ['start', 'listen', 'router', 'persist', 'human_feedback'];

export function flowClass(info: ClassInfo, methods: MethodNode[], ctx: ModuleContext): PyFlowClass {
  const attrs = classAttributes(info.body, ctx);
  const name = attrs.get('name');
  const suppress = attrs.get('suppress_flow_events');
  return {
    className: info.className,
    bases: info.bases,
    methods: methods.map((m) => {
      const decorators = decoratorNames(m.decorators, ctx);
      const decorated = FLOW_DECORATORS.some((d) => decorators.has(d));
      return { name: m.name, decorated, registered: decorated && !m.name.startsWith('_'), location: spanOf(m.nameNode, ctx.source) };
    }),
    name: name?.kind === 'string' ? name.value : undefined,
    suppressFlowEvents: suppress?.kind === 'bool' ? suppress.value : false,
    location: spanOf(info.nameNode ?? info.node, ctx.source),
  };
}
