// .env parsing as python-dotenv does it, with positions for every entry and error.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/core/source.js';
import { findProjectDotenv, parseDotenv, readDotenvFile, resolveDotenv } from '../../src/load/dotenv.js';

const parse = (text: string) => parseDotenv(new SourceText('.env', text));
const values = (text: string) => Object.fromEntries(parse(text).entries.map((e) => [e.key, e.raw]));

describe('values as python-dotenv reads them', () => {
  it.each([
    ['A=b', 'b'],
    ['export A=b', 'b'],
    ['A = b', 'b'],
    ['A=b # comment', 'b'],
    ['A=b#not-a-comment', 'b#not-a-comment'],
    ['A=#value', '#value'],
    ['A=  # only a comment', ''],
    ['A=', ''],
    ['A="b c"', 'b c'],
    ["A='b c'", 'b c'],
    ['A="b # c"', 'b # c'],
    ['A="a\\nb"', 'a\nb'],
    ['A="say \\"hi\\""', 'say "hi"'],
    ["A='it\\'s'", "it's"],
    ["A='a\\nb'", 'a\\nb'],
    ['A=" true"', ' true'],
    ['A=true   ', 'true'],
    ["'A'=quoted key", 'quoted key'],
  ])('%j → %j', (line, value) => {
    expect(values(line).A).toBe(value);
  });

  it('a key without = has no value (python-dotenv does not load it)', () => {
    expect(parse('A\n').entries[0]).toMatchObject({ key: 'A', raw: null });
  });

  it('quoted values may span lines', () => {
    const { entries, diagnostics } = parse('A="line one\nline two"\nB=2\n');
    expect(entries.map((e) => [e.key, e.raw])).toEqual([['A', 'line one\nline two'], ['B', '2']]);
    expect(diagnostics).toEqual([]);
  });

  it('handles CRLF files, comments and blank lines', () => {
    expect(values('# top\r\n\r\nA=1\r\nB="2"\r\n')).toEqual({ A: '1', B: '2' });
  });

  it('the last definition wins', () => {
    const r = resolveDotenv(parse('A=1\nA=2\n').entries, {}, false);
    expect(r.get('A')?.value).toBe('2');
  });
});

describe('positions', () => {
  it('every entry keeps the line and column of its key and its value', () => {
    const { entries } = parse('# c\nexport  CREWAI_DISABLE_TELEMETRY = "true"\n');
    expect(entries[0].location).toMatchObject({ file: '.env', start: { line: 2, column: 9 } });
    expect(entries[0].valueSource?.span).toMatchObject({ start: { line: 2, column: 37 }, end: { line: 2, column: 41 } });
  });

  it('a statement python-dotenv cannot parse is an error at the failing column, and parsing goes on', () => {
    const { entries, diagnostics } = parse('A=1\nB="unterminated\nC=3\n');
    // the unterminated quote swallows nothing: no closing quote anywhere, so python-dotenv skips the line
    expect(entries.map((e) => e.key)).toEqual(['A', 'C']);
    expect(diagnostics).toEqual([expect.objectContaining({ file: '.env', line: 2, column: 3, severity: 'error', message: expect.stringMatching(/starting at line 2 .*skips it/) })]);
  });

  it('text after a closing quote makes python-dotenv skip the whole statement', () => {
    const { entries, diagnostics } = parse('CREWAI_DISABLE_TELEMETRY="true" yes\nB=2\n');
    expect(entries.map((e) => e.key)).toEqual(['B']);
    expect(diagnostics[0]).toMatchObject({ line: 1, column: 32 });
  });

  it('never puts a value in a message', () => {
    const { diagnostics } = parse('SECRET="sk-live-123 oops\n');
    expect(JSON.stringify(diagnostics)).not.toContain('sk-live-123');
  });
});

describe('${VAR} expansion', () => {
  const entries = parse('BASE=true\nA=${BASE}\nB=${MISSING:-fallback}\nC=${HOME_X}\nD=\'${BASE}\'\n').entries;

  it('expands from earlier entries and the environment, defaults when missing, in every quoting', () => {
    const r = resolveDotenv(entries, { HOME_X: 'from-env' }, false);
    expect(r.get('A')?.value).toBe('true');
    expect(r.get('B')?.value).toBe('fallback');
    expect(r.get('C')?.value).toBe('from-env');
    expect(r.get('D')?.value).toBe('true');
  });

  it('override=False: the environment wins inside expansions; override=True: the file does', () => {
    expect(resolveDotenv(entries, { BASE: 'env' }, false).get('A')?.value).toBe('env');
    expect(resolveDotenv(entries, { BASE: 'env' }, true).get('A')?.value).toBe('true');
  });
});

describe('finding and reading the file', () => {
  it('the nearest .env walking up, passing over a folder named .env', () => {
    const root = mkdtempSync(join(tmpdir(), 'crewtel-dotenv-'));
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'src/app/.env'), { recursive: true });
    writeFileSync(join(root, '.env'), 'A=1\n');
    const { found, diagnostics } = findProjectDotenv(join(root, 'src/app'), root);
    expect(found?.parsed.file).toBe('.env');
    expect(diagnostics).toEqual([]);
  });

  it('no .env: nothing, and no error', () => {
    const root = mkdtempSync(join(tmpdir(), 'crewtel-dotenv-'));
    mkdirSync(join(root, '.git'));
    expect(findProjectDotenv(root, root)).toEqual({ diagnostics: [] });
  });

  it('invalid UTF-8 is an error with a position: python-dotenv would load nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'crewtel-dotenv-'));
    writeFileSync(join(root, '.env'), Buffer.concat([Buffer.from('A=1\nB='), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]));
    const { found, diagnostics } = readDotenvFile(join(root, '.env'), root);
    expect(found?.parsed.entries).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ line: 2, column: 3, severity: 'error', message: expect.stringMatching(/not valid UTF-8/) });
  });
});
