// PERSON in scripts without capital letters: Chinese, Japanese, Korean and Hebrew names
// are found by family-name lists plus the honorifics and cue words written around them
// (王伟先生, 请联系李明, 田中さん, 김민준 님, דוד כהן).
import type { RawMatch } from '../types.js';
import { isAscii } from '../asciiTwin.js';
import { CJK_SURNAMES, HEBREW_GIVEN, JAPANESE_SURNAMES, KOREAN_SURNAMES, KOREAN_SURNAMES_MORE } from '../lexicons/names.js';

const HAN = '\\u4e00-\\u9fff';
// 王伟先生 / 李女士
const ZH_TITLE = new RegExp(`([${CJK_SURNAMES}])([${HAN}]{1,2}?)(?=先生|女士|小姐|老师|經理|经理|博士|教授|同学|律师|医生|主任|总监)`, 'gu');
// 请联系李明确认 / 由张伟负责 / 联系人：王芳
const ZH_CUE = new RegExp(
  `(?:名叫|叫做|联系人|负责人|对接人|收件人|发件人|联系|发给|交给|转给|告诉|通知|抄送|代表|替|协助|汇报给|报告给|致|客户|患者|用户|经理|由|请|找|问|给)(?:是|为|[:：]\\s*)?([${CJK_SURNAMES}][${HAN}]{1,2}?)(?=[，。、,.;；：:\\s的和与跟]|负责|处理|回复|回答|沟通|联系|发送|审核|确认|签|批准|跟进|先生|女士|的|$)`,
  'gu',
);
// 田中さん / 佐藤花子様 / 担当者は佐藤花子です
const JA_HONORIFIC = /(?<![お御皆各\u4e00-\u9fff\u30a1-\u30fa\u30fc])([\u4e00-\u9fff]{1,4}|[\u30a1-\u30fa\u30fc]{2,8})(?=さん|様|さま|氏|くん|ちゃん|先生)/gu;
// 仕様 (specification), 同様, 模様, 多様, 一様: one character before 様 is a compound word, not a
// name with an honorific; so is anything inside heading brackets ([仕様], 【要件】)
const JA_SINGLE_BEFORE_SAMA = /^[\u4e00-\u9fff]$/u;
const OPEN_BRACKET = /[[［【「『〔(（<＜]$/u;
// 担当者は渡部です / 宛先：西村: a name right after a cue, before です or punctuation
const JA_CUE_NAME = /(?:担当者|担当|宛先|連絡先|差出人|送信者)(?:は|が|[:：]\s*)([\u4e00-\u9fff]{2,4})(?=です|さん|様|さま|氏|。|、|$)/gu;
const JA_NOT_NAMES = /^(?:未定|不明|空欄|自分|本人|全員|各自|誰|必要|営業|経理|人事|総務|法務|広報|開発|技術|社内|社外)/u;
const JA_NOT = /(者|客|員|者様|担当|利用|会社|部|課|係|全員|皆|お客|社長|店長|部長)$/u;
const JA_SURNAME = new RegExp(`(?<![\\u4e00-\\u9fff])(?:${JAPANESE_SURNAMES.join('|')})[\\u4e00-\\u9fff\\u3040-\\u309f]{0,3}?(?=さん|様|さま|氏|くん|です|が|に|へ|の|と|宛|は|、|。|\\s|$)`, 'gu');
const JA_CUE = /(?:担当者?|担当は|宛先|宛て|連絡先)[はが：:\s]*$/u;
// 김민준 씨 / 박서연에게 / 담당자: 이민호
const HANGUL = '\\uac00-\\ud7a3';
const KO_SUFFIX = new RegExp(`(?<![${HANGUL}])([${KOREAN_SURNAMES}][${HANGUL}]{2})(?=\\s?(?:씨|님|선생님|교수님|대표님|팀장님|과장님|에게|께서|께|의\\s))`, 'gu');
// less common family names, only before a person's suffix (never 의, which follows any noun);
// words for roles end in 자/원/사/들 (사용자님, 상담원님, 고객사에게), names do not
const KO_SUFFIX_MORE = new RegExp(`(?<![${HANGUL}])([${KOREAN_SURNAMES_MORE}][${HANGUL}][${HANGUL}])(?=\\s?(?:씨|님|선생님|교수님|대표님|팀장님|과장님|에게|께서|께)|\\s?에게)`, 'gu');
const KO_ROLE_END = /[자원사들님분]$/u;
const KO_CUE = new RegExp(`(?:담당자|고객|연락처|수신자|작성자|담당)\\s*[:：]?\\s*([${KOREAN_SURNAMES}${KOREAN_SURNAMES_MORE}][${HANGUL}]{2})(?![${HANGUL}]{2})`, 'gu');
// דוד כהן: a known given name and the word after it
const HE = new RegExp(`(?<![\\u0590-\\u05ff])(${HEBREW_GIVEN.join('|')})(\\s[\\u05d0-\\u05ea]{2,})?(?![\\u0590-\\u05ff])`, 'gu');

// a name in its own script inside a sentence in a Latin-script language: "Send the final draft
// to 長谷川.", "Escalate to 韩俊杰 if …", "Dear 김서윤," — after a cue word, a short run that
// starts with a family name and stands alone between spaces or punctuation
const LATIN_CUE_CJK = new RegExp(
  `(?<![\\p{L}])(?:to|ask|contact|cc|copy|from|with|by|for|of|dear|hello|hi|thanks|regards|is|para|à|an|com|con|avec|mit)[ \\t,:]+([${HAN}]{2,4}|[${HANGUL}]{2,4})(?=[\\s.,;:!?)"'’]|$)`,
  'giu',
);
const JA_SURNAME_START = new RegExp(`^(?:${JAPANESE_SURNAMES.join('|')})`, 'u');
function latinCueNames(text: string, out: RawMatch[]): void {
  for (const m of text.matchAll(LATIN_CUE_CJK)) {
    const name = m[1];
    const first = name[0];
    const known = /[\uac00-\ud7a3]/u.test(first) ? (KOREAN_SURNAMES + KOREAN_SURNAMES_MORE).includes(first) && !KO_ROLE_END.test(name) : CJK_SURNAMES.includes(first) || JA_SURNAME_START.test(name);
    if (!known) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length, score: 0.7 });
  }
}

