// National identifiers with check digits: UK NINO, ES DNI/NIE, BR CPF, IN Aadhaar, IT codice fiscale.
import type { Detector } from '../types.js';
import { validCodiceFiscale, validCpf, validDniNie, validNino } from '../validators/nationalIds.js';
import { verhoeff } from '../validators/verhoeff.js';

export const detectUkNino: Detector = {
  id: 'pii/national-id-uk-nino',
  entity: 'NATIONAL_ID',
  category: 'pii',
  description: 'UK National Insurance number',
  quick: /[A-Z]{2}\s?\d\d/,
  patterns: [{ name: 'nino', regex: /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/g, score: 0.75 }],
  context: ['national insurance', 'nino', 'ni number'],
  validate: validNino,
  examples: { match: ['AB 12 34 56 C', 'JH123456A'], noMatch: ['GB123456A', 'QQ123456C', 'AB123456E', 'AB12345C'] },
};

export const detectEsDni: Detector = {
  id: 'pii/national-id-es-dni',
  entity: 'NATIONAL_ID',
  category: 'pii',
  description: 'Spanish DNI / NIE (check letter)',
  quick: /\d{7}/,
  patterns: [{ name: 'dni-nie', regex: /\b[XYZ]?-?\d{7,8}-?[A-Z]\b/g, score: 0.8 }],
  context: ['dni', 'nie', 'documento', 'identidad'],
  validate: validDniNie,
  examples: { match: ['12345678Z', 'X1234567L', '12345678-Z'], noMatch: ['12345678A', 'X1234567A', 'ORD12345678Z1'] },
};

export const detectBrCpf: Detector = {
  id: 'pii/national-id-br-cpf',
  entity: 'NATIONAL_ID',
  category: 'pii',
  description: 'Brazilian CPF (two check digits)',
  quick: /\d{3}\.?\d{3}/,
  patterns: [
    { name: 'cpf-formatted', regex: /(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d-])/g, score: 0.9 },
    { name: 'cpf-plain', regex: /(?<![\d+-]|\d[ -])\d{11}(?![\d-]|[ -]\d)/g, score: 0.45 },
  ],
  context: ['cpf', 'contribuinte'],
  validate: validCpf,
  examples: { match: ['529.982.247-25', 'CPF 52998224725'], noMatch: ['111.111.111-11', '529.982.247-26', '12345678901'] },
};

export const detectInAadhaar: Detector = {
  id: 'pii/national-id-in-aadhaar',
  entity: 'NATIONAL_ID',
  category: 'pii',
  description: 'Indian Aadhaar number (Verhoeff check digit)',
  quick: /\d{4}/,
  patterns: [
    { name: 'aadhaar-grouped', regex: /(?<![\d+-]|\d[ -])[2-9]\d{3}([ -])\d{4}\1\d{4}(?![\d-]|[ -]\d)/g, score: 0.7 },
    // twelve bare digits pass Verhoeff one time in ten: they count only next to an Aadhaar word
    { name: 'aadhaar-plain', regex: /(?<![\d+-]|\d[ -])[2-9]\d{11}(?![\d-]|[ -]\d)/g, score: 0.45 },
  ],
  context: ['aadhaar', 'aadhar', 'uidai', 'uid', 'आधार'],
  validate: (m) => verhoeff(m),
  examples: { match: ['2345 6789 0124', 'Aadhaar 234567890124'], noMatch: ['2345 6789 0123', '1234 5678 9012', 'card 2345 6789 0124 5678', 'order 234567890124', '+918162303852'] },
};

export const detectItCodiceFiscale: Detector = {
  id: 'pii/national-id-it-cf',
  entity: 'NATIONAL_ID',
  category: 'pii',
  description: 'Italian codice fiscale (check character)',
  quick: /[A-Z]{6}\d\d/,
  patterns: [{ name: 'cf', regex: /\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b/g, score: 0.9 }],
  context: ['codice fiscale', 'cf', 'tax code'],
  validate: validCodiceFiscale,
  examples: { match: ['RSSMRA85T10A562S'], noMatch: ['RSSMRA85T10A562T', 'ABCDEFGHIJKLMNOP'] },
};
