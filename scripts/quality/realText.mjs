// The real-text benchmark's projects: the sentences of real crews (../shared/corpus/real and
// real2, read at run time, written only into a temp folder), with valid values planted beside
// them, hard negatives next to those, example values, and ~40% of projects left untouched.
// Nothing here imports crewtel: the truth must not come from the detectors it judges.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import * as V from './values.mjs';
import { EXAMPLE_FRAMES, HARD_NEGATIVES, LATIN_CULTURES, PERSON_FRAMES, SCRIPT_CULTURES, SCRIPT_PERSON_FRAMES, half } from './realLexicon.mjs';

const AGENT_KEYS = ['role', 'goal', 'backstory'];
const TASK_KEYS = ['description', 'expected_output'];
const KEYS = new Set([...AGENT_KEYS, ...TASK_KEYS]);

function* files(dir, depth = 0) {
  if (depth > 12) return;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules' || e.name === 'venv' || e.name === '.venv') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p, depth + 1);
    else if (e.isFile() && /\.(ya?ml|py)$/.test(e.name) && statSync(p).size < 512 * 1024) yield p;
  }
}

const dedent = (s) => {
  const lines = s.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\s+$/, ''));
  const ind = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)[0].length));
  return lines.map((l) => l.slice(Number.isFinite(ind) ? ind : 0)).join('\n').replace(/^\n+|\n+$/g, '').replace(/\t/g, '  ');
};

function collectYaml(text, out) {
  let docs;
  try {
    docs = parseAllDocuments(text);
  } catch {
    return;
  }
  const walk = (node, depth) => {
    if (depth > 8 || node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (KEYS.has(k) && typeof v === 'string') out.push({ key: k, text: v });
      else walk(v, depth + 1);
    }
  };
  for (const d of Array.isArray(docs) ? docs : [docs]) {
    try {
      walk(d.toJS(), 0);
    } catch {
      /* not plain data */
    }
  }
}

const PY = /(?<![A-Za-z0-9_])(role|goal|backstory|description|expected_output)\s*=\s*(?<![fF])(?:"""([\s\S]*?)"""|'''([\s\S]*?)'''|"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')/g;
function collectPython(text, out) {
  for (const m of text.matchAll(PY)) {
    if (/[fF]$/.test(text.slice(0, m.index + m[0].indexOf(m[2] ?? m[3] ?? m[4] ?? m[5]) - 3).trimEnd())) continue;
    const v = m[2] ?? m[3] ?? m[4] ?? m[5];
    if (v && !v.includes('\\')) out.push({ key: m[1], text: v });
  }
}

/** The real strings of each corpus project: [{ name, strings: [{ key, text }] }]. */
export function extractCorpus(roots) {
  const projects = [];
  for (const root of roots) {
    let dirs;
    try {
      dirs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
    } catch {
      continue;
    }
    for (const d of dirs) {
      const raw = [];
      for (const f of files(join(root, d.name))) {
        const text = readFileSync(f, 'utf8');
        if (f.endsWith('.py')) collectPython(text, raw);
        else collectYaml(text, raw);
      }
      const seen = new Set();
      const strings = [];
      for (const s of raw) {
        const text = dedent(s.text);
        if (text.length < 8 || text.length > 4000 || seen.has(text)) continue;
        seen.add(text);
        strings.push({ key: s.key, text });
      }
      if (strings.length) projects.push({ name: `${root.split('/').pop()}/${d.name}`, strings });
    }
  }
  return projects;
}

// ---------- values to plant

const ascii = (s) => s.normalize('NFKD').replace(/[^A-Za-z]/g, '').toLowerCase();
const pick2 = (r, xs, h) => r.pick(h === 'all' ? xs : half(xs, h === 'holdout' ? 1 : 0));

function personValue(r, h) {
  if (r.chance(0.22)) {
    const lang = r.pick(Object.keys(SCRIPT_CULTURES));
    const [given, family] = SCRIPT_CULTURES[lang];
    const name = pick2(r, family, h) + (lang === 'ja' && r.chance(0.3) ? '' : pick2(r, given, h));
    const frame = r.pick([...SCRIPT_PERSON_FRAMES[lang], ...(r.chance(0.3) ? SCRIPT_PERSON_FRAMES.en : [])]);
    return [name, frame];
  }
  const [, given, family] = r.pick(LATIN_CULTURES);
  const lang = r.chance(0.75) ? 'en' : r.pick(['es', 'pt', 'fr', 'de']);
  const frame = r.pick(PERSON_FRAMES[lang]);
  const single = /Thanks, \{\}|Hello \{\}|Say hello|persona is|You are \{\}/.test(frame) ? r.chance(0.7) : r.chance(0.15);
  const name = single ? pick2(r, given, h) : `${pick2(r, given, h)} ${pick2(r, family, h)}`;
  return [name, frame];
}

const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'proton.me', 'tidewaterlogistics.com', 'kestrel-analytics.io', 'uni-leipzig.de', 'correo.mx', 'yahoo.co.jp', 'empresa.com.br', 'hospital-sanjose.es'];
function emailValue(r, h) {
  const [, given, family] = r.pick(LATIN_CULTURES);
  const g = ascii(pick2(r, given, h));
  const s = ascii(pick2(r, family, h));
  return `${r.pick([`${g}.${s}`, `${g[0]}${s}`, `${g}_${s}${r.int(1, 99)}`, `${s}.${g}`, `${g}${r.int(70, 99)}`])}@${r.pick(MAIL_DOMAINS)}`;
}

