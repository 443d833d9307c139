import type { SourceSpan } from '../core/source.js';

/** The CrewAI release crewtel models for a project, and why. */
export interface ReleaseInfo {
  /** normalised X.Y.Z the catalog is evaluated at */
  version: string;
  /** 'uv.lock' | 'poetry.lock' | 'requirements.txt' | 'pyproject.toml' | '--crewai-version' | 'config' | 'default' */
  source: string;
  /** where the pin is written (file:line of the crewai entry), for advisories */
  location?: SourceSpan;
  /** the specifier as written, when the project gives a range (e.g. ">=0.114.0,<1.0") */
  declared?: string;
  /** human explanation: which release of a range was modelled, lock vs pyproject disagreement, ... */
  notes: string[];
}
