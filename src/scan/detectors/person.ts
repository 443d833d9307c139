// PERSON: names in roles, backstories, task text and tool names. Chosen by
// measurement over NLP taggers: a given-name lexicon with surname and cue evidence is
// faster and far more precise on job titles ("Senior Data Researcher", "Grace Period
// Policy Analyst", "Will draft the summary"), which a capitalisation tagger calls names.
import type { Detector, RawMatch, ScanOptions } from '../types.js';
import {
  AMBIGUOUS_GIVEN,
  CJK_SURNAMES,
  GIVEN_NAMES,
  HEBREW_GIVEN,
  HONORIFICS,
  KOREAN_SURNAMES,
  NAME_CUES,
  NOT_SURNAMES,
  SURNAMES,
} from '../lexicons/names.js';

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  cap: boolean;
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
const HONORIFIC = new Set(HONORIFICS);
const LOWER_CUE = new RegExp(`(?:^|[^\\p{L}])(?:to|by|from|with|cc|for|${NAME_CUES.map((c) => c.replace(/\s+/g, '\\s+')).join('|')})\\s*[:,]?\\s+$`, 'u');
const CUE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${NAME_CUES.map((c) => c.replace(/\s+/g, '\\s+')).join('|')})\\s*[:,]?\\s*$`, 'iu');

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = m[0].replace(/['’]s$/u, '').replace(/[-'’]+$/u, '');
    if (!t) continue;
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, cap: /^\p{Lu}\p{Ll}/u.test(t) });
  }
  return out;
}

const isSurname = (t: Token) => SURNAMES.has(t.lower) && !NOT_SURNAMES.has(t.lower);
const isGiven = (t: Token) => GIVEN_NAMES.has(t.lower);
const plainWord = (t: Token) => NOT_SURNAMES.has(t.lower) || NOT_SURNAMES.has(t.lower.replace(/s$/, ''));

/** Tokens directly adjacent (one space, no punctuation between). */
function adjacent(text: string, a: Token, b: Token | undefined): b is Token {
  return Boolean(b) && /^[ \t]+$|^ ?\n[ \t]*$/.test(text.slice(a.end, b!.start));
}

function cueBefore(text: string, t: Token): boolean {
  return CUE_RE.test(text.slice(Math.max(0, t.start - 24), t.start));
}

function possessiveAfter(text: string, t: Token): boolean {
  return /^['’]s\b/u.test(text.slice(t.end, t.end + 3));
}

function findProse(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  const toks = tokens(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    const after = toks[i + 2];
    // Dr. Maria Garcia / Sra. Silva
    if (HONORIFIC.has(t.text) && next?.cap && !plainWord(next) && /^\.?\s+$/.test(text.slice(t.end, next.start))) {
      const end = adjacent(text, next, after) && after.cap && !plainWord(after) ? after.end : next.end;
      out.push({ start: next.start, end, score: 0.85 });
      i += end === next.end ? 1 : 2;
      continue;
    }
    if (!t.cap) continue;
    const given = isGiven(t);
    const ambiguous = AMBIGUOUS_GIVEN.has(t.lower);
    if (adjacent(text, t, next) && next.cap && !plainWord(next) && next.text.length > 1) {
      const surname = isSurname(next);
      let score = 0;
      if (given && surname) score = 0.9;
      else if (given && !ambiguous) score = 0.75;
      else if (!given && surname && !plainWord(t) && (cueBefore(text, t) || i > 0)) score = 0.65;
      // two unknown capitalised words right after a person cue ("send it to Svenja Kowalski")
      // (the cue must be written in lower case: "Email Trash Cleanup" is a title, not "email Trash")
      else if (!given && !plainWord(t) && !isSurname(t) && LOWER_CUE.test(text.slice(Math.max(0, t.start - 24), t.start))) score = 0.6;
      if (score > 0) {
        const end = adjacent(text, next, after) && after.cap && isSurname(after) ? after.end : next.end;
        out.push({ start: t.start, end, score });
        i += end === next.end ? 1 : 2;
        continue;
      }
    }
    if (given && (!ambiguous || cueBefore(text, t)) && (cueBefore(text, t) || possessiveAfter(text, t))) {
      out.push({ start: t.start, end: t.end, score: 0.7 });
    }
  }
  return out;
}

/** Words of an identifier: read_maria_garcia_calendar, lookupJohnSmith, maria-garcia. */
function identifierTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\p{L}+/gu)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, cap: true });
  }
  return out;
}

const ID_CUES = new Set(['to', 'for', 'of', 'by', 'contact', 'email', 'call', 'ask', 'notify', 'from']);

function findIdentifier(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  const toks = identifierTokens(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    if (!isGiven(t)) continue;
    if (next && isSurname(next)) {
      out.push({ start: t.start, end: next.end, score: 0.85 });
      i++;
    } else if (!AMBIGUOUS_GIVEN.has(t.lower) && i > 0 && ID_CUES.has(toks[i - 1].lower) && (!next || plainWord(next))) {
      out.push({ start: t.start, end: t.end, score: 0.65 });
    }
  }
  return out;
}

const ZH = new RegExp(`([${CJK_SURNAMES}])([\\u4e00-\\u9fff]{1,2}?)(?=先生|女士|小姐|老师|經理|经理|博士|教授|同学|律师|医生)`, 'gu');
const ZH_CUE = new RegExp(`(?:名叫|叫做|联系人?[:：]?|负责人[:：]?|发给|交给|转给|告诉|通知|抄送|致|客户|患者|经理|由|请)([${CJK_SURNAMES}][\\u4e00-\\u9fff]{1,2})(?=[，。、,.\\s的和与]|负责|处理|审核|确认|签|批准|跟进|先生|女士|$)`, 'gu');
const JA = /(?<![お御皆各])([\u4e00-\u9fff]{2,4}|[\u30a1-\u30fa\u30fc]{2,8})(?=さん|様|さま|氏|くん|ちゃん)/gu;
const JA_NOT = /(者|客|員|者様|担当|利用|会社|部|課|係|全員|皆)$/u;
const KO = new RegExp(`(?<![\\uac00-\\ud7a3])([${KOREAN_SURNAMES}][\\uac00-\\ud7a3]{2})(?=\\s?(?:씨|님|선생님|교수님|대표님|에게|께서|께))`, 'gu');
const HE = new RegExp(`(?<![\\u0590-\\u05ff])(${HEBREW_GIVEN.join('|')})(\\s[\\u05d0-\\u05ea]{2,})?(?![\\u0590-\\u05ff])`, 'gu');

function findScripts(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  if (/[\u4e00-\u9fff\u3040-\u30ff]/u.test(text)) {
    for (const m of text.matchAll(ZH)) out.push({ start: m.index, end: m.index + m[1].length + m[2].length, score: 0.8 });
    for (const m of text.matchAll(ZH_CUE)) {
      const start = m.index + m[0].length - m[1].length;
      out.push({ start, end: start + m[1].length, score: 0.75 });
    }
    for (const m of text.matchAll(JA)) if (!JA_NOT.test(m[1])) out.push({ start: m.index, end: m.index + m[1].length, score: 0.7 });
  }
  if (/[\uac00-\ud7a3]/u.test(text)) {
    for (const m of text.matchAll(KO)) out.push({ start: m.index, end: m.index + m[1].length, score: 0.75 });
  }
  if (/[\u05d0-\u05ea]/u.test(text)) {
    for (const m of text.matchAll(HE)) if (m[2]) out.push({ start: m.index, end: m.index + m[0].length, score: 0.7 });
  }
  return out;
}

export function findPersons(text: string, options: ScanOptions = {}): RawMatch[] {
  const base = options.kind === 'identifier' ? findIdentifier(text) : findProse(text);
  return [...base, ...findScripts(text)];
}

export const detectPerson: Detector = {
  id: 'pii/person',
  entity: 'PERSON',
  category: 'pii',
  description: "Person's name (given-name lexicon with surname, honorific or cue evidence; several languages and scripts)",
  patterns: [],
  find: findPersons,
  minScore: 0.6,
  examples: {
    match: ['Escalations go to Maria Garcia today', 'Dr. Okafor will review', 'assistant to Priya', 'Contact João Silva', '请联系王伟先生', '请把报告发给李明。', '田中さんに連絡', '김민준 씨에게', '박서연에게 보내세요', 'דוד כהן'],
    noMatch: ['Senior Data Researcher', 'Grace Period Policy Analyst', 'Will draft the summary', 'Reporting Analyst', 'Mark as done', 'Customer Support Lead', 'お客様', '고객님'],
  },
};