function phoneValue(r) {
  const p = V.phone(r);
  // dot-separated international numbers (+33.1.02.90.16.87) as some countries write them
  if (p.startsWith('+') && / /.test(p) && r.chance(0.25)) return p.replace(/ /g, '.');
  return p;
}

function addressValue(r) {
  const kind = r.int(0, 5);
  if (kind === 0) return `${r.int(100, 9999)} ${r.pick(['N', 'S', 'E', 'W'])} ${r.pick(['Alvernon', 'Campbell', 'Speedway', 'Oracle', 'Kolb', 'Harrison'])} ${r.pick(['Way', 'Ave', 'Road', 'Blvd'])}, Suite ${r.int(100, 999)}`;
  if (kind === 1) return `No. ${r.int(1, 120)}, ${r.pick(['Kamdhenu', 'Sai Krupa', 'Gulmohar', 'Shanti Niketan', 'Ganga'])} Society, ${r.pick(['Baner', 'Aundh', 'Karve', 'Link', 'MG'])} Road, ${r.pick(['Pune', 'Mumbai', 'Nagpur', 'Nashik'])} ${r.int(400001, 499999)}`;
  if (kind === 2) return `${r.pick(['北京市', '上海市', '广州市', '深圳市', '杭州市'])}${r.pick(['朝阳区', '浦东新区', '天河区', '南山区', '西湖区'])}${r.pick(['建国路', '世纪大道', '中山路', '科技园路', '文三路'])}${r.int(1, 300)}号`;
  return V.streetAddress(r);
}

function dobValue(r) {
  const kind = r.int(0, 5);
  const y = r.int(1940, 2006);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const p2 = (n) => String(n).padStart(2, '0');
  if (kind === 0) return [`${y}年${m}月${d}日`, r.pick(['出生日期为{}。', '生年月日は{}です。', '出生日期：{}'])];
  if (kind === 1) return [`${y}-${p2(m)}-${p2(d)}`, r.pick(['O cliente nasceu em {}.', 'Data de nascimento: {}', '出生日期为{}。'])];
  const [v, lang] = V.birthDate(r);
  const frames = {
    any: ['The patient was born on {}.', 'Date of birth: {}', 'DOB {}'],
    en: ['The applicant was born on {}.', 'Date of birth: {}', 'born {}'],
    pt: ['A paciente nasceu em {}.', 'Data de nascimento: {}'],
    es: ['El cliente nació el {}.', 'Fecha de nacimiento: {}'],
    fr: ['Le client est né le {}.', 'Date de naissance : {}'],
    it: ['Il cliente è nato il {}.', 'Data di nascita: {}'],
  };
  return [v, r.pick(frames[lang])];
}

function ipValue(r) {
  for (;;) {
    const v = V.ip(r);
    if (!/^2001:db8:|^192\.0\.2\.|^198\.51\.100\.|^203\.0\.113\./i.test(v)) return v;
  }
}

