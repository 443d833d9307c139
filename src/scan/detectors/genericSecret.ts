import type { Detector, RawMatch } from '../types.js';
import { entropy } from '../validators/crypto.js';

// key = value / key: value next to secret words; the value must look random (or be a
// password), and not a placeholder such as {token}, <your-key>, ${VAR}, xxxx or ****.
// the key may end a longer identifier (OPENAI_API_KEY, db.password, aws_secret_access_key): the
// lookbehind allows a separator before it rather than matching the prefix (linear, not quadratic)
const KEY = '(?:api[_-]?key|apikey|access[_-]?key(?:[_-]?id)?|secret(?:[_-]?access)?(?:[_-]?key)?|client[_-]?secret|auth[_-]?token|access[_-]?token|refresh[_-]?token|token|password|passwd|pwd|passphrase|senha|contraseña|mot de passe|passwort|private[_-]?key)';
const ASSIGN = new RegExp(`(?<![A-Za-z0-9])${KEY}["']?\\s*(?:[:=]|=>|\\b(?:is|é|es|est|ist)\\b)\\s*["'\`]?(?<value>[^\\s"'\`,;]{6,})`, 'gi');
const BEARER = /\bBearer\s+(?<value>[A-Za-z0-9._~+/-]{16,}=*)/g;
const PLACEHOLDER = /^(?:<.*>|\{.*\}|\$\{?[\w.]+\}?|%\(?\w+\)?s?|x{4,}|\*{3,}|\.{3,}|your[_-].*|changeme|example.*|placeholder|redacted|null|none|true|false|undefined|os\.environ.*|env\..*)$/i;

function judge(m: RegExpMatchArray, password: boolean, out: RawMatch[]): void {
  const raw = m.groups!.value;
  const value = raw.replace(/[.)\]]+$/, '');
  if (PLACEHOLDER.test(value) || /^[a-z]+(?:[_-][a-z]+)*$/.test(value)) return;
  const h = entropy(value);
  const mixed = /\d/.test(value) && /[A-Za-z]/.test(value);
  // a password may be short (hunter2) but not a plain word; other keys must look random
  if (!(password ? value.length >= 6 && (mixed || h >= 3) : value.length >= 16 && h >= 3.5 && mixed)) return;
  const start = m.index! + m[0].lastIndexOf(raw);
  out.push({ start, end: start + value.length, score: password ? 0.75 : 0.7 });
}

const QUICK = /key|token|secret|pass|pwd|senha|contrase|bearer/i;

function find(text: string): RawMatch[] {
  if (!QUICK.test(text)) return [];
  const out: RawMatch[] = [];
  for (const m of text.matchAll(ASSIGN)) judge(m, /pass|pwd|senha|contrase|mot de/i.test(m[0].slice(0, m[0].length - m.groups!.value.length)), out);
  for (const m of text.matchAll(BEARER)) judge(m, false, out);
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
    match: ['api_key = "q8Zr2LmX9vTb4NwP7sKd"', 'password: Hunter2024!x', 'password=hunter2', 'token=Xa91LmQ27bZp0WcRt5Yy', 'API_TOKEN=Xa91LmQ27bZp0WcRt5Yy', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8xLp2K', 'Authorization: Bearer abcDEF123ghiJKL456mnoPQR789'],
    noMatch: ['api_key = {api_key}', 'password: <your-password>', 'token = ${GITHUB_TOKEN}', 'the token budget is limited', 'password: changeme', 'password: secret', 'token: abc123', 'max_tokens=4096', 'Bearer {token}', 'token is ready_for_review'],
  },
};
