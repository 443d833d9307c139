import { describe, expect, it } from 'vitest';
import { JoinedString, SourceString, SourceText } from '../../../src/core/source.js';
import { decodePythonEscapes } from '../../../src/load/python/literals.js';
import { parsePython } from '../../../src/load/python/index.js';
import { at, locationOf, shape, str, where, whereIs } from './helpers.js';

/** The kwargs of the first Agent(...) of a script. */
const agentKwargs = (src: string) => {
  const f = parsePython('crew.py', src);
  expect(f.diagnostics).toEqual([]);
  return f.looseAgents[0].kwargs;
};

const SRC = [
  'from crewai import Agent', // 1
  'researcher = Agent(', // 2
  '    role="Plain Maria",', // 3
  "    goal='Tab\\there \\u00e9 Maria',", // 4
  '    backstory="""Line one', // 5
  '  Maria on two""",', // 6
  '    llm=r"raw\\n Maria",', // 7
  '    name="Joined " \'Maria\' " end",', // 8
  ')',
].join('\n');

describe('Python string literals keep the location of every character', () => {
  const kw = agentKwargs(SRC);

  it('a plain string', () => {
    expect(str(kw.role).value).toBe('Plain Maria');
    expect(str(kw.role).style).toBe('python');
    expect(where(str(kw.role))).toBe('3:11-3:22');
    expect(whereIs(str(kw.role), 'Maria')).toBe('3:17-3:22');
  });

  it('escapes are decoded, and a slice after them still points at its source', () => {
    const goal = str(kw.goal);
    expect(goal.value).toBe('Tab\there é Maria');
    expect(whereIs(goal, 'Maria')).toBe('4:28-4:33');
    // the tab is the two characters `\t`, the é the six characters `\u00e9`
    expect(whereIs(goal, '\t')).toBe('4:14-4:16');
    expect(whereIs(goal, 'é')).toBe('4:21-4:27');
  });

  it('a triple-quoted string across lines', () => {
    const b = str(kw.backstory);
    expect(b.value).toBe('Line one\n  Maria on two');
    expect(whereIs(b, 'Maria')).toBe('6:3-6:8');
    expect(where(b)).toBe('5:18-6:15');
  });

  it('a raw string keeps backslashes', () => {
    const llm = str(kw.llm);
    expect(llm.value).toBe('raw\\n Maria');
    expect(llm.style).toBe('python-raw');
    expect(whereIs(llm, 'Maria')).toBe('7:17-7:22');
  });

  it('adjacent literals join into one value whose slices map into each piece', () => {
    const name = str(kw.name);
    expect(name).toBeInstanceOf(JoinedString);
    expect(name.value).toBe('Joined Maria end');
    expect(whereIs(name, 'Maria')).toBe('8:21-8:26');
    expect(whereIs(name, ' end')).toBe('8:29-8:33');
    // a slice across two pieces runs from the first piece to the second
    expect(whereIs(name, 'd Maria')).toBe('8:16-8:26');
    expect(where(name)).toBe('8:11-8:33');
  });
});

