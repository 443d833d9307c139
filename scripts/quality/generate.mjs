// Labelled benchmark generator: writes CrewAI projects (agents.yaml + tasks.yaml) with
// planted personal data and secrets at known file:line:column, plus look-alikes that
// must not fire. Every planted value is generated (valid checksums computed), so a new
// seed gives new values, new names, new layouts.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[int(0, xs.length - 1)];
  const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
  return { next, int, pick, digits };
}

// Names drawn from several languages; not all of them are in crewtel's lexicon.
const GIVEN = ['Svenja', 'Tarek', 'Bronwyn', 'Maria', 'James', 'Sofia', 'Lucas', 'Aisha', 'Hiroshi', 'Elena', 'Mateo', 'Priya', 'Oliver', 'Chloé', 'Giulia', 'João', 'Fatima', 'Daniel', 'Ingrid', 'Kwame', 'Sarah', 'Ahmed', 'Camille', 'Rafael', 'Hannah', 'Liam', 'Ana', 'Marco', 'Emma', 'Noah', 'Isabel', 'Tomás', 'Yuki', 'Nadia', 'Víctor', 'Olga', 'Svenja', 'Aoife', 'Dmitri', 'Beatriz', 'Jonas', 'Leila', 'Rohan'];
const SURNAME = ['Wierzbicki', 'Achterberg', 'Garcia', 'Smith', 'Rossi', 'Silva', 'Müller', 'Tanaka', 'Kowalski', 'Dubois', 'Okafor', 'Johnson', 'Fernández', 'Novak', 'Haddad', 'Nguyen', 'Petrov', 'Andersson', 'Costa', 'Murphy', 'Schmidt', 'Kumar', 'Moreau', 'Santos', 'Ricci', 'Lindqvist', 'Brennan', 'Oliveira', 'Yamamoto', 'Weber', 'Martins', 'Hughes'];
const STREETS = ['Maple', 'Oak', 'Baker', 'Elm', 'Harbor', 'Mill', 'Church', 'Station', 'King', 'Park'];
const SUFFIX = ['Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Boulevard'];
const DOMAINS = ['example.com', 'mail.example.org', 'corp.example.net', 'acme-support.example', 'uni.example.edu'];
const ROLES = ['Senior Data Researcher', 'Reporting Analyst', 'Grace Period Policy Analyst', 'Customer Support Lead', 'Travel Planner', 'Chief Content Officer', 'Lead Market Analyst', 'Financial Risk Analyst', 'Will Processing Specialist', 'Hunter Recruitment Coordinator', 'Mark Down Formatter', 'Emergency Services Dispatcher'];
const LOOKALIKES = [
  (r) => `Order ORD-${r.int(2019, 2026)}-${r.digits(6)} shipped on ${r.int(2019, 2026)}-0${r.int(1, 9)}-1${r.int(0, 9)}.`,
  (r) => `Release v${r.int(0, 3)}.${r.int(0, 20)}.${r.int(0, 30)} is pinned; see commit ${createHash('sha1').update(String(r.next())).digest('hex')}.`,
  (r) => `Trace id ${uuid(r)} belongs to run ${r.int(100, 999)}.`,
  (r) => `The kickoff meeting is on ${r.int(2024, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')} at 10:30.`,
  (r) => {
    const partial = `4${r.digits(14)}`;
    return `Reference card ${partial}${(luhnDigit(partial) + 1) % 10} is a test value that fails the checksum.`;
  },
  (r) => `Will draft the summary and Grace Period rules for the ${r.pick(['Senior', 'Junior'])} team.`,
  (r) => `Ticket #${r.digits(8)} was escalated ${r.int(2, 9)} times in Q${r.int(1, 4)} ${r.int(2023, 2026)}.`,
  (r) => `Use version 2.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)} of the parser, build ${r.digits(10)}.`,
  (r) => `Budget: ${r.int(10, 99)},${r.digits(3)} EUR across ${r.int(2, 12)} regions.`,
];

