// The whole span catalog, and the view of it at one release.
import { llmBoundaries } from '../llmModel.js';
import { atLeast, inRange } from '../versionRange.js';
import { commonAttributes } from './common.js';
import { crewCreated, crewExecution } from './crew.js';
import { deploymentSpans } from './deployment.js';
import { environmentContext } from './env-context.js';
import { FEATURES, featureUsage } from './feature.js';
import { flowCompleted, flowCreation, flowExecution, flowMethodFailed, flowPaused, flowPlotting } from './flow.js';
import { humanFeedback } from './human-feedback.js';
import { taskCreated, taskExecution } from './task.js';
import { crewTestExecution, crewTestResult } from './test.js';
import { toolRepeatedUsage, toolUsage, toolUsageError } from './tool.js';
import type { AttributeDef, Derivation, DerivationStep, NameTransform, ReleaseNote, SpanDef, SpanRepeat, TransformStep } from './types.js';

/** Every span CrewAI's telemetry has ever emitted (24 names in TEL, 8 in CORE at 1.15.17, overlapping). */
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
  ...deploymentSpans,
];

export { commonAttributes };
export type { AttributeDef, SpanDef };

/**
 * A span as it is at one release: only the attributes (and inner keys) that release
 * has, common attributes first (they are stamped at span start), and only the
 * export notes / repeats that apply.
 */
export interface SpanAt extends SpanDef {
  /** set when the span is started but never exported at this release */
  notExportedAt?: ReleaseNote;
  /** set when the span is exported more than once per trigger at this release */
  repeatAt?: SpanRepeat;
  /** the trigger text for this release */
  triggerAt: string;
}

const cache = new Map<string, SpanAt[]>();

/** The catalog at `version`: the spans that release emits, each with that release's attributes. */
export function catalogAt(version: string): SpanAt[] {
  let spans = cache.get(version);
  if (!spans) {
    spans = spanCatalog.filter((s) => inRange(version, s.releases)).map((s) => spanAt(s, version));
    cache.set(version, spans);
  }
  return spans;
}

/** One span of the catalog at `version`, or undefined when that release does not emit it. */
export function findSpan(version: string, name: string): SpanAt | undefined {
  return catalogAt(version).find((s) => s.name === name);
}

function spanAt(s: SpanDef, version: string): SpanAt {
  const stampCommon = s.commonAttributesSince === undefined || atLeast(version, s.commonAttributesSince);
  const common = stampCommon ? commonAttributes.filter((a) => inRange(version, a.releases)) : [];
  const own = s.attributes.filter((a) => inRange(version, a.releases)).map((a) => attributeAt(a, version));
  return {
    ...s,
    attributes: [...common, ...own],
    notExportedAt: s.notExported?.find((n) => inRange(version, n.releases)),
    repeatAt: s.repeats?.find((r) => inRange(version, r.releases)),
    triggerAt: s.triggerHistory?.find((t) => inRange(version, t.releases))?.note ?? s.trigger,
  };
}

function attributeAt(a: AttributeDef, version: string): AttributeDef {
  return a.inner ? { ...a, inner: a.inner.filter((k) => inRange(version, k.releases)) } : a;
}

/** The transform a release applies to a tool-name value (undefined: not a tool name). */
export function transformAt(steps: TransformStep[] | undefined, version: string): NameTransform | undefined {
  return steps?.find((t) => inRange(version, t.releases))?.transform;
}

/** The derivation a value goes through at `version`, if any. */
export function derivationAt(steps: DerivationStep[] | undefined, version: string): Derivation | undefined {
  return steps?.find((d) => inRange(version, d.releases))?.derive;
}

/** Every release bound the catalog and FEATURES use (for the boundary test and docs). */
export function catalogBoundaries(): string[] {
  const out = new Set<string>();
  const add = (r: { since?: string; until?: string } | undefined) => {
    if (r?.since) out.add(r.since);
    if (r?.until) out.add(r.until);
  };
  for (const f of FEATURES) add(f.releases);
  llmBoundaries().forEach(add);
  for (const s of spanCatalog) {
    add(s.releases);
    s.notExported?.forEach((n) => add(n.releases));
    s.repeats?.forEach((n) => add(n.releases));
    s.triggerHistory?.forEach((n) => add(n.releases));
    if (s.commonAttributesSince) out.add(s.commonAttributesSince);
    for (const a of [...s.attributes, ...commonAttributes]) {
      add(a.releases);
      a.transform?.forEach((t) => add(t.releases));
      a.derive?.forEach((d) => add(d.releases));
      a.slots?.forEach((sl) => typeof sl !== 'string' && add(sl.releases));
      for (const k of a.inner ?? []) {
        add(k.releases);
        k.transform?.forEach((t) => add(t.releases));
        k.derive?.forEach((d) => add(d.releases));
        k.slots?.forEach((sl) => typeof sl !== 'string' && add(sl.releases));
      }
    }
  }
  return [...out];
}
