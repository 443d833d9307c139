import type { Detector, RawMatch } from '../types.js';
import { entropy } from '../validators/crypto.js';

// key = value / key: value next to secret words; the value must look random (or be a
// password), and not a placeholder such as {token}, <your-key>, ${VAR}, xxxx or ****.
const ASSIGN = /\b(?:api[_-]?key|apikey|access[_-]?key|secret(?:[_-]?key)?|client[_-]?secret|auth[_-]?token|access[_-]?token|token|password|passwd|pwd|senha|contraseña|mot de passe|bearer)\b["']?\s*(?:[:=]|\bis\b)\s*["']?(?<value>[^\s"',;]{8,})/gi;
const PLACEHOLDER = /^(?:<.*>|\{.*\}|\$\{?[\w.]+\}?|%\(?\w+\)?s?|x{4,}|\*{3,}|\.{3,}|your[_-].*|changeme|example.*|placeholder|redacted|null|none|true|false|undefined|os\.environ.*|env\..*)$/i;

function find(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  for (const m of text.matchAll(ASSIGN)) {
    const value = m.groups!.value.replace(/[.)\]]+$/, '');
    if (PLACEHOLDER.test(value) || /^[a-z]+(?:[_-][a-z]+)*$/.test(value)) continue;
    const isPassword = /pass|pwd|senha|contrase/i.test(m[0]);
    const h = entropy(value);
    const mixed = /\d/.test(value) && /[A-Za-z]/.test(value);
    if (!(isPassword ? mixed || h >= 3 : h >= 3.5 && mixed && value.length >= 16)) continue;
    const start = m.index + m[0].lastIndexOf(m.groups!.value);
    out.push({ start, end: start + value.length, score: isPassword ? 0.75 : 0.7 });
  }
  return out;
}

export const detectGenericSecret: Detector = {
  id: 'secret/generic-high-entropy',
  entity: 'SECRET',
  category: 'secret',
  description: 'High-entropy value assigned to a key/token/password word',
  patterns: [],
  find,
  examples: {
    match: ['api_key = "q8Zr2LmX9vTb4NwP7sKd"', 'password: Hunter2024!x', 'token=Xa91LmQ27bZp0WcRt5Yy'],
    noMatch: ['api_key = {api_key}', 'password: <your-password>', 'token = ${GITHUB_TOKEN}', 'the token budget is limited', 'password: changeme'],
  },
};
