// Value generators for the quality benchmark: every planted value is built from a
// seeded PRNG with its real checksum computed (Luhn, mod-97, Verhoeff, mod-11, base58check,
// bech32, check letters), so another seed gives other values. Nothing here imports
// crewtel: the ground truth must not be derived from the detectors it judges.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parsePhoneNumberFromString } = require('libphonenumber-js/max');

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
  const chars = (n, alphabet) => Array.from({ length: n }, () => alphabet[int(0, alphabet.length - 1)]).join('');
  const chance = (p) => next() < p;
  return { next, int, pick, digits, chars, chance };
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const pad = (n, w) => String(n).padStart(w, '0');

// ---------- checksums

export function luhnDigit(partial) {
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

function mod97(s) {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
function verhoeffDigit(num) {
  let c = 0;
  const d = [...num].reverse();
  for (let i = 0; i < d.length; i++) c = VD[c][VP[(i + 1) % 8][Number(d[i])]];
  return VINV[c];
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const sha256 = (b) => createHash('sha256').update(b).digest();
function base58check(bytes) {
  const full = Buffer.concat([bytes, sha256(sha256(bytes)).subarray(0, 4)]);
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

const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const b = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((b >> i) & 1) chk ^= GEN[i];
  }
  return chk;
}
function bech32Address(version, program) {
  const hrp = 'bc';
  const data = [version];
  let acc = 0;
  let bits = 0;
  for (const byte of program) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >> bits) & 31);
    }
  }
  if (bits) data.push((acc << (5 - bits)) & 31);
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const constant = version === 0 ? 1 : 0x2bc830a3;
  const mod = polymod([...expanded, ...data, 0, 0, 0, 0, 0, 0]) ^ constant;
  const checksum = Array.from({ length: 6 }, (_, i) => (mod >> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...checksum].map((v) => BECH[v]).join('')}`;
}

// ---------- people

// Given names and surnames of many languages, written for this benchmark (not copied from
// crewtel's lexicon: some are in it, many are not).
export const GIVEN = [
  'Svenja', 'Tarek', 'Bronwyn', 'Maria', 'James', 'Sofia', 'Lucas', 'Aisha', 'Hiroshi', 'Elena', 'Mateo', 'Priya', 'Oliver',
  'Chloé', 'Giulia', 'João', 'Fatima', 'Daniel', 'Ingrid', 'Kwame', 'Sarah', 'Ahmed', 'Camille', 'Rafael', 'Hannah', 'Liam',
  'Ana', 'Marco', 'Emma', 'Noah', 'Isabel', 'Tomás', 'Yuki', 'Nadia', 'Víctor', 'Olga', 'Aoife', 'Dmitri', 'Beatriz', 'Jonas',
  'Leila', 'Rohan', 'Margaux', 'Thiago', 'Ximena', 'Wojciech', 'Eamon', 'Folake', 'Anneliese', 'Bartholomew', 'Rosalind',
  'Ignacio', 'Lorenzo', 'Benedetta', 'Gonçalo', 'Renata', 'Mathilde', 'Étienne', 'Henrik', 'Kasimir', 'Imogen', 'Cormac',
  'Dagny', 'Esperanza', 'Florian', 'Gwendolyn', 'Hamza', 'Ines', 'Joaquín', 'Katarzyna', 'Lavinia', 'Magnus', 'Nkechi',
  'Océane', 'Pietro', 'Quentin', 'Rukmini', 'Saoirse', 'Teodora', 'Ulrike', 'Valentina', 'Wilhelmina', 'Yasmin', 'Zoltan',
  'Emily', 'Michael', 'Jennifer', 'Robert', 'Linda', 'Carlos', 'Juan', 'Luis', 'Pedro', 'Paulo', 'Francesca', 'Alessandro',
];
export const SURNAMES = [
  'Wierzbicki', 'Achterberg', 'Garcia', 'Smith', 'Rossi', 'Silva', 'Müller', 'Tanaka', 'Kowalski', 'Dubois', 'Okafor',
  'Johnson', 'Fernández', 'Novak', 'Haddad', 'Nguyen', 'Petrov', 'Andersson', 'Costa', 'Murphy', 'Schmidt', 'Kumar',
  'Moreau', 'Santos', 'Ricci', 'Lindqvist', 'Brennan', 'Oliveira', 'Yamamoto', 'Weber', 'Martins', 'Hughes', 'Castellanos',
  'Van der Berg', 'Abernathy', 'Okonkwo', 'Fitzgerald', 'Bianchi', 'Lefèvre', 'Carvalho', 'Quispe', 'Sandoval', 'Thorsen',
  'Villanueva', 'Drummond', 'Esposito', 'Galloway', 'Hakimi', 'Iwasaki', 'Jaramillo', 'Kristiansen', 'Lindgren', 'Mbeki',
  'Nakashima', 'Ostrowski', 'Pereira', 'Rasmussen', 'Szabó', 'Tremblay', 'Uchenna', 'Vasquez', 'Whitfield', 'Zielinski',
];
// CJK, Korean and Hebrew names in their own scripts
const ZH_SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛'];
const ZH_GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红文斌宇浩然欣怡子涵梓轩俊雪梅晓东海燕婷佳琪'];
const JA_SURNAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木', '山口', '松本', '井上', '木村', '林', '清水', '斎藤', '森', '池田', '橋本', '阿部', '石川'];
const JA_GIVEN = ['花子', '太郎', '翔太', '陽菜', '大輝', '美咲', '健一', '直子', '拓也', '結衣', '蓮', '葵', '悠斗', '彩', '誠', '由美', '大翔', 'さくら'];
const KO_SURNAMES = [...'김이박최정강조윤장임한오서신권황안송전홍'];
const KO_GIVEN = ['민준', '서연', '지호', '하은', '도윤', '지우', '서준', '수아', '예준', '지민', '현우', '유진', '성민', '은지', '태양', '미영', '정훈', '혜진'];
const HE_GIVEN = ['דוד', 'שרה', 'יוסף', 'רחל', 'משה', 'מרים', 'אברהם', 'נועה', 'יעל', 'תמר', 'אורי', 'איתן', 'מיכל', 'רונית', 'אביגיל', 'עומר'];
const HE_SURNAMES = ['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם', 'פרידמן', 'שפירא', 'גולדברג', 'אזולאי', 'דהן', 'אוחיון'];

export function latinName(r) {
  const given = r.pick(GIVEN);
  const parts = [given];
  if (r.chance(0.12)) parts.push(`${r.pick(UPPER.replace(/[QXYZ]/g, ''))}.`);
  parts.push(r.pick(SURNAMES));
  return parts.join(' ');
}

/** [name, sentence template] for people written in their own script. */
export function scriptName(r) {
  const kind = r.int(0, 3);
  if (kind === 0) {
    const name = r.pick(ZH_SURNAMES) + r.pick(ZH_GIVEN) + (r.chance(0.5) ? r.pick(ZH_GIVEN) : '');
    return [name, r.pick(['请联系{}确认订单。', '这个项目由{}负责。', '客户{}的投诉需要跟进。', '请把报告发给{}。', '联系人：{}。', '{}先生的账户已冻结。', '负责人是{}，请直接找他。'])];
  }
  if (kind === 1) {
    const surname = r.pick(JA_SURNAMES);
    const name = r.chance(0.5) ? surname + r.pick(JA_GIVEN) : surname;
    return [name, r.pick(['{}さんに報告してください。', '担当者は{}です。', '{}様からの問い合わせに回答する。', '{}さんの予定を確認する。'])];
  }
  if (kind === 2) {
    const name = r.pick(KO_SURNAMES) + r.pick(KO_GIVEN);
    return [name, r.pick(['{} 님에게 보고하세요.', '담당자: {}', '{}씨의 일정을 확인하세요.', '고객 {}님의 요청을 처리합니다.'])];
  }
  const name = `${r.pick(HE_GIVEN)} ${r.pick(HE_SURNAMES)}`;
  return [name, r.pick(['פנה אל {} בנושא ההחזר.', 'הלקוח {} ביקש עדכון.', 'יש לשלוח את הדוח ל{} עד יום חמישי.'.replace('ל{}', 'ל-{}'), 'איש הקשר: {}'])];
}

// ---------- values per entity

const DOMAINS = ['example.com', 'mail.example.org', 'corp.example.net', 'acme-support.example', 'uni.example.edu', 'example.co.uk', 'exemplo.com.br', 'beispiel.de'];
const ascii = (s) => s.normalize('NFKD').replace(/[^A-Za-z]/g, '').toLowerCase();

export function email(r) {
  const g = ascii(r.pick(GIVEN));
  const s = ascii(r.pick(SURNAMES));
  const local = r.pick([`${g}.${s}`, `${g[0]}${s}`, `${g}_${s}${r.int(1, 99)}`, `${g}+crew`, `${s}.${g}`, `${g}${r.int(70, 99)}`, 'support-team', 'billing.ops']);
  return `${local}@${r.pick(DOMAINS)}`;
}

// phone: a random national number for a country, kept only when libphonenumber says it is valid
const PHONE_SHAPES = {
  US: () => (r) => `${r.pick(['415', '212', '646', '312', '617', '303', '206', '512', '305', '702'])}${r.int(2, 9)}${r.digits(6)}`,
  GB: () => (r) => r.pick([`20${r.int(7, 8)}${r.digits(7)}`, `7${r.int(4, 9)}${r.digits(8)}`, `161${r.int(2, 9)}${r.digits(6)}`]),
  DE: () => (r) => r.pick([`30${r.int(2, 9)}${r.digits(7)}`, `151${r.digits(8)}`, `89${r.int(2, 9)}${r.digits(6)}`]),
  FR: () => (r) => `${r.pick(['1', '6', '7', '4'])}${r.digits(8)}`,
  ES: () => (r) => `${r.pick(['6', '91', '93'])}${r.digits(8)}`.slice(0, 9),
  IT: () => (r) => r.pick([`3${r.int(2, 9)}${r.digits(8)}`, `06${r.digits(8)}`]),
  BR: () => (r) => `${r.pick(['11', '21', '31', '41', '51'])}9${r.int(6, 9)}${r.digits(7)}`,
  IN: () => (r) => `${r.int(7, 9)}${r.digits(9)}`,
  PT: () => (r) => `9${r.pick(['1', '2', '3', '6'])}${r.digits(7)}`,
  NL: () => (r) => `6${r.digits(8)}`,
  AU: () => (r) => `4${r.digits(8)}`,
  MX: () => (r) => `55${r.digits(8)}`,
};

export function phone(r) {
  const country = r.pick(Object.keys(PHONE_SHAPES));
  for (let i = 0; i < 50; i++) {
    const nsn = PHONE_SHAPES[country]()(r);
    const p = parsePhoneNumberFromString(nsn, country);
    if (!p || !p.isValid() || p.country !== country) continue;
    const style = r.int(0, 3);
    if (style === 0) return p.formatInternational();
    if (style === 1 && country === 'US') return r.pick([p.formatNational(), p.formatNational().replace(/[()]/g, '').replace(' ', '-'), `${nsn.slice(0, 3)}.${nsn.slice(3, 6)}.${nsn.slice(6)}`]);
    if (style === 1) return p.formatNational();
    if (style === 2) return p.formatInternational().replace(/ /g, r.pick(['-', ' ']));
    return p.number; // E.164 without spaces
  }
  return '+44 20 7946 0958';
}

const CARD_PREFIXES = [
  ['4', 16], ['51', 16], ['53', 16], ['55', 16], ['2221', 16], ['2720', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 16], ['3528', 16], ['36', 14], ['4', 13],
];
export function creditCard(r) {
  const [prefix, len] = r.pick(CARD_PREFIXES);
  const partial = prefix + r.digits(len - prefix.length - 1);
  const n = partial + luhnDigit(partial);
  const sep = r.pick(['', ' ', '-', ' ']);
  if (!sep) return n;
  if (len === 15) return `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}`;
  if (len === 14) return `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}`;
  return n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}
export function luhnFailingCard(r) {
  const partial = `4${r.digits(14)}`;
  const n = partial + ((luhnDigit(partial) + r.int(1, 9)) % 10);
  return r.chance(0.5) ? n.replace(/(\d{4})(?=\d)/g, '$1 ') : n;
}

// BBAN layouts (ISO 13616): n digits, a upper-case letters, c alphanumerics
const BBAN = {
  DE: '18n', GB: '4a14n', FR: '10n11c2n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', CH: '5n12c', AT: '16n', PT: '21n',
  PL: '24n', SE: '20n', IE: '4a14n', DK: '14n', NO: '11n', FI: '14n', LU: '3n13c', GR: '7n16c', CZ: '20n', RO: '4a16c',
};
export function iban(r) {
  const country = r.pick(Object.keys(BBAN));
  let bban = '';
  for (const [, n, kind] of BBAN[country].matchAll(/(\d+)([nac])/g)) {
    bban += kind === 'n' ? r.digits(Number(n)) : kind === 'a' ? r.chars(Number(n), UPPER) : r.chars(Number(n), `${UPPER}0123456789`);
  }
  const check = pad(98 - mod97(`${bban}${country}00`), 2);
  const v = `${country}${check}${bban}`;
  return r.chance(0.5) ? v.replace(/(.{4})(?=.)/g, '$1 ') : v;
}

export function ssn(r) {
  let area;
  do area = r.int(1, 899);
  while (area === 666);
  const v = `${pad(area, 3)}-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`;
  return r.chance(0.15) ? v.replace(/-/g, ' ') : v;
}

export function ip(r) {
  const kind = r.int(0, 4);
  if (kind <= 2) {
    const first = r.pick([10, 172, 192, r.int(11, 223), r.int(11, 223)]);
    const second = first === 192 ? 168 : first === 172 ? r.int(16, 31) : r.int(0, 255);
    return `${first}.${second}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
  const h = () => r.int(1, 0xffff).toString(16);
  if (kind === 3) return `2001:db8:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  return r.pick([`2001:db8:${h()}::${h()}`, `fe80::${h()}:${h()}:${h()}:${h()}`, `2a00:${h()}:${h()}::${h()}`]);
}

const US_STREETS = ['Maple', 'Oak', 'Baker', 'Elm', 'Harbor', 'Mill', 'Church', 'Station', 'King', 'Park', 'Evergreen', 'Sunset', 'Lakeview', 'Willow', 'Cedar Ridge', 'Pine Hollow', 'Market'];
const US_SUFFIX = ['Street', 'St.', 'Avenue', 'Ave', 'Road', 'Rd.', 'Lane', 'Drive', 'Boulevard', 'Blvd', 'Court', 'Way', 'Terrace', 'Place'];
const CITIES = [['Springfield', 'IL', '62704'], ['Austin', 'TX', '78701'], ['Portland', 'OR', '97205'], ['Boston', 'MA', '02118'], ['Denver', 'CO', '80202']];
export function streetAddress(r) {
  const kind = r.int(0, 6);
  if (kind <= 2) {
    const base = `${r.int(1, 9800)}${r.chance(0.1) ? 'B' : ''} ${r.pick(US_STREETS)} ${r.pick(US_SUFFIX)}`;
    if (kind === 0) {
      const [city, st, zip] = r.pick(CITIES);
      return `${base}, ${city}, ${st} ${zip}`;
    }
    if (kind === 1) return `${base}${r.chance(0.5) ? `, Apt ${r.int(1, 40)}` : ''}`;
    return base;
  }
  if (kind === 3) return `${r.pick(['Rua', 'Avenida', 'Travessa'])} ${r.pick(['das Flores', 'Augusta', 'dos Andradas', 'Paulista', 'do Ouvidor'])}, ${r.int(1, 2999)}`;
  if (kind === 4) return `${r.pick(['Calle', 'Avenida', 'Via', 'Viale'])} ${r.pick(['Mayor', 'Roma', 'Garibaldi', 'de Alcalá', 'Gran Vía', 'Colombo'])} ${r.int(1, 250)}`;
  if (kind === 5) {
    const street = r.chance(0.2) ? `Berliner ${r.pick(['Straße', 'Weg', 'Allee'])}` : `${r.pick(['Haupt', 'Bahnhof', 'Linden', 'Goethe', 'Schiller'])}${r.pick(['straße', 'strasse', 'weg', 'allee', 'platz'])}`;
    return `${street} ${r.int(1, 180)}${r.chance(0.2) ? 'a' : ''}`;
  }
  return `${r.int(1, 120)} ${r.pick(['rue de la Paix', 'avenue Victor Hugo', 'boulevard Saint-Germain', 'rue des Lilas', 'place Bellecour'])}`;
}

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
};
/** [date, language] */
export function birthDate(r) {
  const y = r.int(1940, 2006);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const style = r.int(0, 6);
  if (style === 0) return [`${y}-${pad(m, 2)}-${pad(d, 2)}`, 'any'];
  if (style === 1) return [`${pad(d, 2)}/${pad(m, 2)}/${y}`, 'any'];
  if (style === 2) return [`${pad(m, 2)}/${pad(d, 2)}/${y}`, 'en'];
  if (style === 3) return [`${MONTHS.en[m - 1]} ${d}, ${y}`, 'en'];
  if (style === 4) return [`${d} ${MONTHS.en[m - 1]} ${y}`, 'en'];
  if (style === 5) return [`${pad(d, 2)}.${pad(m, 2)}.${y}`, 'any'];
  const lang = r.pick(['pt', 'es', 'fr', 'it']);
  const month = MONTHS[lang][m - 1];
  return [lang === 'pt' || lang === 'es' ? `${d} de ${month} de ${y}` : `${d} ${month} ${y}`, lang];
}

const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
const CF_ODD = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };
const cpfCheck = (d, len) => {
  let s = 0;
  for (let i = 0; i < len; i++) s += Number(d[i]) * (len + 1 - i);
  const x = (s * 10) % 11;
  return x === 10 ? 0 : x;
};
/** [value, sentence] */
export function nationalId(r) {
  const kind = r.int(0, 5);
  if (kind === 0) {
    const first = 'ABCEGHJKLMNOPRSTWXYZ';
    const second = 'ABCEGHJKLMNPRSTWXYZ';
    let p;
    do p = r.pick([...first]) + r.pick([...second]);
    while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p));
    const d = r.digits(6);
    const suffix = r.pick(['A', 'B', 'C', 'D']);
    const v = r.chance(0.4) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}` : `${p}${d}${suffix}`;
    return [v, r.pick(['National Insurance number {} is on file.', 'NINO: {}', 'Check the NI number {} against payroll.'])];
  }
  if (kind === 1) {
    if (r.chance(0.3)) {
      const x = r.int(0, 2);
      const n = r.digits(7);
      return [`${'XYZ'[x]}${n}${DNI[Number(`${x}${n}`) % 23]}`, r.pick(['NIE {} del solicitante.', 'El NIE del cliente es {}.'])];
    }
    const n = String(r.int(10000000, 99999999));
    return [`${n}${r.chance(0.2) ? '-' : ''}${DNI[Number(n) % 23]}`, r.pick(['DNI {} del cliente.', 'Verifique el DNI {} antes de firmar.'])];
  }
  if (kind === 2) {
    let d = r.digits(9);
    d += cpfCheck(d, 9);
    d += cpfCheck(d, 10);
    const v = r.chance(0.7) ? `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}` : d;
    return [v, r.pick(['CPF do titular: {}.', 'O cliente informou o CPF {} no cadastro.'])];
  }
  if (kind === 3) {
    const base = `${r.int(2, 9)}${r.digits(10)}`;
    const n = base + verhoeffDigit(base);
    const v = r.chance(0.7) ? `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}` : n;
    return [v, r.pick(['Aadhaar {} verified.', 'Customer Aadhaar number: {}'])];
  }
  const L = 'ABCDEFGHIJKLMNOPRSTUVZ';
  const first = r.chars(6, L) + r.digits(2) + r.pick([...'ABCDEHLMPRST']) + pad(r.int(1, 71), 2) + r.pick([...'ABCDEFGHLMZ']) + r.digits(3);
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? CF_ODD[first[i]] : /\d/.test(first[i]) ? Number(first[i]) : first.charCodeAt(i) - 65;
  return [first + String.fromCharCode(65 + (sum % 26)), r.pick(['Codice fiscale {} del cliente.', 'Il codice fiscale è {}.'])];
}

