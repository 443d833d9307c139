import type { Detector } from '../types.js';

const SUFFIX = 'Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Court|Ct\\.?|Way|Place|Pl\\.?|Terrace|Square|Sq\\.?|Parkway|Pkwy\\.?|Highway|Hwy\\.?|Crescent|Close|Loop|Circle|Cir\\.?|Trail|Row|Plaza|Alley|Pike|Walk|Gardens|Mews';
const STREET = new RegExp(`\\b\\d{1,5}[A-Za-z]?\\s+(?:[A-Z][a-z]+\\.?\\s+){1,3}(?:${SUFFIX})\\b(?:,?\\s+(?:Apt|Suite|Unit|Flat)\\.?\\s*\\w+)?`, 'g');
// Rua/Avenida/Calle/Via/rue … with a house number
const ROMANCE = /\b(?:Rua|Avenida|Av\.|Calle|Avda\.|Via|Viale|Piazza|rue|Rue|avenue|boulevard|Travessa|Praça|Plaza)\s+(?:(?:d[aeo]s?|de la|del|della|di|des|du)\s+)?[A-ZÀ-Ý][\wÀ-ÿ'-]+(?:\s+[A-ZÀ-Ý][\wÀ-ÿ'-]+){0,3},?\s+(?:n[º°o.]\s*)?\d{1,5}\b/g;
const GERMAN = /\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|weg|gasse|platz|allee|ring)\s+\d{1,4}[a-z]?\b/g;
const FRENCH_NUMBER_FIRST = /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse)\s+(?:d[eu]s?\s+|de la\s+|l')?[A-ZÀ-Ý][\wÀ-ÿ'-]+(?:\s+[A-ZÀ-Ý][\wÀ-ÿ'-]+){0,3}/gi;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/g;

export const detectStreetAddress: Detector = {
  id: 'pii/street-address',
  entity: 'STREET_ADDRESS',
  category: 'pii',
  description: 'Street address (house number and street, several conventions) or UK postcode',
  patterns: [
    { name: 'number-street-suffix', regex: STREET, score: 0.75 },
    { name: 'romance-street', regex: ROMANCE, score: 0.75 },
    { name: 'german-street', regex: GERMAN, score: 0.75 },
    { name: 'french-number-first', regex: FRENCH_NUMBER_FIRST, score: 0.75 },
    { name: 'uk-postcode', regex: UK_POSTCODE, score: 0.6 },
  ],
  context: ['address', 'lives', 'live at', 'located', 'ship to', 'deliver', 'morada', 'endereço', 'dirección', 'adresse', 'indirizzo'],
  examples: {
    match: ['1600 Pennsylvania Avenue', '221B Baker Street', 'Rua das Flores, 123', 'Hauptstraße 5', '12 rue de la Paix', 'SW1A 1AA'],
    noMatch: ['Senior Data Researcher', 'Step 3 Review Process', 'Street Team Lead', '10 steps'],
  },
};
