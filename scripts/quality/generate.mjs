// Labelled benchmark generator: writes CrewAI projects (agents.yaml + tasks.yaml) with
// planted personal data and secrets at known file:line:column, plus look-alikes that must
// not fire (job titles, order numbers, event dates, git SHAs, UUIDs, versions, cards that
// fail Luhn, placeholders). Every planted value is generated (valid checksums computed),
// so another seed gives other values, names, sentences and YAML layouts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as V from './values.mjs';

export { rng } from './values.mjs';

// ---------- sentences that carry a planted value ({} marks where it goes)

const PERSON_EN = [
  'Escalate refunds to {} before noon.', 'You report to {} in the finance team.', 'Send the weekly digest to {}.',
  'The account is managed by {} since last year.', '{} approves every discount above ten percent.', "Match {}'s tone in every reply.",
  'You are the assistant to {}, the head of sales.', 'Schedule the call with {} and the legal team.', 'Ask {} for the signed contract.',
  'cc {} on anything that mentions pricing.', 'The customer {} complained about the delay twice.', 'Dear {}, thank you for your patience.',
  'Hi {}, your order has shipped.', 'Draft a reply on behalf of {}.', 'Interview notes were written by {}.', 'Our VIP client is {}.',
];
const PERSON_TITLED = ['Dr. {} reviews the clinical summary.', 'Ms. {} asked for a callback.', 'Mr. {} is the primary contact.', 'Prof. {} leads the study.'];
const PERSON_OTHER = [
  ['pt', 'Entre em contato com {} pelo telefone.'], ['pt', 'O cliente {} pediu reembolso.'], ['pt', 'Responda à Sra. {} até sexta.'],
  ['es', 'Envía el informe a {} antes del lunes.'], ['es', 'La clienta {} solicitó un reembolso.'], ['es', 'Hable con el Sr. {} sobre el contrato.'],
  ['fr', 'Parlez à {} demain matin.'], ['fr', 'Le dossier de {} est incomplet.'], ['fr', 'Mme {} attend une réponse.'],
  ['it', 'Rivolgersi a {} per i dettagli.'], ['it', 'Il cliente {} ha chiesto un rimborso.'], ['it', 'Inviare il rapporto al dott. {}.'],
  ['de', 'Schicken Sie den Bericht an {}.'], ['de', 'Frau {} hat angerufen.'],
];
const CONTACT = ['Reply to {} when done.', 'Questions go to {} (the shared inbox).', 'Contact: {}', 'Forward complaints to {}.', 'Escreva para {} em caso de dúvida.', 'Écrivez à {} pour toute question.'];
const PHONE = ['Call {} for urgent cases.', 'The hotline is {}.', 'Phone: {}', 'Mobile {} (weekdays only).', 'Ligue para {} se houver problema.', 'Llame al {} en caso de urgencia.', 'WhatsApp: {}'];
const CARD = ['The card on file is {}.', 'Charge {} for the deposit.', 'Refund to card {} once approved.', 'Cartão de crédito: {}'];
const IBAN = ['Refunds go to IBAN {}.', 'Bank account {} receives payouts.', 'Pay the invoice to {} within 30 days.', 'Konto: {}'];
const SSN = ['Verify SSN {} before onboarding.', 'The applicant social security number is {}.', 'SSN: {}'];
const IP = ['Only accept requests from server {}.', 'The client IP address {} is allowlisted.', 'Block {} at the firewall.', 'Our VPN gateway sits at {}.', 'The MCP server runs on {} behind the proxy.'];
const ADDRESS = ['Ship the documents to {}.', 'The office is at {}, second floor.', 'Customer address: {}', 'Deliver to {} before Friday.', 'Mail the cheque to {}.'];
const DOB = {
  en: ['The customer was born on {}.', 'Date of birth: {}.', 'DOB {} must match the ID.', 'Her birthday is {}.', 'Applicant (born {}) needs a guardian signature.'],
  any: ['Date of birth: {}.', 'DOB: {}', 'Born on {}.'],
  pt: ['Data de nascimento: {}.', 'Nascido em {}, o cliente é maior de idade.'],
  es: ['Fecha de nacimiento: {}.', 'Nacida el {} en Sevilla.'],
  fr: ['Date de naissance : {}.', 'Née le {} à Lyon.'],
  it: ['Data di nascita: {}.', 'Nato il {} a Torino.'],
};
const PASSPORT = ['Passport number {} expires soon.', 'Check passport {} at the desk.', 'Passport No. {} was scanned.', 'Número de pasaporte: {}', 'Passport: {}'];
const WALLET = ['Pay the bounty to {}.', 'Donations: {}', 'Send the refund to wallet {}.', 'Treasury address {} holds the funds.'];
const URLCRED = ['Connect through {} when the VPN is down.', 'DATABASE_URL={}', 'The MCP server URL is {} for staging.'];