function urlCredValue(r) {
  const user = r.pick(['default', 'svc_etl', 'admin', 'crew', 'reporter']);
  const pass = r.pick([V.rng(r.int(1, 1e9)).chars(r.int(12, 24), 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'), `Tr0ub4dor${r.int(10, 99)}`]);
  const host = r.pick(['redis-13612.c1.us-east-1-2.ec2.cloud.redislabs.com', 'db.kestrel-analytics.io', 'cluster0.ab12cd.mongodb.net', 'rabbit.internal.tidewater.net', '10.4.2.17']);
  const scheme = r.pick(['redis', 'postgresql', 'mongodb+srv', 'amqp', 'mysql']);
  const tail = r.pick([`:${r.int(1024, 65000)}`, '', `/${r.pick(['prod', 'crew', 'db0'])}`]);
  return `${scheme}://${user}:${pass}@${host}${tail}`;
}

/** [entity, value, frame] */
function plantValue(r, h) {
  const e = r.pick(['PERSON', 'PERSON', 'PERSON', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'PHONE_NUMBER', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'NATIONAL_ID', 'PASSPORT', 'DATE_OF_BIRTH', 'STREET_ADDRESS', 'STREET_ADDRESS', 'IP_ADDRESS', 'CRYPTO_WALLET', 'URL_CREDENTIALS', 'SECRET']);
  switch (e) {
    case 'PERSON': return [e, ...personValue(r, h)];
    case 'EMAIL_ADDRESS': return [e, emailValue(r, h), r.pick(['Email {} with the summary.', 'Contact: {}', 'The reply-to address is {}.', 'Envie a resposta para {}.', '联系邮箱：{}'])];
    case 'PHONE_NUMBER': return [e, phoneValue(r), r.pick(['Call {} for urgent issues.', 'Phone: {}', 'WhatsApp: {}', 'Ligue para {}.', '电话：{}', 'Téléphone : {}'])];
    case 'CREDIT_CARD': return [e, V.creditCard(r), r.pick(['Charge card {} for the renewal.', 'Card number: {}', 'O cartão do cliente é {}.'])];
    case 'IBAN_CODE': return [e, V.iban(r), r.pick(['Pay the refund into {}.', 'IBAN: {}', 'Überweisung an {}.'])];
    case 'US_SSN': return [e, V.ssn(r), r.pick(['SSN {} is on file.', "The applicant's social security number is {}."])];
    case 'NATIONAL_ID': return [e, ...V.nationalId(r)];
    case 'PASSPORT': return [e, V.passport(r), r.pick(["The traveller's passport is {}.", 'Passport number: {}', 'O passaporte do viajante é {}.', 'El pasaporte del cliente es {}.', '旅券番号は{}です。', '护照号码：{}', 'Numéro de passeport : {}'])];
    case 'DATE_OF_BIRTH': return [e, ...dobValue(r)];
    case 'STREET_ADDRESS': return [e, addressValue(r), r.pick(['Ship the order to {}.', 'The customer lives at {}.', 'Address: {}', 'Entregar em {}.', '收货地址：{}'])];
    case 'IP_ADDRESS': return [e, ipValue(r), r.pick(['The server runs at {}.', 'Allow traffic from {} only.'])];
    case 'CRYPTO_WALLET': return [e, V.cryptoWallet(r), 'Send the refund to wallet {}.'];
    case 'URL_CREDENTIALS': return [e, urlCredValue(r), r.pick(['Connect with {}.', 'The cache is at {}.', 'Use {} for the queue.'])];
    default: return [e, ...V.secret(r)];
  }
}

/** Sentence ends in a real text where a clause can go (after ". ", "\n", or the end). */
function boundaries(text) {
  const out = [text.length];
  for (const m of text.matchAll(/[.!?。](?=\s)|\n/g)) out.push(m.index + m[0].length);
  return out;
}

function insert(r, s, clause, value, entity) {
  const at = r.pick(boundaries(s.text));
  const sep = at === s.text.length ? (/\s$/.test(s.text) ? '' : ' ') : s.text[at - 1] === '\n' ? '' : ' ';
  const pre = s.text.slice(0, at) + sep;
  const end = at === s.text.length ? '' : s.text[at - 1] === '\n' ? '\n' : '';
  const offset = pre.length + clause.indexOf('{}');
  const body = clause.replace('{}', value);
  s.plants = s.plants.map((p) => (p.offset >= at ? { ...p, offset: p.offset + pre.length - at + body.length + end.length } : p));
  s.text = pre + body + end + s.text.slice(at);
  if (entity) s.plants.push({ entity, value, offset });
}

// ---------- YAML with exact positions

/** A literal block scalar (|2-) keeps the text's lines as they are; returns the lines and a locator. */
function field(key, text) {
  const lines = text.split('\n');
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return {
    lines: [`  ${key}: |2-`, ...lines.map((l) => (l ? `    ${l}` : ''))],
    at: (o) => {
      let i = starts.length - 1;
      while (starts[i] > o) i--;
      return { line: i + 1, col: 4 + o - starts[i] };
    },
  };
}

export function generateReal(root, corpus, { seed, holdout = 'all', untouched = 0.4 }) {
  const r = V.rng(seed);
  const truth = [];
  const stats = { strings: 0, untouchedStrings: 0, projects: 0, untouchedProjects: 0, negatives: 0 };
  const untouchedFiles = new Set();
  corpus.forEach((proj, p) => {
    const pkg = `proj_${p}`;
    const dir = join(root, pkg, 'src', pkg, 'config');
    mkdirSync(dir, { recursive: true });
    const keep = r.chance(untouched);
    stats.projects++;
    if (keep) stats.untouchedProjects++;
    const strings = proj.strings.slice(0, 80).map((s) => ({ ...s, plants: [] }));
    if (!keep) {
      for (const s of strings) {
        if (r.chance(0.45)) {
          const [entity, value, frame] = plantValue(r, holdout);
          insert(r, s, frame, value, entity);
        }
        if (r.chance(0.2)) {
          insert(r, s, r.pick(HARD_NEGATIVES), '', null);
          stats.negatives++;
        }
        if (r.chance(0.06)) {
          const [entity, gen, frame] = r.pick(EXAMPLE_FRAMES);
          insert(r, s, frame, gen(r), entity);
          s.plants[s.plants.length - 1].example = true;
        }
      }
    }
    const agents = strings.filter((s) => AGENT_KEYS.includes(s.key));
    const tasks = strings.filter((s) => TASK_KEYS.includes(s.key));
    const write = (fileName, list, keys, prefix) => {
      const rel = `${pkg}/src/${pkg}/config/${fileName}`;
      if (keep) untouchedFiles.add(rel);
      const out = [];
      const byKey = Object.fromEntries(keys.map((k) => [k, list.filter((s) => s.key === k)]));
      const n = Math.max(1, ...keys.map((k) => byKey[k].length));
      for (let e = 0; e < n; e++) {
        out.push(`${prefix}_${e}:`);
        for (const k of keys) {
          const s = byKey[k][e];
          if (!s) {
            out.push(`  ${k}: ${k === 'role' ? 'Analyst' : 'Do the work well.'}`);
            continue;
          }
          stats.strings++;
          if (keep) stats.untouchedStrings++;
          const f = field(k, s.text);
          const base = out.length;
          out.push(...f.lines);
          for (const plant of s.plants) {
            const a = f.at(plant.offset);
            const b = f.at(plant.offset + plant.value.length);
            truth.push({ file: rel, entity: plant.entity, value: plant.value, example: plant.example === true, line: base + a.line + 1, column: a.col + 1, endLine: base + b.line + 1, endColumn: b.col + 1 });
          }
        }
        if (prefix === 'task') out.push('  agent: agent_0');
        out.push('');
      }
      writeFileSync(join(root, rel), `${out.join('\n')}\n`);
    };
    write('agents.yaml', agents.length ? agents : [{ key: 'role', text: 'Analyst', plants: [] }], AGENT_KEYS, 'agent');
    write('tasks.yaml', tasks.length ? tasks : [{ key: 'description', text: 'Do the work.', plants: [] }], TASK_KEYS, 'task');
  });
  return { truth, stats, untouchedFiles };
}