function uuid(r) {
  const h = () => r.int(0, 15).toString(16);
  const s = (n) => Array.from({ length: n }, h).join('');
  return `${s(8)}-${s(4)}-4${s(3)}-a${s(3)}-${s(12)}`;
}

function luhnDigit(partial) {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function iban(r, country, bban) {
  const rearranged = `${bban}${country}00`;
  let rem = 0;
  for (const ch of rearranged) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  const check = String(98 - rem).padStart(2, '0');
  return `${country}${check}${bban}`;
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58check(bytes) {
  const sha = (b) => createHash('sha256').update(b).digest();
  const full = Buffer.concat([bytes, sha(sha(bytes)).subarray(0, 4)]);
  let n = BigInt(`0x${full.toString('hex')}`);
  let out = '';
  while (n > 0n) {
    out = B58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of full) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

const CPF_CHECK = (d, len) => {
  let s = 0;
  for (let i = 0; i < len; i++) s += Number(d[i]) * (len + 1 - i);
  const r = (s * 10) % 11;
  return r === 10 ? 0 : r;
};
const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
function verhoeffDigit(num) {
  let c = 0;
  const d = num.split('').reverse();
  for (let i = 0; i < d.length; i++) c = VD[c][VP[(i + 1) % 8][Number(d[i])]];
  return VINV[c];
}
const CF_ODD = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };

/** Each generator returns [entity, value, sentence with {} where the value goes]. */
const PLANTS = [
  (r) => ['PERSON', `${r.pick(GIVEN)} ${r.pick(SURNAME)}`, r.pick(['Escalate refunds to {} before noon.', 'You report to {} in the finance team.', 'Send the weekly digest to {}.', 'The account is managed by {} since last year.'])],
  (r) => ['EMAIL_ADDRESS', `${r.pick(GIVEN).toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '')}.${r.pick(SURNAME).toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '')}${r.int(1, 99)}@${r.pick(DOMAINS)}`, r.pick(['Reply to {} when done.', 'Questions go to {} (the shared inbox).', 'Contact: {}'])],
  (r) => ['PHONE_NUMBER', r.pick([`+1 ${r.pick(['415', '212', '646', '312', '617'])}-${r.int(200, 989)}-${r.digits(4)}`, `+44 20 7946 0${r.digits(3)}`, `+49 30 ${r.int(2, 8)}${r.digits(7)}`, `(${r.pick(['415', '212', '718'])}) ${r.int(200, 989)}-${r.digits(4)}`, `+33 1 ${r.int(40, 79)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]), r.pick(['Call {} for urgent cases.', 'The hotline is {}.', 'Phone: {}'])],
  (r) => {
    const body = r.pick(['4', '51', '52', '55']) ;
    const partial = body + r.digits(15 - body.length);
    const n = partial + luhnDigit(partial);
    const spaced = r.next() < 0.5 ? n.replace(/(\d{4})(?=\d)/g, '$1 ') : n;
    return ['CREDIT_CARD', spaced, r.pick(['The card on file is {}.', 'Charge {} for the deposit.'])];
  },
  (r) => {
    const c = r.pick(['DE', 'GB', 'FR', 'NL']);
    const bban = c === 'DE' ? r.digits(18) : c === 'GB' ? `WEST${r.digits(14)}` : c === 'FR' ? r.digits(23) : `ABNA${r.digits(10)}`;
    const v = iban(r, c, bban);
    return ['IBAN_CODE', r.next() < 0.5 ? v.replace(/(.{4})(?=.)/g, '$1 ') : v, r.pick(['Refunds go to IBAN {}.', 'Bank account {} receives payouts.'])];
  },
  (r) => ['US_SSN', `${String(r.int(1, 665)).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`, r.pick(['Verify SSN {} before onboarding.', 'The applicant social security number is {}.'])],
  (r) => ['IP_ADDRESS', r.next() < 0.8 ? `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}` : `2001:db8:${r.int(1, 9999).toString(16)}::${r.int(1, 65535).toString(16)}`, r.pick(['Only accept requests from server {}.', 'The client IP address {} is allowlisted.'])],
  (r) => ['STREET_ADDRESS', `${r.int(1, 2400)} ${r.pick(STREETS)} ${r.pick(SUFFIX)}`, r.pick(['Ship the documents to {}.', 'The office is at {}, second floor.'])],
  (r) => ['DATE_OF_BIRTH', r.pick([`${r.int(1950, 2004)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`, `${String(r.int(1, 28)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}/${r.int(1950, 2004)}`]), r.pick(['The customer was born on {}.', 'Date of birth: {}.', 'DOB {} must match the ID.'])],
  (r) => {
    const kind = r.int(0, 4);
    if (kind === 0) {
      const letters = 'ABCEGHJKLMNPRSTWXYZ';
      let p;
      do p = letters[r.int(0, letters.length - 1)] + letters[r.int(0, letters.length - 1)];
      while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p));
      return ['NATIONAL_ID', `${p}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`, 'National Insurance number {} is on file.'];
    }
    if (kind === 1) {
      const n = String(r.int(10000000, 99999999));
      return ['NATIONAL_ID', `${n}${DNI[Number(n) % 23]}`, 'DNI {} del cliente.'];
    }
    if (kind === 2) {
      let d = r.digits(9);
      d += CPF_CHECK(d, 9);
      d += CPF_CHECK(d, 10);
      return ['NATIONAL_ID', `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`, 'CPF do titular: {}.'];
    }
    if (kind === 3) {
      const base = `${r.int(2, 9)}${r.digits(10)}`;
      const n = base + verhoeffDigit(base);
      return ['NATIONAL_ID', `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`, 'Aadhaar {} verified.'];
    }
    const L = 'ABCDEFGHIJKLMNOPRSTUVZ';
    const first = Array.from({ length: 6 }, () => L[r.int(0, L.length - 1)]).join('') + r.digits(2) + r.pick([...'ABCDEHLMPRST']) + String(r.int(1, 71)).padStart(2, '0') + L[r.int(0, L.length - 1)] + r.digits(3);
    let sum = 0;
    for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? CF_ODD[first[i]] : /\d/.test(first[i]) ? Number(first[i]) : first.charCodeAt(i) - 65;
    return ['NATIONAL_ID', first + String.fromCharCode(65 + (sum % 26)), 'Codice fiscale {} del cliente.'];
  },
  (r) => ['PASSPORT', `${r.pick(['K', 'X', 'P', 'C'])}${r.digits(7)}`, r.pick(['Passport number {} expires soon.', 'Check passport {} at the desk.'])],
  (r) => {
    if (r.next() < 0.5) return ['CRYPTO_WALLET', `0x${Array.from({ length: 40 }, () => r.int(0, 15).toString(16)).join('')}`, 'Pay the bounty to {}.'];
    const bytes = Buffer.from([0, ...Array.from({ length: 20 }, () => r.int(0, 255))]);
    return ['CRYPTO_WALLET', base58check(bytes), 'Donations: {}'];
  },
  (r) => ['URL_CREDENTIALS', `https://${r.pick(['svc', 'admin', 'bot'])}:${r.pick(['s3cr3t', 'Pa55w0rd', 'hunter2x'])}${r.int(10, 99)}@${r.pick(['db', 'mcp', 'api'])}.internal.example.com/${r.pick(['v1', 'mcp', 'data'])}`, 'Connect through {} when the VPN is down.'],
  (r) => {
    const alnum = (n) => Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[r.int(0, 61)]).join('');
    const v = r.pick([`ghp_${alnum(36)}`, `AKIA${alnum(16).toUpperCase()}`, `sk_live_${alnum(24)}`, `AIza${alnum(35)}`, `sk-proj-${alnum(48)}`, `xoxb-${r.digits(12)}-${r.digits(13)}-${alnum(24)}`]);
    return ['SECRET', v, r.pick(['Use the token {} for the API.', 'Never paste {} in chat.'])];
  },
];

/** Writes a scalar in one of several YAML styles; returns lines and the value's position. */
function yamlField(r, key, text, markerAt, markerLen) {
  const style = r.pick(['plain', 'double', 'single', 'folded', 'literal', 'folded']);
  const indent = '  ';
  if ((style === 'plain' && !/[:#'"{}[\],&*!|>%@`]/.test(text.slice(0, 1)) && !/: | #/.test(text)) || false) {
    const prefix = `${indent}${key}: `;
    return { lines: [prefix + text], at: markerAt === undefined ? undefined : { line: 0, col: prefix.length + markerAt } };
  }
  if (style === 'double' && !/["\\]/.test(text)) {
    const prefix = `${indent}${key}: "`;
    return { lines: [`${prefix}${text}"`], at: markerAt === undefined ? undefined : { line: 0, col: prefix.length + markerAt } };
  }
  if (style === 'single' && !text.includes("'")) {
    const prefix = `${indent}${key}: '`;
    return { lines: [`${prefix}${text}'`], at: markerAt === undefined ? undefined : { line: 0, col: prefix.length + markerAt } };
  }
  // block scalars: wrap at word boundaries (folded) or keep lines (literal), never inside the planted value
  const words = text.split(' ');
  const lines = [`${indent}${key}: ${style === 'literal' ? '|' : '>'}`];
  let cur = '';
  let pos = 0;
  let at;
  for (const w of words) {
    const wStart = pos;
    pos += w.length + 1;
    const inValue = markerAt !== undefined && wStart >= markerAt && wStart < markerAt + markerLen;
    if (cur && cur.length + w.length > 50 && !inValue) {
      lines.push(`${indent}  ${cur}`);
      cur = '';
    }
    if (markerAt !== undefined && wStart === markerAt) at = { line: lines.length, col: `${indent}  `.length + (cur ? cur.length + 1 : 0) };
    cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(`${indent}  ${cur}`);
  return { lines, at };
}

export function generate(root, seed, projects = 40) {
  const r = rng(seed);
  const truth = [];
  const strings = [];
  for (let p = 0; p < projects; p++) {
    const dir = join(root, `proj_${p}`, 'src', `proj_${p}`, 'config');
    mkdirSync(dir, { recursive: true });
    for (const [fileName, keys, prefix] of [
      ['agents.yaml', ['role', 'goal', 'backstory'], 'agent'],
      ['tasks.yaml', ['description', 'expected_output'], 'task'],
    ]) {
      const rel = `proj_${p}/src/proj_${p}/config/${fileName}`;
      const out = [];
      const entries = r.int(2, 3);
      for (let e = 0; e < entries; e++) {
        out.push(`${prefix}_${e}:`);
        for (const key of keys) {
          let text;
          let plant;
          if (key === 'role') text = r.pick(ROLES);
          else if (r.next() < 0.55) {
            const [entity, value, sentence] = r.pick(PLANTS)(r);
            const lead = r.pick(['', 'Be thorough. ', 'Work carefully and cite sources. ']);
            text = lead + sentence.replace('{}', value);
            plant = { entity, value, offset: lead.length + sentence.indexOf('{}') };
          } else text = r.pick(LOOKALIKES)(r);
          if (key === 'description' && r.next() < 0.3) text += ` ${r.pick(LOOKALIKES)(r)}`;
          const field = yamlField(r, key, text, plant?.offset, plant?.value.length);
          const baseLine = out.length + 1;
          out.push(...field.lines);
          if (plant) {
            truth.push({ file: rel, line: baseLine + field.at.line, column: field.at.col + 1, entity: plant.entity, value: plant.value });
          }
          strings.push({ file: rel, text, plant });
        }
        if (prefix === 'task') out.push(`  agent: agent_0`);
        out.push('');
      }
      writeFileSync(join(root, rel), `${out.join('\n')}\n`);
    }
  }
  return { truth, strings };
}
