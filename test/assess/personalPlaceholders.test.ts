// Personal-data placeholders: decided from the placeholder's words and the sentence around it.
import { describe, expect, it } from 'vitest';
import { personalInputName, personalPlaceholder } from '../../src/assess/personalPlaceholders.js';

const at = (text: string) => {
  const m = /\{([^}]+)\}/.exec(text)!;
  return personalPlaceholder(m[1], text, m.index, m.index + m[0].length);
};

describe('placeholder words', () => {
  it.each([
    'cv_text', 'home', 'personal_info', 'patients_json', 'staff_roster', 'customer_email', 'key_decision_maker', 'learner_profile', 'resumeText',
    'applicant-details', 'user_address', 'endereco_cliente', 'nome_do_paciente', 'telefone', 'datos_del_cliente', 'guest_list', 'recipient', 'company_ceo_ssn',
  ])('{%s} is personal', (name) => {
    expect(personalInputName(name)).toBe(true);
  });
  it.each([
    'company_profile', 'product_name', 'topic', 'industry', 'market_data', 'user_input', 'candidate_id', 'project_name', 'company_name', 'customer_domain',
    'job_description', 'course_outline', 'brand_voice', 'current_year', 'homepage_url',
  ])('{%s} is not personal', (name) => {
    expect(personalInputName(name)).toBe(false);
  });
});

describe('the sentence around a placeholder', () => {
  it.each([
    ['Research {lead_name}, a company in the {industry} sector.', false],
    ['Write an outreach email to {lead_name} about our offer.', true],
    ['Analyse the product {customer_profile} before launch.', false],
    ['{client_name} (the startup we pitch) needs a deck.', false],
    ['Plan a route from {home}, the user’s home address, to the office.', true],
    ['Summarise the résumé in {cv_text}.', true],
    ['Compare {company_ceo_ssn}, a company record.', true],
  ])('%s → %s', (text, personal) => {
    expect(at(text)).toBe(personal);
  });
});