describe('other literal forms', () => {
  it('CRLF line endings: a triple-quoted value has \\n, locations stay on the right line', () => {
    const kw = agentKwargs('from crewai import Agent\r\nx = Agent(\r\n    backstory="""one\r\ntwo Maria""",\r\n    role="r",\r\n)\r\n');
    const b = str(kw.backstory);
    expect(b.value).toBe('one\ntwo Maria');
    expect(whereIs(b, 'Maria')).toBe('4:5-4:10');
    expect(whereIs(b, 'two')).toBe('4:1-4:4');
    expect(where(str(kw.role))).toBe('5:11-5:12');
  });

  it('a backslash line continuation inside a string vanishes from the value', () => {
    const kw = agentKwargs('from crewai import Agent\nx = Agent(role="Maria \\\nLopez")\n');
    expect(str(kw.role).value).toBe('Maria Lopez');
    expect(whereIs(str(kw.role), 'Lopez')).toBe('3:1-3:6');
  });

  it('parenthesised multi-line concatenation', () => {
    const kw = agentKwargs('from crewai import Agent\nx = Agent(goal=(\n    "Find "\n    # a comment between pieces\n    "Maria Lopez"\n))\n');
    const g = str(kw.goal);
    expect(g.value).toBe('Find Maria Lopez');
    expect(whereIs(g, 'Lopez')).toBe('5:12-5:17');
  });

  it('f-strings: without fields they are strings ({{ }} decoded), with fields their constant parts are located and fields kept as expressions', () => {
    const kw = agentKwargs('from crewai import Agent\nx = Agent(role=f"Hi {{name}} Maria", goal=f"Hi {name}", backstory="a" f"{b}")\n');
    expect(str(kw.role).value).toBe('Hi {name} Maria');
    expect(whereIs(str(kw.role), 'Maria')).toBe('2:30-2:35');
    expect(kw.goal.kind).toBe('fstring');
    const goal = kw.goal.kind === 'fstring' ? kw.goal.parts : [];
    expect(goal.map((p) => (p.kind === 'text' ? p.value.value : `{${p.text}}`))).toEqual(['Hi ', '{name}']);
    expect(goal[0].kind === 'text' && whereIs(goal[0].value, 'Hi')).toBe('2:45-2:47');
    expect(goal[1].kind === 'field' && at(goal[1].location)).toBe('2:48-2:54');
    const back = kw.backstory.kind === 'fstring' ? kw.backstory.parts : [];
    expect(back.map((p) => (p.kind === 'text' ? p.value.value : `{${p.text}}`))).toEqual(['a', '{b}']);
  });

  it('prefixes: u"" is a string, b"" is not; octal and \\x escapes; \\N{…} stays as written', () => {
    const kw = agentKwargs('from crewai import Agent\nx = Agent(role=u"A\\101\\x42", goal=b"bytes", backstory="\\N{BULLET} x", llm=R"\\d")\n');
    expect(str(kw.role).value).toBe('AAB');
    expect(kw.goal).toMatchObject({ kind: 'unknown', text: 'b"bytes"' });
    expect(str(kw.backstory).value).toBe('\\N{BULLET} x');
    expect(str(kw.llm)).toMatchObject({ value: '\\d', style: 'python-raw' });
  });

  it('columns count UTF-16 code units (an emoji is two) and a BOM is not a column', () => {
    const kw = agentKwargs('\ufefffrom crewai import Agent\nx = Agent(role="👋 Maria")\n');
    expect(whereIs(str(kw.role), 'Maria')).toBe('2:20-2:25');
  });

  it('numbers, booleans, None, tuples, sets, negative numbers and nested structures', () => {
    const kw = agentKwargs('from crewai import Agent\nx = Agent(max_iter=-3, temperature=0.5, max_rpm=1_000, verbose=False, cache=None, tags=("a", {"b"}), config={"k": [1, 0x10]})\n');
    expect(shape(kw.max_iter)).toBe(-3);
    expect(shape(kw.temperature)).toBe(0.5);
    expect(shape(kw.max_rpm)).toBe(1000);
    expect(shape(kw.verbose)).toBe(false);
    expect(shape(kw.cache)).toBeNull();
    expect(shape(kw.tags)).toEqual(['a', ['b']]);
    expect(shape(kw.config)).toEqual({ k: [1, 16] });
    expect(at(locationOf(kw.max_iter))).toBe('2:20-2:22');
  });

  it('dict spreads and *args are skipped, keyword values keep their places', () => {
    const kw = agentKwargs('from crewai import Agent\nx = Agent(*extra, **more, role="r", config={**base, "name": "Maria"})\n');
    expect(Object.keys(kw)).toEqual(['role', 'config']);
    expect(shape(kw.config)).toEqual({ name: 'Maria' });
  });
});

describe('decodePythonEscapes', () => {
  it.each([
    ['a\\nb', 'a\nb'],
    ['\\t\\r\\\\\\\'\\"', '\t\r\\\'"'],
    ['\\x41\\u00e9\\U0001F44B', 'Aé👋'],
    ['\\0\\12\\101', '\0\nA'],
    ['\\q\\8', '\\q\\8'], // unknown escapes keep their backslash, like Python
    ['line\\\ncontinued', 'linecontinued'],
    ['\\xZZ', '\\xZZ'],
  ])('%j → %j', (body, value) => {
    expect(decodePythonEscapes(body)).toBe(value);
  });
});

describe('JoinedString', () => {
  const text = 'x = "ab" \'cd\'\n';
  const src = new SourceText('j.py', text);
  const a = new SourceString('ab', src, 5, 7, 'python');
  const b = new SourceString('cd', src, 10, 12, 'python');
  const joined = new JoinedString([a, b]);

  it('maps each slice into its own piece, like a SourceString over that piece', () => {
    expect(joined.value).toBe('abcd');
    expect(at(joined.locate(0, 1))).toBe('1:6-1:7');
    expect(at(joined.locate(2, 4))).toBe('1:11-1:13');
    expect(at(joined.locate(1, 3))).toBe('1:7-1:12');
    expect(at(joined.locate())).toBe('1:6-1:13');
    expect(joined.file).toBe('j.py');
  });
});
