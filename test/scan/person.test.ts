// PERSON must be precise on job titles (roles are full of capitalised words) and still
// find names in prose, tool names and several languages and scripts.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/scan/scanText.js';

const persons = (text: string, kind: 'prose' | 'identifier' = 'prose') =>
  scanText(text, { kind }).filter((m) => m.entity === 'PERSON').map((m) => m.text);

// Written for these tests in the style of real crew roles: capitalised titles, some with
// words that are also given names or family names (Grace, Will, Mark, Hunter, Baker).
const TITLES = [
  'Senior Data Researcher', 'Grace Period Policy Analyst', 'Will draft the summary', 'Reporting Analyst', 'Lead Market Analyst',
  'Chief Content Officer', 'Email Trash Cleanup Specialist', 'Mark Down Formatter', 'Hunter Recruitment Coordinator',
  'Emergency Services Dispatcher', 'Senior React Engineer', 'Travel Concierge for Lisbon and Porto', 'Restaurant Scout',
  'Itinerary Compiler', 'Shakespearean Bard', 'X Post Verifier', 'Meeting Transcript Analysis Agent', 'Book Outlining Agent',
  'Financial Data Extraction Specialist', 'Financial Risk and Liquidity Analyst', 'Candidate Assessment Expert',
  'Talent Outreach Specialist', 'Expert HR Consultant', 'CV Metadata Extractor', 'Skill Gap Identifier', 'Interview Question Generator',
  'System Learning and Improvement Specialist', 'Software Quality Control Engineer', 'Chief Creative Director', 'Requirements Manager',
  'Frank Feedback Reviewer', 'Summer Campaign Strategist', 'Victor Insights Lead', 'Jordan Market Entry Analyst', 'Chase Payments Reconciler',
  'Austin Office Coordinator', 'Florence Tour Planner', 'Georgia Claims Adjuster', 'Madison Avenue Copywriter', 'Crystal Reports Developer',
  'Baker Street Historian', 'Dean of Admissions Assistant', 'Major Accounts Executive', 'Rose Garden Event Planner', 'Ivy League Admissions Coach',
  'Sterling Wealth Advisor', 'Hope Foundation Outreach Lead', 'Angel Investor Relations Manager', 'Hong Kong Market Researcher',
  'New York Times Summarizer', 'San Francisco Housing Analyst', 'Grant Writing Specialist', 'Bill Payment Assistant', 'May Day Campaign Planner',
  'Will Processing Specialist', 'Customer Support Lead for the Paris office', 'Report to Market Research for approval',
  'Analista de Mercado Líder', 'Estrategista de Alocação de Recursos', 'Agente de Classificação de Mensagens', 'Estrategista Chefe de Marketing',
  'Diretor Criativo', 'Analista Financeiro Sênior', 'Especialista en Viajes de Lujo', 'Responsable du Service Client', 'Redattore Capo',
  'Il Boss della banda', 'Leiter der Finanzabteilung', '竞品分析师 (Competitor Analyst)', '请把报告发给市场部。', '由系统自动生成', 'お客様への返信担当',
  '고객님께 답변하는 상담원', 'Use Google Sheets and Microsoft Teams for the report', 'Post the summary on LinkedIn and Twitter',
  'Search with the Serper Dev Tool', 'Apply the Pareto Principle to the backlog', 'Read the Wall Street Journal every morning',
  'Summarize the Monday Standup Notes', 'Prepare the Q3 Board Deck', 'Work with the Sterling Wealth Advisor on the Hong Kong launch',
];

