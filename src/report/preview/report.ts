// What every preview formatter receives: simulated spans, already computed.
import type { SimulatedSpan } from '../../telemetry/simulate.js';

export interface PreviewReport {
  crewaiVersion: string;
  crewaiVersionSource: string;
  shareCrew: boolean;
  telemetryEnabled: boolean;
  notes: string[];
  crews: { id: string; name: string; shareCrew: boolean; crewaiVersion: string }[];
  spans: SimulatedSpan[];
  /** --diff: only what share_crew adds */
  diff: boolean;
}
