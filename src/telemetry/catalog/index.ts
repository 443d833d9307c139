// The whole span catalog, and the view of it at one release.
import { inRange } from '../versionRange.js';
import { commonAttributes } from './common.js';
import { crewCreated, crewExecution } from './crew.js';
import { flowCompleted, flowCreation, flowExecution, flowMethodFailed, flowPaused, flowPlotting } from './flow.js';
import { cliSpans, crewTestExecution, crewTestResult, environmentContext, featureUsage, humanFeedback } from './other.js';
import { taskCreated, taskExecution } from './task.js';
import { toolRepeatedUsage, toolUsage, toolUsageError } from './tool.js';
import type { AttributeDef, SpanDef } from './types.js';

export const spanCatalog: readonly SpanDef[] = [
  crewCreated,
  crewExecution,
  taskCreated,
  taskExecution,
  toolUsage,
  toolRepeatedUsage,
  toolUsageError,
  flowCreation,
  flowExecution,
  flowCompleted,
  flowPaused,
  flowMethodFailed,
  flowPlotting,
  featureUsage,
  environmentContext,
  humanFeedback,
  crewTestExecution,
  crewTestResult,
  ...cliSpans,
];

export { commonAttributes };
export type { AttributeDef, SpanDef };

/** The spans that exist at `version`, each with only the attributes (and inner keys) of that release. */
const atVersion = new Map<string, SpanDef[]>();

export function catalogAt(version: string): SpanDef[] {
  let spans = atVersion.get(version);
  if (!spans) {
    spans = computeCatalogAt(version);
    atVersion.set(version, spans);
  }
  return spans;
}

function computeCatalogAt(version: string): SpanDef[] {
  return spanCatalog
    .filter((s) => inRange(version, s.releases))
    .map((s) => ({
      ...s,
      attributes: [...s.attributes.filter((a) => inRange(version, a.releases)), ...commonAttributes.filter((a) => inRange(version, a.releases))].map((a) =>
        a.inner ? { ...a, inner: a.inner.filter((k) => inRange(version, k.releases)) } : a,
      ),
    }));
}