// ---------- look-alikes (no planted value; nothing should fire)

const TITLE_WORDS = {
  seniority: ['Senior', 'Junior', 'Lead', 'Principal', 'Chief', 'Head', 'Staff', 'Associate', 'Executive', 'Global'],
  domain: ['Data', 'Market', 'Grace Period', 'Customer Support', 'Travel', 'Content', 'Financial Risk', 'Compliance', 'Email', 'Research', 'Will Processing', 'Mark Down', 'Hunter Recruitment', 'Emergency Services', 'Summer Campaign', 'Victor Insights', 'Jordan Market', 'Chase Banking', 'Frank Feedback', 'Austin Office', 'Parker Logistics', 'Carter Accounts', 'Rose Garden', 'Florence Tour', 'Georgia Sales', 'Virginia Claims', 'Madison Avenue', 'Sterling Wealth', 'Crystal Reports', 'Faith Community', 'Hope Foundation', 'Bishop Legal', 'Baker Street', 'Dean Admissions', 'Major Accounts', 'Ivy League Admissions'],
  job: ['Researcher', 'Analyst', 'Planner', 'Officer', 'Specialist', 'Coordinator', 'Strategist', 'Writer', 'Editor', 'Engineer', 'Reviewer', 'Scout', 'Agent', 'Dispatcher', 'Formatter', 'Manager', 'Consultant', 'Director', 'Advisor', 'Curator'],
};
export function jobTitle(r) {
  const parts = [];
  if (r.chance(0.5)) parts.push(r.pick(TITLE_WORDS.seniority));
  parts.push(r.pick(TITLE_WORDS.domain), r.pick(TITLE_WORDS.job));
  return parts.join(' ');
}
export const ROLE_OTHER = ['Analista Financeiro Sênior', 'Estrategista Chefe de Marketing', 'Responsable du Service Client', 'Redattore Capo', 'Especialista en Viajes', '竞品分析师 (Competitor Analyst)', '報告書作成担当', '데이터 분석가', 'מנהל תיקי לקוחות', 'Diretor Criativo', 'Chargé de Mission RH'];

const LOOKALIKES = [
  (r) => `Order ORD-${r.int(2019, 2026)}-${r.digits(6)} shipped on ${V.isoDate(r)}.`,
  (r) => `Release v${V.version(r)} is pinned; see commit ${V.gitSha(r)}.`,
  (r) => `Trace id ${V.uuid(r)} belongs to run ${r.int(100, 999)}.`,
  (r) => `The kickoff meeting is on ${V.isoDate(r)} at ${r.int(8, 17)}:${r.pick(['00', '30'])}.`,
  (r) => `Reference card ${V.luhnFailingCard(r)} is a test value that fails the checksum.`,
  (r) => `Will draft the summary and Grace Period rules for the ${r.pick(['Senior', 'Junior'])} team.`,
  (r) => `Ticket #${r.digits(8)} was escalated ${r.int(2, 9)} times in Q${r.int(1, 4)} ${r.int(2023, 2026)}.`,
  (r) => `Use version ${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)} of the parser, build ${r.digits(10)}.`,
  (r) => `Budget: ${r.int(10, 99)},${r.digits(3)} EUR across ${r.int(2, 12)} regions.`,
  (r) => `Report to the ${jobTitle(r)} and the ${jobTitle(r)} every Monday.`,
  (r) => `Work with the ${jobTitle(r)} on the ${r.pick(['New York', 'San Francisco', 'Rio de Janeiro', 'Los Angeles', 'Hong Kong'])} launch.`,
  (r) => `Invoice INV-${r.digits(5)} for ${r.int(2, 40)} seats was paid on ${V.isoDate(r)}.`,
  (r) => `Fill {customer_name} and {customer_email} from the inputs; never invent them.`,
  (r) => `Read the key from \${OPENAI_API_KEY} and the password from the vault, never from this file.`,
  (r) => `Use the ${r.pick(['Google Sheets', 'Microsoft Teams', 'Apple Pay', 'Amazon Web Services', 'Slack Connect', 'Stripe Checkout'])} integration for the ${r.pick(['Monday', 'Friday'])} report.`,
  (r) => `Container image sha256:${r.chars(64, '0123456789abcdef')} passed the scan.`,
  (r) => `Deadline: ${r.pick(['March', 'June', 'October'])} ${r.int(1, 28)}, ${r.int(2024, 2027)}; launch window ${V.isoDate(r)} to ${V.isoDate(r)}.`,
  (r) => `The ${r.pick(['Hunter', 'Grace', 'Victor', 'Chase', 'Mason'])} ${r.pick(['Protocol', 'Framework', 'Pipeline', 'Index'])} scores each lead from 0 to 100.`,
  (r) => `Track shipment ${r.pick(['1Z', 'JD'])}${r.chars(16, '0123456789ABCDEFGHJKLMNPRSTUVWXYZ')} and SKU ${r.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-${r.digits(4)}.`,
  (r) => `Call the ${r.pick(['get_weather', 'search_docs', 'send_email'])} tool at most ${r.int(2, 5)} times; timeout ${r.int(10, 90)}s.`,
  (r) => `Revenue grew ${r.int(2, 40)}.${r.int(0, 9)}% to ${r.int(1, 9)}.${r.digits(2)} million in FY${r.int(2021, 2026)}.`,
  (r) => `Listen on 0.0.0.0:${r.int(3000, 9000)} during local development and bump to ${V.version(r)}.`,
];

