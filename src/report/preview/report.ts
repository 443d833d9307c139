// What every preview formatter receives: simulated spans, already computed.
import type { SimulatedSpan } from '../../telemetry/simulate.js';
import type { CoverageReport } from '../../model/coverage.js';

export interface PreviewReport {
  crewaiVersion: string;
  /** where the release came from: uv.lock, --crewai-version, default, … */
  crewaiVersionSource: string;
  /** the mode shown: forced by --share-crew/--no-share-crew, else true only when every crew sets share_crew=True */
  shareCrew: boolean;
  telemetryEnabled: boolean;
  notes: string[];
  crews: { id: string; name: string; shareCrew: boolean; crewaiVersion: string; coverage?: CoverageReport }[];
  /** agents, tasks and tools resolved statically, over all crews */
  coverage?: CoverageReport;
  /** agents and tasks no crew uses, each group previewed as a hypothetical crew (absent when there are none) */
  outsideCrews?: ReturnType<typeof import('../../model/outside.js').outsideEntry>[];
  spans: SimulatedSpan[];
  /** --diff: `spans` hold only what share_crew adds */
  diff: boolean;
  /** how many values were masked (false with --show-values) */
  valuesMasked?: number | false;
}
