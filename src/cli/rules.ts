// Every rule id audit can report: detectors (pii/*, secret/*) and config rules. Ids are stable.
import { CONFIG_RULES } from '../assess/configFindings.js';
import type { RuleMeta } from '../assess/types.js';
import { detectors } from '../scan/detectors/index.js';
import { RELEASE_RULES } from '../assess/releaseFindings.js';

export function allRules(): RuleMeta[] {
  return [
    ...detectors.map((d) => ({ id: d.id, category: d.category, entity: d.entity, description: d.description, defaultSeverity: 'high' as const })),
    ...CONFIG_RULES,
    ...RELEASE_RULES,
  ];
}
