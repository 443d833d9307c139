import type { Detector, RawMatch } from '../types.js';
import { dual, isAscii } from '../asciiTwin.js';

// Passport numbers have no checksum of their own: only a number next to the word counts.
// the cue, then what may stand between it and the number: "passport number:", "passport is",
// "O passaporte do viajante é", "El pasaporte del cliente es", "旅券番号は", "护照号码："
const CUE = dual(new RegExp(
  [
    '(?<![\\p{L}])(?:passport|passaporte|pasaporte|passeport|reisepass|passaporto|paszport|paspoort)',
    '(?:\\s+(?:no\\.?|number|n[º°o]\\.?|num(?:ber|éro|ero)?|nummer|#))?',
    // "of the traveller", "do viajante", "del cliente", "du client": one or two words naming whose
    '(?:\\s+(?:of|do|da|dos|das|del|de|du|des|di|della|des)(?:\\s+(?:the|la|el|le|o|a|l\'))?\\s+\\p{L}+(?:\\s+\\p{L}+)?(?=\\s+(?:is|was|é|es|est|è|ist|era|foi|:)(?![\\p{L}])|\\s*:))?',
    '\\s*(?:[:#]|(?<![\\p{L}])(?:is|was|é|es|est|è|ist|era|foi)(?![\\p{L}]))?\\s*:?\\s*',
    '|(?:护照号码|护照号|護照號碼|护照|旅券番号|パスポート番号|여권\\s?번호)\\s*(?:[:：]|[はがは是为為는은])?\\s*',
  ].join(''),
  'giu',
));
const NUMBER = /^(?=[A-Z0-9]*\d)[A-Z0-9]{6,9}(?![A-Za-z0-9])/;

function find(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  for (const cue of text.matchAll(CUE.for(isAscii(text)))) {
    const at = cue.index + cue[0].length;
    const m = NUMBER.exec(text.slice(at, at + 12));
    if (m && !/^\d{4}$/.test(m[0])) out.push({ start: at, end: at + m[0].length, score: 0.8 });
  }
  return out;
}

export const detectPassport: Detector = {
  id: 'pii/passport',
  entity: 'PASSPORT',
  category: 'pii',
  description: 'Passport number (next to the word passport)',
  quick: /pas[sa]|reisepass|paszport|paspoort|护照|護照|旅券|パスポート|여권/i,
  patterns: [],
  find,
  examples: {
    match: [
      'passport number 533380006', 'Passport: K8492031', 'passaporte nº FT123456', "The guest's passport is X4829173.", 'O passaporte do hóspede é CX482917.',
      'El pasaporte del titular es PAA112233.', 'Numéro de passeport : 19AB12345', '旅券番号はTK482913です。', '护照号码：G12345678', '여권번호: M12345678',
    ],
    noMatch: ['passport renewal process', 'passport office hours 2024', 'order 533380006', 'the passport is ready for pickup', '护照办理需要10个工作日'],
  },
};
