// PERSON: names in roles, backstories, task text and tool names.
//
// Lexicons plus cues, not an NLP tagger: crew roles are full of capitalised job titles
// ("Senior Data Researcher", "Grace Period Policy Analyst", "Will draft the summary") that
// capitalisation-driven taggers call names, and a CI gate that floods with false names gets
// switched off. Measured with scripts/bench-quality.mjs (planted names in several languages,
// ~1,200 generated job titles) and test/scan/person.test.ts; no model to load, about
// 10 µs per string. How it decides:
//   1. capitalised words next to each other form a run ("Ask Tarek Haddad about");
//   2. ordinary words (lexicons/words.ts: title words, verbs, places, products) split the
//      run and are never part of a name, so a job title leaves nothing behind;
//   3. what is left is scored by evidence: a known given name, a known family name, an
//      honorific before it (Dr., Sra., Herr), a cue before it ("assistant to", "named",
//      "contact", "cliente"), a possessive or a verb of people after it ("Maria's",
//      "Bronwyn Achterberg approves").
// Identifiers (tool names as CrewAI sends them: read_maria_garcia_calendar,
// lookupJohnSmithProfile) are split into words and judged with the same lexicons.
import type { Detector, RawMatch, ScanOptions } from '../types.js';
import { HONORIFICS, NAME_PARTICLES, NAMING_CUES, STRONG_NAME_CUES, WEAK_NAME_CUES } from '../lexicons/names.js';
import { findIdentifierNames } from './personIdentifier.js';
import { findScriptNames } from './personScripts.js';
import { classify } from './personWords.js';
import { dual, isAscii } from '../asciiTwin.js';

const HONORIFIC = new Set(HONORIFICS.map((h) => h.toLowerCase()));

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Capitalised like a name: Maria, O'Brien, Jean-Pierre (not HR, not data) */
  cap: boolean;
  /** a single capital and a dot: the V. in Linda V. Yamamoto */
  initial: boolean;
  possessive: boolean;
}