export function passport(r) {
  return r.pick([
    () => r.digits(9).replace(/^0/, '5'),
    () => `${r.pick([...'KXPCNE'])}${r.digits(7)}`,
    () => `${r.pick([...'KXPCNE'])}${r.digits(8)}`,
    () => `${r.digits(2)}${r.chars(2, UPPER)}${r.digits(5)}`,
    () => `${r.chars(2, UPPER)}${r.digits(7)}`,
  ])();
}

export function cryptoWallet(r) {
  const kind = r.int(0, 4);
  if (kind === 0) return `0x${r.chars(40, HEX)}`;
  if (kind === 1) return `0x${r.chars(40, `${HEX}ABCDEF`)}`;
  if (kind === 2) return base58check(Buffer.from([r.pick([0, 5]), ...Array.from({ length: 20 }, () => r.int(0, 255))]));
  if (kind === 3) return bech32Address(0, Array.from({ length: 20 }, () => r.int(0, 255)));
  return bech32Address(1, Array.from({ length: 32 }, () => r.int(0, 255)));
}

export function urlCredentials(r) {
  const user = r.pick(['svc', 'admin', 'bot', 'crew_app', 'reporter', 'etl']);
  const pass = r.pick([`s3cr3t${r.int(10, 99)}`, r.chars(r.int(10, 18), ALNUM), `Pa55w0rd!${r.int(1, 9)}`, `${r.pick(['hunter', 'dragon', 'sunshine'])}${r.int(100, 999)}`]);
  const host = `${r.pick(['db', 'mcp', 'api', 'cache', 'queue', 'files'])}.${r.pick(['internal.example.com', 'example.net', 'corp.example.org'])}`;
  const scheme = r.pick(['https', 'postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqp', 'ftp']);
  const port = r.chance(0.4) ? `:${r.pick([5432, 3306, 6379, 5672, 8443, 21])}` : '';
  return `${scheme}://${user}:${pass}@${host}${port}/${r.pick(['prod', 'mcp', 'v1', 'analytics', ''])}`;
}

