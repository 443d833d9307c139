import type { Diagnostic } from '../core/diagnostics.js';
import type { SourceSpan } from '../core/source.js';

/** The CrewAI release crewtel models for a project, and why. */
export interface ReleaseInfo {
  /** normalised X.Y.Z (a1/rc1/.postN kept) the catalog is evaluated at */
  version: string;
  /** 'uv.lock' | 'poetry.lock' | a requirements file name | 'pyproject.toml' | '--crewai-version' | 'config' | 'default' */
  source: string;
  /** where the pin is written (the version text in the lock, or the specifier / dependency string), for advisories */
  location?: SourceSpan;
  /** the specifier as written, when the project gives one (e.g. "crewai[tools]>=0.114.0,<1.0") */
  declared?: string;
  /** true when the version is known exactly (lock, == pin, --crewai-version); false for a range or the default */
  exact?: boolean;
  /** human explanation: which release of a range was modelled, lock vs pyproject disagreement, ... */
  notes: string[];
  /** lock / pyproject / requirements files on the way that are unreadable or broken (exit 2) */
  diagnostics?: Diagnostic[];
  /** set when --crewai-version is not a version: the command should stop with exit 2 */
  error?: string;
}