// ---------- a planted value in a sentence

function plantPerson(r) {
  const roll = r.next();
  if (roll < 0.55) return { entity: 'PERSON', value: V.latinName(r), sentence: r.pick(PERSON_EN) };
  if (roll < 0.65) return { entity: 'PERSON', value: `${r.pick(V.GIVEN)} ${r.pick(V.SURNAMES)}`, sentence: r.pick(PERSON_TITLED) };
  if (roll < 0.82) return { entity: 'PERSON', value: `${r.pick(V.GIVEN)} ${r.pick(V.SURNAMES)}`, sentence: r.pick(PERSON_OTHER)[1] };
  const [value, sentence] = V.scriptName(r);
  return { entity: 'PERSON', value, sentence };
}

const PLANTS = [
  plantPerson,
  plantPerson,
  (r) => ({ entity: 'EMAIL_ADDRESS', value: V.email(r), sentence: r.pick(CONTACT) }),
  (r) => ({ entity: 'PHONE_NUMBER', value: V.phone(r), sentence: r.pick(PHONE) }),
  (r) => ({ entity: 'CREDIT_CARD', value: V.creditCard(r), sentence: r.pick(CARD) }),
  (r) => ({ entity: 'IBAN_CODE', value: V.iban(r), sentence: r.pick(IBAN) }),
  (r) => ({ entity: 'US_SSN', value: V.ssn(r), sentence: r.pick(SSN) }),
  (r) => ({ entity: 'IP_ADDRESS', value: V.ip(r), sentence: r.pick(IP) }),
  (r) => ({ entity: 'STREET_ADDRESS', value: V.streetAddress(r), sentence: r.pick(ADDRESS) }),
  (r) => {
    const [value, lang] = V.birthDate(r);
    return { entity: 'DATE_OF_BIRTH', value, sentence: r.pick(DOB[lang] ?? DOB.en) };
  },
  (r) => {
    const [value, sentence] = V.nationalId(r);
    return { entity: 'NATIONAL_ID', value, sentence };
  },
  (r) => ({ entity: 'PASSPORT', value: V.passport(r), sentence: r.pick(PASSPORT) }),
  (r) => ({ entity: 'CRYPTO_WALLET', value: V.cryptoWallet(r), sentence: r.pick(WALLET) }),
  (r) => ({ entity: 'URL_CREDENTIALS', value: V.urlCredentials(r), sentence: r.pick(URLCRED) }),
  (r) => {
    const [value, sentence] = V.secret(r);
    return { entity: 'SECRET', value, sentence };
  },
];

