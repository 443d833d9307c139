// API keys and tokens with a recognisable shape (gitleaks-style rules as data).
import type { Detector } from '../types.js';

const secret = (id: string, description: string, quick: RegExp, regex: RegExp, match: string[], noMatch: string[], score = 0.95): Detector => ({
  id: `secret/${id}`,
  entity: 'SECRET',
  category: 'secret',
  description,
  quick,
  patterns: [{ name: id, regex, score }],
  examples: { match, noMatch },
});

// example values are assembled so that this file does not itself look like a leak
const k = (...parts: string[]) => parts.join('');

export const detectOpenAiKey = secret(
  'openai-api-key',
  'OpenAI API key',
  /sk-/,
  /(?<![A-Za-z0-9_-])sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}\b|(?<![A-Za-z0-9_-])sk-(?!ant-)(?:proj-|svcacct-|admin-)[A-Za-z0-9_-]{40,}\b|\bsk-[A-Za-z0-9]{48}\b/g,
  [k('sk-proj-', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V2w3X4y5Z6'), k('sk-', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v2W3x4')],
  ['sk-not-a-key', 'sk-ant-api03-short', 'task-1234'],
);

export const detectAnthropicKey = secret(
  'anthropic-api-key',
  'Anthropic API key',
  /sk-ant-/,
  /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}\b/g,
  [k('sk-ant-api03-', 'A'.repeat(30), 'b1C2d3E4f5G6h7I8j9K0l1M2n3O4p5Q6r7S8t9U0v1W2x3Y4z5', 'AA')],
  ['sk-ant-api03-short', 'sk-ant-example'],
);

export const detectAwsKey = secret(
  'aws-access-key',
  'AWS access key id',
  /A[KSBC][IC]A/,
  /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g,
  [k('AKIA', 'IOSFODNN7EXAMPL3')],
  ['AKIA-not-a-key', 'AKIAIOSFODNN7EXAMPLEXTRA'],
);

export const detectGithubToken = secret(
  'github-token',
  'GitHub token',
  /gh[pousr]_|github_pat_/,
  /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b/g,
  [k('ghp_', '1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R'), k('gho_', 'A'.repeat(36))],
  ['ghp_short', 'gh_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R'],
);

export const detectSlackToken = secret(
  'slack-token',
  'Slack token or webhook URL',
  /xox|hooks\.slack/,
  /\bxox[baprs]-(?:\d{10,13}-){1,2}[A-Za-z0-9-]{10,}\b|https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,}\/B[A-Z0-9]{8,}\/[A-Za-z0-9]{20,}/g,
  [k('xoxb-', '1234567890123-1234567890123-', 'AbCdEfGhIjKlMnOpQrStUvWx'), k('https://hooks.slack.com/services/', 'T01ABCDEF2/B01ABCDEF3/', 'aBcDeFgHiJkLmNoPqRsTuVwX')],
  ['xoxb-example', 'slack token here'],
);

export const detectStripeKey = secret(
  'stripe-key',
  'Stripe secret, restricted or webhook signing key',
  /[sr]k_(?:live|test)_|whsec_/,
  /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}\b|\bwhsec_[A-Za-z0-9]{32,}\b/g,
  [k('sk_live_', '4eC39HqLyjWDarjtT1zdp7dc'), k('rk_test_', '51HxYzABCdefGHIjklMNOpqr')],
  ['sk_live_short', 'pk_live_4eC39HqLyjWDarjtT1zdp7dc'],
);

export const detectGoogleKey = secret(
  'google-api-key',
  'Google API key',
  /AIza/,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  [k('AIza', 'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY')],
  ['AIza-too-short', 'AIzaSy'],
);

export const detectPrivateKey = secret(
  'private-key',
  'Private key block',
  /PRIVATE KEY/,
  // the whole block when its END line is there (it is what would travel), else the header
  /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:(?:[A-Za-z0-9+/=\s:,.]|-(?!----))*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)?/g,
  [k('-----BEGIN ', 'RSA PRIVATE KEY-----'), k('-----BEGIN ', 'OPENSSH PRIVATE KEY-----'), k('-----BEGIN ', 'PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END ', 'PRIVATE KEY-----')],
  ['-----BEGIN PUBLIC KEY-----', 'BEGIN PRIVATE KEY'],
);

export const detectGitlabToken = secret(
  'gitlab-token',
  'GitLab personal, project or group access token',
  /glpat-/,
  /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
  [k('glpat-', 'xY7kPq2LmN9vRt4WsZ1a')],
  ['glpat-short', 'glpat-{token}'],
);

export const detectHuggingFaceToken = secret(
  'huggingface-token',
  'Hugging Face access token',
  /hf_/,
  /\bhf_[A-Za-z0-9]{34,40}\b/g,
  [k('hf_', 'aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789')],
  ['hf_token', 'hf_short123'],
);

export const detectSendgridKey = secret(
  'sendgrid-key',
  'SendGrid API key',
  /SG\./,
  /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g,
  [k('SG.', 'aBcDeFgHiJkLmNoPqRsTuV', '.', 'aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789aBcDeFg')],
  ['SG.short.key', 'SG.example'],
);

export const detectNpmToken = secret(
  'npm-token',
  'npm access token',
  /npm_/,
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  [k('npm_', 'aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789')],
  ['npm_config_registry', 'npm_token'],
);
