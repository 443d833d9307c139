// What a team can do about a finding, and who can see an accepted one: sentences for
// the reviewer's page, decided from the finding's exposure and its crew's share_crew.
import type { Finding } from './types.js';

export interface CrewShare {
  shareCrew: boolean;
  /** file:line where share_crew is set */
  source: string | null;
}

export function adviceFor(f: Finding, crews: Map<string, CrewShare>): string {
  if (f.category === 'config') return f.message;
  const sharing = f.crews.map((c) => crews.get(c)).filter((c): c is CrewShare => Boolean(c?.shareCrew));
  const rotate = f.category === 'secret' ? ' Rotate the secret: it is in the repository whatever telemetry does.' : '';
  switch (f.exposure) {
    case 'default':
      return `Remove or replace the value in ${f.field}: it is sent whenever telemetry is on. Disabling telemetry before import crewai also stops it.${rotate}`;
    case 'share_crew':
      return sharing.length
        ? `Remove the value from ${f.field}, or turn share_crew off (${sharing[0].source ?? 'Crew(share_crew=True)'}): it is sent now.${rotate}`
        : `Sent only if share_crew is switched on (off today): remove the value before anyone turns it on.${rotate}`;
    default:
      return `Not carried by telemetry; the value still reaches the LLM prompt and logs, so move it out of the config if it should not be there.${rotate}`;
  }
}

export function visibleTo(f: Finding, crews: Map<string, CrewShare>): string {
  const shares = f.crews.some((c) => crews.get(c)?.shareCrew);
  switch (f.exposure) {
    case 'default':
      return 'CrewAI (telemetry.crewai.com) whenever telemetry is on, and everyone who can read the repository';
    case 'share_crew':
      return shares
        ? 'CrewAI (telemetry.crewai.com): share_crew is on for its crew; and everyone who can read the repository'
        : 'CrewAI only if share_crew is switched on (off today); everyone who can read the repository';
    default:
      return 'not sent by telemetry; everyone who can read the repository';
  }
}
