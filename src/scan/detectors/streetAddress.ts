// Street addresses: a house number and a street in the conventions of the languages crews
// are written in, with the city / state / postcode that follows when it is there.
import type { Detector } from '../types.js';

const SUFFIX = 'Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Court|Ct\\.?|Way|Place|Pl\\.?|Terrace|Square|Sq\\.?|Parkway|Pkwy\\.?|Highway|Hwy\\.?|Crescent|Close|Loop|Circle|Cir\\.?|Trail|Row|Plaza|Alley|Pike|Walk|Gardens|Mews|Hill|Grove';
const UNIT = '(?:,?\\s+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl)\\.?\\s*#?\\w+)?';
// ", Springfield, IL 62704" / ", London NW1 6XE": the city only when a state and ZIP or a postcode follow
const CITY = '[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}';
const UK_POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}';
const TAIL = `(?:,\\s*${CITY}(?:,?\\s+[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?|,?\\s+${UK_POSTCODE}))?`;
// "4071 N Alvernon Way": a direction before the street name
const DIRECTION = '(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?\\s+)?';
const STREET = new RegExp(`\\b\\d{1,5}[A-Za-z]?\\s+${DIRECTION}(?:[A-Z][a-z]+\\.?\\s+){1,3}(?:${SUFFIX})(?:(?<=\\.)|\\b(?!-))${UNIT}${TAIL}`, 'g');
// ", 28013 Madrid" / ", 75002 Paris" / ", 10115 Berlin"
const EU_TAIL = '(?:,\\s*\\d{4,5}(?:-\\d{3})?\\s+[A-ZÀ-Ý][\\p{L}-]+(?:\\s[A-ZÀ-Ý][\\p{L}-]+)?)?';
// Rua/Avenida/Calle/Via/rue … with a house number
const ROMANCE = new RegExp(`\\b(?:Rua|Avenida|Av\\.|Calle|C/|Avda\\.|Paseo|Carrer|Via|Viale|Piazza|Corso|Largo|Rue|Travessa|Praça|Plaza|Alameda)\\s+(?:(?:d[aeo]s?|de la|de los|del|della|delle|dei|di|des|du)\\s+)?[A-ZÀ-Ý][\\p{L}'-]+(?:\\s+(?:(?:d[aeo]s?|de|del|di)\\s+)?[A-ZÀ-Ý][\\p{L}'-]+){0,3},?\\s+(?:n[º°o.]\\s*)?\\d{1,5}[A-Za-z]?\\b${EU_TAIL}`, 'gu');
const GERMAN = new RegExp(`(?<![\\p{L}])[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|weg|gasse|platz|allee|ring|damm|ufer|(?:\\s|-)(?:Straße|Strasse|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer))\\s+\\d{1,4}[a-z]?\\b${EU_TAIL}`, 'gu');
const FRENCH_NUMBER_FIRST = new RegExp(`\\b\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|[Cc]ours)\\s+(?:d[eu]s?\\s+|de la\\s+|de l'|l')?[A-ZÀ-Ý][\\p{L}'-]+(?:\\s+[A-ZÀ-Ý][\\p{L}'-]+){0,3}${EU_TAIL}`, 'gu');

// Indian society / colony style: "No. 45, Kamdhenu Society, Baner Road, Pune 411045"
const INDIAN = new RegExp(
  `\\b(?:No\\.?|Flat(?:\\s+No\\.?)?|House(?:\\s+No\\.?)?|Plot(?:\\s+No\\.?)?|H\\.\\s?No\\.?)\\s*\\d{1,5}[A-Z]?(?:[/-]\\d{1,4})?,\\s*(?:[A-Z][\\p{L}'-]*\\s+){1,3}(?:Society|Nagar|Colony|Apartments?|Residency|Enclave|Complex|Towers?|Heights|CHS|Layout|Sector\\s+\\d{1,3})` +
    // then a road (and the city) or the city with its PIN code: a society name alone is no address
    `(?:,\\s*(?:[A-Z][\\p{L}'-]*\\s+){1,3}(?:Road|Rd\\.?|Marg|Lane|Street|Main|Cross)(?:,\\s*[A-Z][a-z]+(?:\\s*[-–]?\\s*\\d{3}\\s?\\d{3})?)?|,\\s*[A-Z][a-z]+\\s*[-–]?\\s*\\d{3}\\s?\\d{3})`,
  'gu',
);
// Chinese: [province] city district road number: 上海市浦东新区世纪大道100号
const HAN = '\\u4e00-\\u9fff';
const CHINESE = new RegExp(`(?:[${HAN}]{2,3}(?:省|自治区))?[${HAN}]{2,3}市(?:[${HAN}]{1,4}(?:区|县|市))?[${HAN}]{1,6}(?:路|街|道|大道|大街|巷|胡同|弄)\\d{1,5}(?:-\\d{1,4})?号(?:[${HAN}\\d]{0,8}?(?:室|楼|层|单元))?`, 'gu');

export const detectStreetAddress: Detector = {
  id: 'pii/street-address',
  entity: 'STREET_ADDRESS',
  category: 'pii',
  description: 'Street address (house number and street, several conventions, with city and postcode when present)',
  quick: /\d/,
  patterns: [
    { name: 'number-street-suffix', regex: STREET, score: 0.75 },
    { name: 'romance-street', regex: ROMANCE, score: 0.75, quick: /Rua|Av|Calle|C\/|Paseo|Carrer|Via|Piazza|Corso|Largo|Rue|Travessa|Praça|Plaza|Alameda/ },
    { name: 'german-street', regex: GERMAN, score: 0.75, quick: /stra(?:ß|ss)e|weg|gasse|platz|allee|ring|damm|ufer/i },
    { name: 'french-number-first', regex: FRENCH_NUMBER_FIRST, score: 0.75, quick: /rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|cours/i },
    { name: 'indian-society', regex: INDIAN, score: 0.75, quick: /No|Flat|House|Plot|H\./ },
    { name: 'chinese-address', regex: CHINESE, score: 0.75, quick: /市/ },
    { name: 'uk-postcode', regex: new RegExp(`\\b${UK_POSTCODE}\\b`, 'g'), score: 0.6 },
  ],
  context: ['address', '地址', '住址', '收货地址', 'lives', 'live at', 'located', 'ship to', 'deliver', 'mail to', 'morada', 'endereço', 'dirección', 'domicilio', 'adresse', 'indirizzo', 'anschrift'],
  examples: {
    match: [
      '1600 Pennsylvania Avenue', '221B Baker Street', 'Rua das Flores, 123', 'Hauptstraße 5', '12 rue de la Paix', 'SW1A 1AA',
      '742 Evergreen Terrace, Springfield, IL 62704', 'Calle Mayor 12, 28013 Madrid', 'Berliner Straße 17a', 'Via Roma 10', '350 Fifth Ave, Suite 4100', '4071 N Alvernon Way, Suite 426',
      'No. 12, Gulmohar Society, Aundh Road, Pune 411007', '收货地址：北京市朝阳区建国路88号', '上海市浦东新区世纪大道100号',
    ],
    noMatch: ['Senior Data Researcher', 'Step 3 Review Process', 'Street Team Lead', '10 steps', '3 Way Handshake', 'Route 66 Road Trip Planner', 'No. 3, Housing Society rules apply', '上海市的道路', 'Step 4 N Way Merge'],
  },
};