// each Unicode pattern with its ASCII twin (scan/asciiTwin.ts): a function picks by its text
const WORD = dual(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu);
const ONE_CAPITAL = dual(/^\p{Lu}$/u);
const SMALL_THEN_CAPITAL = dual(/\p{Ll}\p{Lu}/u);
const NAME_WITH_CAPITAL_INSIDE = dual(/^(?:Mc|Mac|De|Di|Da|La|Le|Du|Van|Von|Fitz|O['’])\p{Lu}\p{Ll}+$/u);
const CAPITALISED = dual(/^\p{Lu}[\p{Ll}\p{M}'’]/u);
const ALL_CAPITALS = dual(/^\p{Lu}[\p{Lu}\p{M}]+$/u);

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const a = isAscii(text);
  for (const m of text.matchAll(WORD.for(a))) {
    let t = m[0];
    let possessive = false;
    if (/['’]s$/u.test(t)) {
      t = t.slice(0, -2);
      possessive = true;
    }
    t = t.replace(/[-'’]+$/u, '');
    if (!t) continue;
    const initial = ONE_CAPITAL.for(a).test(t) && text[m.index + 1] === '.';
    // EmailAutoResponderFlow, OpenAI: a capital after a small letter makes a code identifier or a brand (McDonald, DeShawn, LaToya are names)
    const camel = SMALL_THEN_CAPITAL.for(a).test(t) && !NAME_WITH_CAPITAL_INSIDE.for(a).test(t);
    // a word glued to code by _ or . (crew.Agent, propose_City) is part of an identifier
    const prevCh = text[m.index - 1];
    const nextCh = text[m.index + m[0].length];
    const glued = ((prevCh === '_' || prevCh === '.') && /\w/.test(text[m.index - 2] ?? '')) || ((nextCh === '_' || nextCh === '.') && /\w/.test(text[m.index + m[0].length + 1] ?? ''));
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, cap: !camel && !glued && CAPITALISED.for(a).test(t) && !ALL_CAPITALS.for(a).test(t), initial, possessive });
  }
  return out;
}

/** A cue right before a name, looked up by the last 1–3 words before it. */
interface Cue {
  /** 2: a person cue ("assistant to", "cliente", "Dear"); 1: a preposition ("to", "com"); 0: none */
  strength: 0 | 1 | 2;
  /** "named", "called", "my name is": whatever follows is a name */
  naming: boolean;
  /** written in lower case, or a greeting, or followed by a colon: not the first word of a title ("Customer Happiness Hero") */
  plain: boolean;
  /** a verb of addressing before it ("ask", "copy", "send … to", "owner is"): one unknown word after it is a name */
  addressing?: boolean;
}
const cueSet = (cues: string[]) => new Set(cues.map((c) => c.toLowerCase().replace(/\s+/g, ' ')));
const STRONG = cueSet(STRONG_NAME_CUES);
const WEAK = cueSet(WEAK_NAME_CUES);
const NAMING = cueSet(NAMING_CUES);
const GREETINGS = new Set(['dear', 'hi', 'hello', 'hey', 'querido', 'querida', 'estimado', 'estimada', 'cher', 'chère', 'caro', 'cara', 'gentile', 'liebe', 'lieber', 'olá', 'hola', 'bonjour', 'ciao', 'hallo']);
const IMPERATIVE_CUES = new Set(['ask', 'contact', 'call', 'email', 'ping', 'notify', 'remind', 'thank', 'cc', 'copy', 'contate', 'contactez', 'contattare', 'contactar']);
// "The account owner is Jörg.": a role and "is" before one name
const IS_CUES = new Set(['owner is', 'contact is', 'manager is', 'assignee is', 'requester is', 'approver is', 'reviewer is', 'account owner is', 'point of contact is']);
const CUE_END = dual(/[\p{L}\p{M}](\s*[:,]?)\s*$/u);
const LETTERS = dual(/[\p{L}\p{M}]+/gu);
const SMALL_FIRST = dual(/^\p{Ll}/u);
const NO_CUE: Cue = { strength: 0, naming: false, plain: false };
function cueBefore(text: string, start: number): Cue {
  const before = text.slice(Math.max(0, start - 32), start);
  const a = isAscii(before);
  // only spaces and at most a colon or comma between the cue and the name
  const end = CUE_END.for(a).exec(before);
  if (!end) return NO_CUE;
  const raw = before.match(LETTERS.for(a));
  if (!raw) return NO_CUE;
  const words = raw.map((w) => w.toLowerCase());
  const n = words.length;
  const tails = [words[n - 1], n >= 2 ? `${words[n - 2]} ${words[n - 1]}` : '', n >= 3 ? `${words[n - 3]} ${words[n - 2]} ${words[n - 1]}` : ''];
  const hit = tails.findIndex((t) => t && STRONG.has(t));
  if (hit >= 0) {
    const first = raw[n - 1 - hit];
    // a cue verb opening a sentence is an imperative ("Ask Tarek Haddad"), not the first word of a title
    const opening = IMPERATIVE_CUES.has(words[n - 1 - hit]) && hit === 0 && /(?:^|[.!?:;\n]\s*|^\s*[-*•]\s*)$/u.test(before.slice(0, before.length - end[0].length + 1 - raw[n - 1].length));
    const plain = SMALL_FIRST.for(a).test(first) || GREETINGS.has(words[n - 1 - hit]) || /[:,]/.test(end[1]) || opening;
    const cueWord = tails[hit];
    const addressing = plain && (IMPERATIVE_CUES.has(cueWord) || IS_CUES.has(cueWord) || / (?:to|by|of)$/.test(cueWord));
    return { strength: 2, naming: tails.some((t) => t && NAMING.has(t)), plain, addressing };
  }
  if (WEAK.has(tails[0])) {
    // "Send the final draft to X", "reporting to X", "coordinate with X": a verb of addressing earlier in the clause makes the preposition a person cue
    if (ADDRESSING_PREPOSITIONS.has(tails[0]) && addressingVerbBefore(before.slice(0, before.length - end[0].length + 1))) return { strength: 2, naming: false, plain: true, addressing: true };
    return { strength: 1, naming: false, plain: SMALL_FIRST.for(a).test(raw[n - 1]) };
  }
  return NO_CUE;
}

const ADDRESSING_PREPOSITIONS = new Set(['to', 'with', 'from', 'para', 'a', 'à', 'ao', 'com', 'con', 'an', 'mit', 'avec']);
// verbs whose object after to/with is a person: send X to <person>, reporting to <person>
const ADDRESSING_VERB = dual(new RegExp(
  `(?<![\\p{L}])(?:${[
    'send', 'sends', 'sent', 'sending', 'forward', 'forwards', 'forwarded', 'escalate', 'escalates', 'escalated', 'report', 'reports', 'reporting', 'reported',
    'deliver', 'delivered', 'submit', 'submitted', 'hand', 'handed', 'give', 'given', 'address', 'addressed', 'write', 'written', 'reply', 'replies', 'mail', 'email', 'emailed',
    'assign', 'assigned', 'coordinate', 'coordinating', 'talk', 'speak', 'speaking', 'meet', 'meeting', 'introduce', 'introduced', 'comes', 'came', 'request', 'message', 'copy',
    'envie', 'envia', 'enviar', 'envía', 'mande', 'fale', 'falar', 'entregue', 'hable', 'envoyez', 'envoyer', 'parlez', 'schicken', 'senden', 'schick', 'sprechen', 'inviare', 'invia', 'parla',
  ].join('|')})(?![\\p{L}])[^.!?;:\\n]{0,40}$`,
  'iu',
));
const addressingVerbBefore = (before: string) => ADDRESSING_VERB.for(isAscii(before)).test(before);

// cues after which even one unknown capitalised word is a name, when a comma, full stop,
// quote or the end follows: greetings, sign-offs, persona lines ("Thanks, Faisal", "You are Jordan,")
const SINGLE_NAME_CUES = dual(new RegExp(
  `(?:^|[^\\p{L}])(?:${[
    'dear', 'hi', 'hello', 'hey', 'hello to', 'say hello to', 'greet', 'thanks', 'thank you', 'regards', 'best regards', 'kind regards', 'best', 'cheers', 'sincerely', 'yours',
    'you are', "you're", 'your persona is', 'persona is', 'your name is', 'my name is', 'i am', "i'm", 'this is', 'signed', 'olá', 'oi', 'obrigado', 'obrigada', 'atenciosamente', 'abraços',
    'hola', 'gracias', 'saludos', 'bonjour', 'merci', 'cordialement', 'hallo', 'danke', 'grüße', 'viele grüße', 'ciao', 'grazie', 'cordiali saluti', 'tu sei', 'eres', 'você é', 'tu es', 'du bist',
  ].join('|')})[ \\t]*,?[ \\t]*$`,
  'iu',
));
const SINGLE_NAME_END = /^(?:[ \t]*(?:[,.!?;:"”»)]|\r?\n|$))/u;

/** Verbs of people right after a name: "Bronwyn Achterberg approves …". */
const PERSON_VERBS = new Set(
  // no verb that is also a plural noun ("Forrester Wave reports", "Sales Leads")
  `approves approved asked asks handles handled owns owned manages managed signed wants wanted prefers preferred called emailed wrote
  said says complained requested joined expects expected decides decided confirmed insisted lives lived travels travelled
  will would can should must may is was has had
  aprova pediu solicitou quer prefere precisa disse escreveu mora trabalha aprueba pidió solicitó quiere prefiere necesita dijo escribió vive trabaja
  approuve demande demandé veut préfère doit habite travaille approva chiede chiesto vuole preferisce deve abita lavora genehmigt möchte wohnt arbeitet`
    .split(/\s+/),
);
// "is", "will" and friends only count after a name with some other evidence; see score()
const WEAK_VERBS = new Set(['will', 'would', 'can', 'should', 'must', 'may', 'is', 'was', 'has', 'had']);

/** Endings of English and Romance common nouns, never of an unknown name on their own (inquiry, assessment, ciência). */
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ism|ship|ogy|ics|ing|[eiou]ry|ure|ção|ções|dade|mento|ência|ância|ismo)$/u;

/** Whitespace only, at most one line break (folded and literal YAML lines). */
const GAP = /^[ \t\u00a0]+$|^[ \t]*\r?\n[ \t]*$/;
const INITIAL_GAP = /^\.[ \t\u00a0]*$|^\.[ \t]*\r?\n[ \t]*$/;

interface Segment {
  tokens: Token[];
  honorific: boolean;
}

/** Splits capitalised runs into name segments: ordinary words and honorifics cut them. */
const CAPITAL_FIRST = dual(/^\p{Lu}/u);
const HONORIFIC_THEN_NAME = dual(/^\.?[ \t\u00a0]+\p{Lu}/u);

function segments(text: string, toks: Token[]): Segment[] {
  const a = isAscii(text);
  const out: Segment[] = [];
  let cur: Token[] = [];
  let honorific = false;
  let pendingHonorific = false;
  const flush = () => {
    // particles and initials cannot end a name
    while (cur.length && (NAME_PARTICLES.has(cur[cur.length - 1].lower) || cur[cur.length - 1].initial)) cur.pop();
    if (cur.length) out.push({ tokens: cur, honorific });
    cur = [];
    honorific = false;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    const gap = prev ? text.slice(prev.end, t.start) : '';
    const adjacent = prev !== undefined && (GAP.test(gap) || (prev.initial && INITIAL_GAP.test(gap)) || (HONORIFIC.has(prev.lower) && /^\.?[ \t\u00a0]+$/.test(gap)));
    if (!adjacent || prev?.possessive) flush();
    if (HONORIFIC.has(t.lower) && CAPITAL_FIRST.for(a).test(t.text) && HONORIFIC_THEN_NAME.for(a).test(text.slice(t.end, t.end + 3))) {
      flush();
      pendingHonorific = true;
      continue;
    }
    // da/van/de inside a name; capitalised ones too when a name word follows ("Youssef El Amrani")
    const following = toks[i + 1];
    const particle =
      cur.length > 0 &&
      NAME_PARTICLES.has(t.lower) &&
      (!t.cap || (following !== undefined && following.cap && GAP.test(text.slice(t.end, following.start)) && classify(following.lower) !== 'C'));
    if (particle) {
      cur.push(t);
      continue;
    }
    if (t.initial && cur.length) {
      cur.push(t);
      continue;
    }
    if (!t.cap || classify(t.lower) === 'C') {
      flush();
      pendingHonorific = false;
      continue;
    }
    if (!cur.length) {
      honorific = pendingHonorific;
      pendingHonorific = false;
    }
    cur.push(t);
  }
  flush();
  return out;
}

const SMALL_WORD_NEXT = dual(/^[ \t]+\p{Ll}/u);
const SENTENCE_GOES_ON = dual(/^[ \t]+\p{Ll}|^[ \t]*[,.;:!?]/u);

function scoreSegment(text: string, seg: Segment, next: Token | undefined, afterName: boolean): { start: number; end: number; score: number } | undefined {
  const ascii = isAscii(text);
  const names = seg.tokens.filter((t) => !t.initial && !NAME_PARTICLES.has(t.lower));
  if (!names.length || names.length > 4) return undefined;
  const first = names[0];
  const last = names[names.length - 1];
  const a = classify(first.lower);
  const b = classify(last.lower);
  const start = seg.tokens[0].start;
  const end = seg.tokens[seg.tokens.length - 1].end;
  const cue = cueBefore(text, start);
  const afterGap = next ? text.slice(end, next.start) : '';
  const verb = next !== undefined && /^,?[ \t]+$/.test(afterGap) && PERSON_VERBS.has(next.lower);
  const strongVerb = verb && !WEAK_VERBS.has(next!.lower);
  const possessive = last.possessive;
  // a greeting, sign-off or persona line before it: "Best regards, Pádraig Keane", "You are Ana Souza,"
  const personLine = SINGLE_NAME_CUES.for(ascii).test(text.slice(Math.max(0, start - 24), start));
  const strong = (cue.strength === 2 && cue.plain) || personLine;
  const anyCue = cue.strength > 0;
  let score = 0;
  if (names.length >= 2) {
    if (a === 'G') score = b === 'S' || b === 'G' ? 0.9 : 0.8;
    // Will Smith, Grace Kowalski; a word-like given name before a given name needs a cue (Morgan Stanley is a bank)
    else if (a === 'A') score = b === 'S' ? 0.8 : b === 'G' ? (anyCue ? 0.7 : 0) : strong || possessive ? 0.65 : 0;
    else if (b === 'S') score = a === 'U' ? 0.75 : a === 'S' ? 0.7 : strong ? 0.65 : 0;
    // romanised Korean given names: Ji-woo Park, Park Ji-woo
    else if ((a === 'U' && first.text.includes('-') && b === 'W') || ((a === 'S' || a === 'W') && b === 'U' && last.text.includes('-') && names.length === 2)) score = 0.7;
    else if (b === 'G') score = strong ? 0.65 : 0;
    // two unknown capitalised words: only after a person cue, after another name ("Kenji Watanabe
    // and Aroha Ngata"), or with a possessive or a verb of people
    // ("Symptom Inquiry says" is a heading, not a person: nouns by their endings get no weak evidence)
    else score = strong || afterName ? 0.65 : (possessive || strongVerb) && !names.some((t) => NOUN_ENDING.test(t.lower)) ? 0.6 : 0;
  } else {
    // what follows one name: punctuation, the end, or a small word ("Ask Jörg before publishing")
    const ends = SINGLE_NAME_END.test(text.slice(end, end + 3)) || SMALL_WORD_NEXT.for(ascii).test(text.slice(end, end + 3));
    const single = (a === 'U' || a === 'S' || a === 'G' || a === 'W') && personLine && ends;
    if (a === 'G') score = anyCue || possessive || verb || single ? 0.7 : 0;
    else if (cue.naming || single) score = 0.7;
    // the sentence must go on after the name: "Email Categorizer" is a title, "Copy Huong on every summary" is not
    else if (a !== 'A' && cue.addressing && SENTENCE_GOES_ON.for(ascii).test(text.slice(end, end + 3))) score = 0.65;
    else if (a === 'A') score = possessive && strong ? 0.6 : 0;
  }
  // "Eixos de Schwartz" (a method named after someone): an unknown word joined by a particle to a surname is
  // a name only with a cue; "Luiz de Souza" starts with a given name
  if (score && !anyCue && !strongVerb && !possessive && a !== 'G' && seg.tokens.some((t) => NAME_PARTICLES.has(t.lower))) score = 0;
  if (seg.honorific) score = Math.max(score, 0.85);
  return score ? { start, end, score } : undefined;
}

const NAMED_ENTITY_ACRONYM = dual(/^(?:[ \t]+(?:(?:de|da|do|dos|das|of|the|and|for|für|des|du|del|della|y|e|et|und)[ \t]+)?[\p{Lu}][\p{L}\p{M}'’-]*){0,8}[ \t]*\((?:\p{Lu}[\p{Lu}\d]{1,9})\)/u);
const PRODUCT_AFTER = dual(/^[ \t]+(?:AI|GPT|Bot|Labs?|Inc\.?|Ltd\.?|LLC|GmbH|Corp\.?|Cloud|Studio|Pro|API|SDK|OS|for (?:Business|Teams|Work|Enterprise|Education|Developers))(?![\p{L}])/u);

const NAME_LIST_JOIN = /^\s*(?:,|&|and|or|e|y|et|und|ou|o)\s*$/u;

/** Vietnamese names put the family name first, then short given names that are also ordinary words (Nguyen Van An, Tran Thi Mai). */
const VIETNAMESE_SURNAMES = new Set(['nguyen', 'nguyễn', 'tran', 'trần', 'pham', 'phạm', 'hoang', 'hoàng', 'huynh', 'huỳnh', 'phan', 'vu', 'vũ', 'vo', 'võ', 'dang', 'đặng', 'bui', 'bùi', 'duong', 'dương', 'ngo', 'ngô', 'dinh', 'đinh', 'truong', 'trương', 'trinh', 'trịnh', 'doan', 'đoàn']);

function findVietnamese(text: string, toks: Token[], out: RawMatch[]): void {
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].cap || !VIETNAMESE_SURNAMES.has(toks[i].lower)) continue;
    let j = i;
    while (j + 1 < toks.length && j - i < 3 && toks[j + 1].cap && [...toks[j + 1].text].length <= 6 && GAP.test(text.slice(toks[j].end, toks[j + 1].start))) j++;
    if (j > i) out.push({ start: toks[i].start, end: toks[j].end, score: j - i >= 2 ? 0.8 : 0.7 });
    i = j;
  }
}

function findProse(text: string): RawMatch[] {
  const ascii = isAscii(text);
  const toks = tokenize(text);
  const out: RawMatch[] = [];
  findVietnamese(text, toks, out);
  const index = new Map(toks.map((t, i) => [t, i]));
  for (const seg of segments(text, toks)) {
    const lastTok = seg.tokens[seg.tokens.length - 1];
    const prev = out[out.length - 1];
    // "Kenji Watanabe and Aroha Ngata": only after a name with lexicon evidence, so one guess cannot chain into more
    const afterName = prev !== undefined && prev.score >= 0.8 && NAME_LIST_JOIN.test(text.slice(prev.end, seg.tokens[0].start));
    const m = scoreSegment(text, seg, toks[index.get(lastTok)! + 1], afterName);
    // "General Data Protection Regulation (GDPR)", "Lei Geral de Proteção de Dados (LGPD)": a capitalised run with its acronym is a law or an institution
    if (m && !seg.honorific && NAMED_ENTITY_ACRONYM.for(ascii).test(text.slice(m.end, m.end + 160))) continue;
    // "Harvey AI", "Alexa for Business": a product or a company, not a person
    if (m && !seg.honorific && PRODUCT_AFTER.for(ascii).test(text.slice(m.end, m.end + 24))) continue;
    if (m) out.push(m);
  }
  return out;
}

const PROSE_QUICK = dual(/[\p{Lu}\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3\u05d0-\u05ea]/u);

export function findPersons(text: string, options: ScanOptions = {}): RawMatch[] {
  if (options.kind !== 'identifier' && !PROSE_QUICK.for(isAscii(text)).test(text)) return [];
  const base = options.kind === 'identifier' ? findIdentifierNames(text) : findProse(text);
  return [...base, ...findScriptNames(text)];
}

export const detectPerson: Detector = {
  id: 'pii/person',
  entity: 'PERSON',
  category: 'pii',
  description: "Person's name (name lexicons with family-name, honorific or cue evidence; several languages and scripts)",
  patterns: [],
  find: findPersons,
  minScore: 0.6,
  examples: {
    match: [
      'Escalations go to Maria Garcia today', 'Dr. Okafor will review', 'assistant to Priya', 'Contact João Silva', 'Linda V. Yamamoto',
      'Isabel van der Berg', '请联系王伟先生', '请把报告发给李明。', '田中さんに連絡', '担当者は佐藤花子です', '김민준 씨에게', '박서연에게 보내세요', 'דוד כהן',
      'Send the final draft to Tupac Quilla.', 'Representative reporting to Amani Kiprono', 'Ask Zubair Okonjo before', 'End each message with "Thanks, Ravindu"',
      'Say hello to Oyelowo.', 'Your persona is Tanvir.', 'You are Keoni, a friendly guide', 'Best regards, Anouk Verbeek', '你代表冯浩宇回复客户', '担当者は渡部です', '최종 보고서를 문서윤님에게 보내세요',
      'Escalate to 韩子墨 if the customer is unhappy.', 'Send the final draft to 西村陽斗.', 'Ask Jörg before publishing', 'The account owner is Tanvir.', 'You are reporting to Hemi for this project.',
    ],
    noMatch: [
      'Senior Data Researcher', 'Grace Period Policy Analyst', 'Will draft the summary', 'Reporting Analyst', 'Mark as done', 'Customer Support Lead',
      'Hong Kong launch', 'Global Bishop Legal Formatter', 'お客様', '고객님', '[仕様]を確認', '仕様書の様式', '사용자님에게', '고객사에게',
      'Use the EmailAutoResponderFlow class', 'propose_city_route_task', 'Lei Geral de Proteção de Dados (LGPD)', 'General Data Protection Regulation (GDPR)',
      'Compare Harvey AI with Alexa for Business', 'Build the site with Hugo', 'Introduces Acme Consulting’s value', 'Hello World',
      'Send to 客户 now', 'Contact Support for help', 'Copy Editor', 'Ask Questions', 'Email Categorizer', 'Call Summarizer',
    ],
  },
};