/** Text of one field and the offsets of the values planted in it. */
function fieldText(r, key) {
  if (key === 'role') return { text: r.chance(0.85) ? jobTitle(r) : r.pick(ROLE_OTHER), plants: [] };
  const pieces = [];
  const plants = [];
  let text = r.pick(['', 'Be thorough. ', 'Work carefully and cite sources. ', 'Keep it short. ']);
  const n = r.next() < 0.5 ? 1 : r.next() < 0.6 ? 0 : 2;
  for (let i = 0; i < n; i++) {
    const p = r.pick(PLANTS)(r);
    const at = p.sentence.indexOf('{}');
    if (text && !text.endsWith(' ') && !text.endsWith('\n')) text += ' ';
    plants.push({ entity: p.entity, value: p.value, offset: text.length + at });
    text += p.sentence.replace('{}', p.value);
  }
  if (n === 0 || r.chance(0.35)) {
    if (text && !text.endsWith(' ')) text += ' ';
    text += r.pick(LOOKALIKES)(r);
  }
  pieces.push(text);
  return { text: text.trim() === text ? text : text.trimEnd(), plants };
}

// ---------- YAML writing with exact positions

/**
 * Renders `key: value` in one of several YAML styles and returns its lines and a function
 * mapping an offset of the value to { line (0-based within the returned lines), col (0-based) }.
 * Folded and wrapped styles break lines only at single spaces outside planted values.
 */
function yamlField(r, key, text, plants) {
  const indent = '  ';
  const multiLine = text.includes('\n');
  const plainOk = !multiLine && !/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(text) && !/: |:$| #/.test(text) && !/^\s|\s$/.test(text);
  const quotedOk = !multiLine && !/["\\]/.test(text);
  const singleOk = !multiLine && !text.includes("'");
  const foldOk = !multiLine && !/  /.test(text) && !/^\s|\s$/.test(text);
  const styles = ['literal'];
  if (plainOk) styles.push('plain', 'plain', 'plain-wrapped');
  if (quotedOk) styles.push('double', 'double-wrapped');
  if (singleOk) styles.push('single');
  if (foldOk) styles.push('folded', 'folded');
  const style = multiLine ? 'literal' : r.pick(styles);
  const inPlant = (i) => plants.some((p) => i > p.offset && i < p.offset + p.value.length);

  /** break `text` into chunks at spaces (never inside a plant); returns [start, end) ranges */
  const wrap = (width) => {
    const chunks = [];
    let start = 0;
    let lastBreak = -1;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ' ' && !inPlant(i)) lastBreak = i;
      if (i - start >= width && lastBreak > start) {
        chunks.push([start, lastBreak]);
        start = lastBreak + 1;
        lastBreak = -1;
      }
    }
    chunks.push([start, text.length]);
    return chunks;
  };
  const single = (open, close) => {
    const prefix = `${indent}${key}: ${open}`;
    return { lines: [`${prefix}${text}${close}`], at: (o) => ({ line: 0, col: prefix.length + o }) };
  };
  const wrapped = (head, open, close, width) => {
    const chunks = wrap(width);
    const cont = `${indent}  `;
    const lines = chunks.map(([a, b], i) => `${i === 0 ? `${indent}${key}: ${head}${open}` : cont}${text.slice(a, b)}${i === chunks.length - 1 ? close : ''}`);
    const firstPrefix = `${indent}${key}: ${head}${open}`.length;
    if (head) {
      // block scalar: the header line holds no content
      lines[0] = `${indent}${key}: ${head}`;
      const body = chunks.map(([a, b]) => `${cont}${text.slice(a, b)}`);
      return {
        lines: [lines[0], ...body],
        at: (o) => {
          const i = chunks.findIndex(([a, b]) => o >= a && o <= b);
          return { line: i + 1, col: cont.length + o - chunks[i][0] };
        },
      };
    }
    return {
      lines,
      at: (o) => {
        const i = chunks.findIndex(([a, b]) => o >= a && o <= b);
        return { line: i, col: (i === 0 ? firstPrefix : cont.length) + o - chunks[i][0] };
      },
    };
  };
  switch (style) {
    case 'plain':
      return single('', '');
    case 'double':
      return single('"', '"');
    case 'single':
      return single("'", "'");
    case 'plain-wrapped':
      return wrapped('', '', '', r.int(30, 70));
    case 'double-wrapped':
      return wrapped('', '"', '"', r.int(30, 70));
    case 'folded':
      return wrapped('>', '', '', r.int(30, 70));
    default: {
      // literal: keep the text's own lines; long single lines are left as they are
      const cont = `${indent}  `;
      const starts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
      const lines = [`${indent}${key}: |`, ...text.split('\n').map((l) => (l ? cont + l : ''))];
      return {
        lines,
        at: (o) => {
          let i = starts.length - 1;
          while (starts[i] > o) i--;
          return { line: i + 1, col: cont.length + o - starts[i] };
        },
      };
    }
  }
}