describe('job titles and capitalised phrases do not fire', () => {
  it.each(TITLES)('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
  it('also as a whole role list (precision over all titles)', () => {
    const found = TITLES.flatMap((t) => persons(t));
    expect(found).toEqual([]);
  });
});

// Backstories and goals name firms, products, places and methods, all capitalised.
const PROSE_WITHOUT_PEOPLE = [
  'You have 10 years of experience at McKinsey and Boston Consulting Group advising Fortune 500 clients.',
  'You previously led growth at Stripe, Airbnb and Shopify before joining Acme Robotics.',
  'You studied at Stanford University and the London School of Economics.',
  'Expert in Kubernetes, Terraform, Apache Kafka and Amazon Redshift.',
  'Summarize findings from Gartner Magic Quadrant and Forrester Wave reports.',
  'Track mentions on Product Hunt, Hacker News and Reddit.',
  'Use Yahoo Finance and Alpha Vantage for stock prices.',
  'Plan a trip to Machu Picchu, Buenos Aires and Rio de Janeiro.',
  'Recommend restaurants near Times Square and Central Park.',
  'Follow the Chicago Manual of Style for citations.',
  'Check the European Central Bank and Federal Reserve announcements.',
  'Draft posts for Black Friday and Cyber Monday campaigns.',
  'Apply Porter Five Forces and the Blue Ocean Strategy.',
  'Benchmark against Morgan Stanley and Goldman Sachs research.',
  'Monitor the Dow Jones and Nasdaq Composite indices.',
  'Review the Terms of Service and Privacy Policy.',
  'Search Google Scholar, PubMed and Semantic Scholar for papers.',
  'Compliance with HIPAA, GDPR and the California Consumer Privacy Act.',
  'O agente trabalha com Banco Central do Brasil e Receita Federal.',
  'El agente consulta el Boletín Oficial del Estado y la Agencia Tributaria.',
  "L'agente consulta la Gazzetta Ufficiale e l'Agenzia delle Entrate.",
  'Der Agent nutzt die Deutsche Bahn und das Statistische Bundesamt.',
  // headings and methods read like two capitalised words before a verb of people, or a particle and a surname
  "If Dosage Inquiry says 'none', close the ticket.",
  'Escolha a metodologia (p. ex., Matriz de Müller ou Cenários Cruzados) e justifique.',
];

describe('prose about firms, products and places does not fire', () => {
  it.each(PROSE_WITHOUT_PEOPLE)('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('names are found, with exact spans', () => {
  it.each([
    ['Escalations go to Maria Garcia before noon.', 'Maria Garcia'],
    ['Luiz de Souza approves every refund.', 'Luiz de Souza'],
    ['You are an HR professional named Sarah who writes warm emails.', 'Sarah'],
    ["Match Michael's communication style.", 'Michael'],
    ['Approved by Dr. Okafor last week.', 'Okafor'],
    ['Send the digest to Svenja Kowalski.', 'Svenja Kowalski'],
    ['Bronwyn Achterberg approves every refund.', 'Bronwyn Achterberg'],
    ['The customer, Ingrid Lindqvist, called twice.', 'Ingrid Lindqvist'],
    ['Mr. Kwame Mensah is our key account.', 'Kwame Mensah'],
    ['Linda V. Yamamoto signs the contracts.', 'Linda V. Yamamoto'],
    ['Forward it to Isabel van der Berg.', 'Isabel van der Berg'],
    ['Jean-Pierre Martin owns the budget.', 'Jean-Pierre Martin'],
    ["Ask Seán O'Brien first.", "Seán O'Brien"],
    ['Will Smith will present the results.', 'Will Smith'],
    ['Grace Kowalski leads onboarding.', 'Grace Kowalski'],
    ['Dear Ms. Okonkwo, thank you.', 'Okonkwo'],
    ['CEO Priya Raman signs off.', 'Priya Raman'],
    ['Contacte a João Silva amanhã.', 'João Silva'],
    ['Escreva para Ana Souza em caso de dúvida.', 'Ana Souza'],
    ['Envía el informe a Lucía Fernández antes del lunes.', 'Lucía Fernández'],
    ['Sra. Fernández pidió un reembolso.', 'Fernández'],
    ['Parlez à Chloé Dubois demain.', 'Chloé Dubois'],
    ['Chiedi a Giulia Rossi il rapporto.', 'Giulia Rossi'],
    ['Frau Schneider hat angerufen.', 'Schneider'],
    ['请联系王伟先生确认。', '王伟'],
    ['这个项目由张伟负责。', '张伟'],
    ['负责人是刘洋，请直接找他。', '刘洋'],
    ['田中さんに送ってください。', '田中'],
    ['担当者は佐藤花子です。', '佐藤花子'],
    ['김민준 씨에게 보고하세요.', '김민준'],
    ['담당자: 이민호', '이민호'],
    ['דוד כהן אחראי על הדוח', 'דוד כהן'],
  ])('%s → %s', (text, name) => {
    const found = scanText(text).filter((m) => m.entity === 'PERSON');
    expect(found.map((m) => m.text)).toContain(name);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('a name across a folded line break keeps exact offsets', () => {
    const text = 'Escalate to Maria\nGarcia today.';
    const m = scanText(text).find((x) => x.entity === 'PERSON')!;
    expect([m.start, m.end]).toEqual([12, 24]);
  });
});

describe('tool names as CrewAI sends them (identifier mode)', () => {
  it.each([
    ['read_maria_garcia_calendar', 'maria_garcia'],
    ['lookupJohnSmithProfile', 'JohnSmith'],
    ['send_report_to_priya', 'priya'],
    ['email_joao_silva', 'joao_silva'],
    ['get_sarah_emails', 'sarah'],
    ['fetch-emma-watson-profile', 'emma-watson'],
    ['sync_isabel_van_der_berg_inbox', 'isabel_van_der_berg'],
    ['update_lavinia_hakimi_contacts', 'lavinia_hakimi'],
  ])('%s → %s', (text, name) => {
    expect(persons(text, 'identifier')).toEqual([name]);
  });

  it.each([
    'mark_task_done', 'grace_period_checker', 'will_writer_tool', 'hunter_io_search', 'victor_db_query', 'summer_sale_report',
    'jordan_river_tours', 'chase_payment_status', 'frank_feedback_scorer', 'SerperDevTool', 'ScrapeWebsiteTool', 'GmailGetThread',
    'august_sales_export', 'run_julia_script', 'ask_claude', 'search_the_internet', 'create_jira_ticket', 'lookupCustomerProfile',
    'get_ecb_fx_rates', 'query_pinecone_index', 'scrape_zillow_listings', 'call_wolfram_alpha', 'get_alpha_vantage_quote', 'run_duckduckgo_search',
    'search_arxiv_papers', 'get_openweather_forecast', 'send_twilio_sms', 'get_coingecko_price', 'summarize_youtube_video', 'read_notion_page',
  ])('%s has no name', (text) => {
    expect(persons(text, 'identifier')).toEqual([]);
  });
});