export function findScriptNames(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  // its names are Han or Hangul: never in ASCII text (and its Unicode pattern is costly to build)
  if (/[a-z]/i.test(text) && !isAscii(text)) latinCueNames(text, out);
  if (/[\u4e00-\u9fff\u3040-\u30ff]/u.test(text)) {
    for (const m of text.matchAll(ZH_TITLE)) out.push({ start: m.index, end: m.index + m[1].length + m[2].length, score: 0.8 });
    for (const m of text.matchAll(ZH_CUE)) {
      const start = m.index + m[0].length - m[1].length;
      out.push({ start, end: start + m[1].length, score: 0.75 });
    }
    if (/[\u3040-\u30ff]/u.test(text)) {
      for (const m of text.matchAll(JA_HONORIFIC)) {
        if (JA_NOT.test(m[1]) || OPEN_BRACKET.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
        if (JA_SINGLE_BEFORE_SAMA.test(m[1]) && text[m.index + 1] === '様') continue;
        out.push({ start: m.index, end: m.index + m[1].length, score: 0.75 });
      }
      for (const m of text.matchAll(JA_CUE_NAME)) {
        if (JA_NOT_NAMES.test(m[1])) continue;
        const start = m.index + m[0].length - m[1].length;
        out.push({ start, end: start + m[1].length, score: 0.7 });
      }
      for (const m of text.matchAll(JA_SURNAME)) {
        const next = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
        const cued = /^(?:さん|様|さま|氏|くん)/u.test(next) || JA_CUE.test(text.slice(Math.max(0, m.index - 8), m.index));
        if (cued) out.push({ start: m.index, end: m.index + m[0].length, score: 0.75 });
      }
    }
  }
  if (/[\uac00-\ud7a3]/u.test(text)) {
    for (const m of text.matchAll(KO_SUFFIX)) out.push({ start: m.index, end: m.index + m[1].length, score: 0.75 });
    for (const m of text.matchAll(KO_SUFFIX_MORE)) if (!KO_ROLE_END.test(m[1])) out.push({ start: m.index, end: m.index + m[1].length, score: 0.7 });
    for (const m of text.matchAll(KO_CUE)) {
      const start = m.index + m[0].length - m[1].length;
      out.push({ start, end: start + m[1].length, score: 0.7 });
    }
  }
  if (/[\u05d0-\u05ea]/u.test(text)) {
    for (const m of text.matchAll(HE)) if (m[2]) out.push({ start: m.index, end: m.index + m[0].length, score: 0.7 });
  }
  return out;
}