const b64url = (s) => Buffer.from(s).toString('base64url');
/** [value, sentence] — the sentence may be multi-line (a PEM block). */
export function secret(r) {
  const a = (n) => r.chars(n, ALNUM);
  const kind = r.int(0, 13);
  const s = (v) => [v, r.pick(['Use the token {} for the API.', 'Never paste {} in chat.', 'The integration authenticates with {} today.', 'Key: {}'])];
  switch (kind) {
    case 0: return s(`ghp_${a(36)}`);
    case 1: return s(`github_pat_${a(22)}_${a(59)}`);
    case 2: return s(`AKIA${r.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`);
    case 3: return s(`sk_live_${a(24 + r.int(0, 75))}`);
    case 4: return s(`AIza${r.chars(35, `${ALNUM}_-`)}`);
    case 5: return s(`sk-proj-${r.chars(r.int(56, 120), `${ALNUM}_-`)}`);
    case 6: return s(`sk-${a(20)}T3BlbkFJ${a(20)}`);
    case 7: return s(`sk-ant-api03-${r.chars(93, `${ALNUM}_-`)}AA`);
    case 8: return s(`xox${r.pick(['b', 'p'])}-${r.digits(12)}-${r.digits(13)}-${a(24)}`);
    case 9: {
      const header = b64url(JSON.stringify({ alg: r.pick(['HS256', 'RS256']), typ: 'JWT' }));
      const payload = b64url(JSON.stringify({ sub: r.digits(8), name: r.pick(GIVEN), iat: r.int(1600000000, 1800000000) }));
      return s(`${header}.${payload}.${r.chars(43, `${ALNUM}_-`)}`);
    }
    case 10: return [a(r.int(20, 32)), r.pick(['api_key = "{}"', 'password: {}', 'Set API_TOKEN={} in the runner.', 'client_secret: {}'])];
    case 11: return [`${r.chars(r.int(10, 16), ALNUM)}!${r.int(1, 9)}`, r.pick(['The admin password is {} for now.', 'password={}'])];
    case 12: return [`${r.chars(40, `${ALNUM}/+`)}`, 'aws_secret_access_key = {}'];
    default: {
      const body = Array.from({ length: r.int(3, 5) }, () => r.chars(64, `${ALNUM}+/`)).join('\n');
      const kindName = r.pick(['RSA ', 'EC ', 'OPENSSH ', '']);
      return [`-----BEGIN ${kindName}PRIVATE KEY-----\n${body}\n-----END ${kindName}PRIVATE KEY-----`, 'Deploy key:\n{}\nRotate it monthly.'];
    }
  }
}

// ---------- look-alikes: strings that must produce no finding

export function uuid(r) {
  return `${r.chars(8, HEX)}-${r.chars(4, HEX)}-4${r.chars(3, HEX)}-${r.pick([...'89ab'])}${r.chars(3, HEX)}-${r.chars(12, HEX)}`;
}
export const gitSha = (r) => r.chars(40, HEX);
export const isoDate = (r) => `${r.int(2019, 2027)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`;
export const version = (r) => `${r.int(0, 12)}.${r.int(0, 40)}.${r.int(0, 60)}${r.chance(0.3) ? `.${r.int(0, 9)}` : ''}`;