/** Identifier-shaped strings (tool names as CrewAI sends them), scored through the library only. */
function identifiers(r, n) {
  const out = [];
  const slug = (s) => s.normalize('NFKD').replace(/[^A-Za-z ]/g, '').trim().toLowerCase().replace(/\s+/g, '_');
  for (let i = 0; i < n; i++) {
    if (r.chance(0.5)) {
      const name = `${r.pick(V.GIVEN)} ${r.pick(V.SURNAMES)}`;
      const verb = r.pick(['read', 'update', 'lookup', 'fetch', 'email', 'sync']);
      const obj = r.pick(['calendar', 'profile', 'inbox', 'contacts', 'tasks']);
      const snake = slug(name);
      if (r.chance(0.5)) {
        const text = `${verb}_${snake}_${obj}`;
        out.push({ text, plants: [{ entity: 'PERSON', value: snake, offset: verb.length + 1 }] });
      } else {
        const camel = name.normalize('NFKD').replace(/[^A-Za-z ]/g, '').split(/\s+/).map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join('');
        const text = `${verb}${camel}${obj[0].toUpperCase()}${obj.slice(1)}`;
        out.push({ text, plants: [{ entity: 'PERSON', value: camel, offset: verb.length }] });
      }
    } else {
      out.push({ text: r.pick(['grace_period_checker', 'mark_as_read', 'will_writer_tool', 'summer_sale_report', 'hunter_io_search', 'read_calendar', 'send_email', 'search_the_internet', 'victor_db_query', 'jordan_river_tours', 'chase_payment_status', 'frank_feedback_scorer', 'august_sales_export', 'rose_pricing_api', 'SerperDevTool', 'ScrapeWebsiteTool', 'lookupCustomerProfile', 'GmailGetThread', 'create_jira_ticket', 'get_stock_price']), plants: [] });
    }
  }
  return out;
}

export function generate(root, seed, projects = 40) {
  const r = V.rng(seed);
  const truth = [];
  const strings = [];
  for (let p = 0; p < projects; p++) {
    const pkg = `proj_${p}`;
    const dir = join(root, pkg, 'src', pkg, 'config');
    mkdirSync(dir, { recursive: true });
    for (const [fileName, keys, prefix] of [
      ['agents.yaml', ['role', 'goal', 'backstory'], 'agent'],
      ['tasks.yaml', ['description', 'expected_output'], 'task'],
    ]) {
      const rel = `${pkg}/src/${pkg}/config/${fileName}`;
      const out = [];
      const entries = r.int(2, 3);
      for (let e = 0; e < entries; e++) {
        const entryKey = `${prefix}_${e}`;
        out.push(`${entryKey}:`);
        for (const key of keys) {
          const { text, plants } = fieldText(r, key);
          const field = yamlField(r, key, text, plants);
          const base = out.length; // 0-based line of the field's first line
          out.push(...field.lines);
          for (const plant of plants) {
            const s = field.at(plant.offset);
            const e2 = field.at(plant.offset + plant.value.length);
            truth.push({
              file: rel, field: `${fileName.startsWith('agents') ? 'agents' : 'tasks'}.${entryKey}.${key}`, entity: plant.entity, value: plant.value,
              line: base + s.line + 1, column: s.col + 1, endLine: base + e2.line + 1, endColumn: e2.col + 1,
            });
          }
          strings.push({ file: rel, text, plants, kind: 'prose' });
        }
        if (prefix === 'task') out.push('  agent: agent_0');
        out.push('');
      }
      writeFileSync(join(root, rel), `${out.join('\n')}\n`);
    }
  }
  const ids = identifiers(r, projects * 2);
  for (const s of ids) strings.push({ file: null, text: s.text, plants: s.plants, kind: 'identifier' });
  return { truth, strings };
}
