// Runs crewtel on real CrewAI projects written by other people (../shared/corpus/real),
// when that corpus is beside the repo. Every crew must be found, and files CrewAI
// itself loads must not be reported as errors.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, crewtel, crewtelJson, hasCorpus } from '../helpers/cli.js';

// crews per project, counted by hand from each project's config folders and JSON crews
const EXPECTED_CREWS: Record<string, number> = {
  'crewAIInc__crewAI-examples': 20,
  ArnauFabregat__talent_selection_flow_crewai: 5,
  'Titanium-Labs__crewai-gmail-automation': 1,
  'sahilgholap-dev__ai_candidate_screening_outreach_v1_crewai-project': 3,
  tejas05in__medical_research_ai: 2,
  sahkanu34__Crewai_hotel_booking_AI: 1,
  // one more folder (poema_crew) holds empty scaffold files only: no agents, no Python, not a crew
  'rg-brain-labs__instituto-crewai': 12,
  BradLeon__xhs_seo_note_agent_crewai: 5,
  FlorinCP__MAS: 5,
  'hudasaleh971-netizen__Financial_Statement_Analysis_POC_Crewai': 1,
  'Allevs01__Agentic-Social-Profiling': 1,
  'neelcohere__crewai-tutorial': 1,
};

describe.skipIf(!hasCorpus)('real corpus (../shared/corpus/real)', () => {
  const projects = hasCorpus ? readdirSync(CORPUS).filter((d) => !d.endsWith('.md')) : [];

  it('knows every project in the corpus', () => {
    expect(projects.sort()).toEqual(Object.keys(EXPECTED_CREWS).sort());
  });

  for (const project of projects) {
    it(`${project}: finds every crew, reports no error`, () => {
      const dir = join(CORPUS, project);
      const audit = crewtelJson<{ crews: unknown[]; errors: unknown[] }>(['audit', dir, '--fail-on', 'never']);
      expect(audit.json.errors).toEqual([]);
      expect(audit.json.crews).toHaveLength(EXPECTED_CREWS[project]);
      expect(audit.code).toBe(0);
      const preview = crewtel(['preview', dir, '--format', 'json']);
      expect(preview.stderr).not.toMatch(/error/i);
      expect(preview.code).toBe(0);
    });
  }
});
