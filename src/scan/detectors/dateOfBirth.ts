// A date counts as a date of birth only next to birth words, so event dates, deadlines
// and release dates never fire. Cues and month names in the languages crews are written in.
import type { Detector, RawMatch } from '../types.js';
import { dual, isAscii } from '../asciiTwin.js';

const CUES = [
  'born(?:\\s+(?:on|in))?', 'date\\s+of\\s+birth', 'd\\.?o\\.?b\\.?', 'birth\\s*date', 'birthday', 'b-day',
  'nascid[oa](?:\\s+(?:em|no\\s+dia))?', 'nasceu(?:\\s+(?:em|no\\s+dia|a))?', 'nació(?:\\s+el)?', 'naquit(?:\\s+le)?', 'nacque(?:\\s+il)?', 'data\\s+de\\s+nascimento', 'dt\\.?\\s+nasc\\.?', 'aniversário',
  'nacid[oa](?:\\s+el)?', 'fecha\\s+de\\s+nacimiento', 'f\\.\\s*nac\\.?', 'cumpleaños',
  'n[ée]e?(?:\\s+le)?', 'date\\s+de\\s+naissance', 'anniversaire',
  'nat[oa](?:\\s+il)?', 'data\\s+di\\s+nascita', 'compleanno',
  'geboren(?:\\s+(?:am|op))?', 'geburtsdatum', 'geb\\.', 'geburtstag', 'geboortedatum',
];
// cue, then an optional verb or colon ("date of birth is", "DOB:", "born on")
const CUE = dual(new RegExp(`(?<![\\p{L}])(?:${CUES.join('|')})(?![\\p{L}])(?:\\s*\\((?:dob|d\\.o\\.b\\.)\\))?\\s*(?:[:\\-–=(]|\\b(?:is|was|of|é|es|est|è|ist)\\b)?\\s*`, 'giu'));
const CJK_CUE = /(?:出生日期|出生年月日|出生于|出生於|生日|生年月日|誕生日|생년월일|생일)\s*(?:[:：は은는]|为|為|是|が)?\s*/gu;

const MONTH_NAMES = [
  'jan(?:uary|\\.)?', 'feb(?:ruary|\\.)?', 'mar(?:ch|\\.)?', 'apr(?:il|\\.)?', 'may', 'june?', 'july?', 'aug(?:ust|\\.)?', 'sep(?:t(?:ember)?|\\.)?', 'oct(?:ober|\\.)?', 'nov(?:ember|\\.)?', 'dec(?:ember|\\.)?',
  'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
  'enero', 'febrero', 'marzo', 'mayo', 'junio', 'julio', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
].join('|');
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MON = '(?:0?[1-9]|1[0-2])';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const FORMATS = [
  `${YEAR}[-/.]${MON}[-/.]${DAY}`,
  `${DAY}[-/.]${MON}[-/.](?:${YEAR}|\\d\\d)`,
  `${MON}[-/.]${DAY}[-/.](?:${YEAR}|\\d\\d)`,
  `(?:${MONTH_NAMES})\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}`,
  `${DAY}(?:st|nd|rd|th|º|°|\\.)?\\s+(?:of\\s+|de\\s+)?(?:${MONTH_NAMES})\\.?,?\\s+(?:de\\s+|del\\s+)?${YEAR}`,
];
const DATE = dual(new RegExp(`^(?:${FORMATS.join('|')})(?![\\d\\p{L}])`, 'iu'));
const CJK_DATE = /^(?:\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})/u;
// "born in Porto on 3 May 1990": a place between the cue and the date
const PLACE_GAP = dual(/^(?:(?:in|em|en|à|a)\s+)?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?,?\s+(?:on|em|el|le|il|am)\s+/u);
const QUICK = /\d{2}/;

function find(text: string): RawMatch[] {
  if (!QUICK.test(text)) return [];
  const out: RawMatch[] = [];
  const a = isAscii(text);
  const tryAt = (at: number, re: RegExp) => {
    // "born on the 3rd of June, 1992"
    if (/^the\s/i.test(text.slice(at, at + 4))) at += 4;
    let rest = text.slice(at, at + 48);
    let shift = 0;
    if (!re.test(rest)) {
      const gap = PLACE_GAP.for(a).exec(rest);
      if (!gap) return;
      shift = gap[0].length;
      rest = text.slice(at + shift, at + shift + 48);
    }
    const m = re.exec(rest);
    if (m) out.push({ start: at + shift, end: at + shift + m[0].length, score: 0.85 });
  };
  for (const cue of text.matchAll(CUE.for(a))) tryAt(cue.index + cue[0].length, DATE.for(a));
  if (/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]/u.test(text)) for (const cue of text.matchAll(CJK_CUE)) tryAt(cue.index + cue[0].length, CJK_DATE);
  return out;
}

export const detectDateOfBirth: Detector = {
  id: 'pii/date-of-birth',
  entity: 'DATE_OF_BIRTH',
  category: 'pii',
  description: 'Date of birth (a date next to birth words, several languages)',
  quick: /\d/,
  patterns: [],
  find,
  examples: {
    match: [
      'born on 1985-04-12', 'Date of birth: 12/04/1985', 'DOB: March 3, 1979', 'nascido em 03/07/1990', 'her date of birth is 12 April 1985',
      'DOB 1985/04/12', 'data de nascimento: 3 de julho de 1990', 'née le 12 mars 1985', 'Fecha de nacimiento: 26 de mayo de 1996',
      'nato il 4 luglio 1978', 'born on the 3rd of June, 1992', 'Date of Birth (DOB): 04/12/1985', 'Geburtsdatum: 01.02.1980', 'born in Porto on 3 May 1990', '出生日期：1990年3月12日', '생년월일: 1988년 5월 2일', 'A cliente nasceu em 1954-03-09.', '出生日期为1979年2月9日。', '生年月日は1985年4月2日です。', 'El paciente nació el 3 de mayo de 1971',
    ],
    noMatch: ['shipped on 2024-03-18', 'the launch on March 3, 2024', 'Q3 2024 report', 'born-again startup founded 2019-01-01', 'deadline 12/04/2025', 'O projeto nasceu em 2019 e cresceu', '生日快乐，活动在2024年5月1日'],
  },
};
