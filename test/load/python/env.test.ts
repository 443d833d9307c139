import { describe, expect, it } from 'vitest';
import { parsePython } from '../../../src/load/python/index.js';
import type { PyEnvAssignment } from '../../../src/load/python/types.js';
import { at } from './helpers.js';

const summary = (a: PyEnvAssignment) => [a.kind, a.variable, a.value, a.afterCrewaiImport, a.moduleLevel, at(a.location)];

describe('environment switches set in code', () => {
  it('before and after the first crewai import, at module level and in functions', () => {
    const src = `import os
os.environ["CREWAI_DISABLE_TELEMETRY"] = "true"
from crewai import Crew
os.environ["OTEL_SDK_DISABLED"] = "true"
os.environ.setdefault("CREWAI_DISABLE_TRACKING", "true")
os.environ.update({"OTEL_SDK_DISABLED": "True", "OTHER": "1"})
os.environ.update(CREWAI_DISABLE_TELEMETRY="false")
os.putenv("CREWAI_DISABLE_TELEMETRY", "true")

def main():
    os.environ["CREWAI_DISABLE_TELEMETRY"] = "true"
`;
    const f = parsePython('src/demo/main.py', src);
    expect(f.envAssignments.map(summary)).toEqual([
      ['environ-set', 'CREWAI_DISABLE_TELEMETRY', 'true', false, true, '2:1-2:48'],
      ['environ-set', 'OTEL_SDK_DISABLED', 'true', true, true, '4:1-4:41'],
      ['setdefault', 'CREWAI_DISABLE_TRACKING', 'true', true, true, '5:1-5:57'],
      ['environ-set', 'OTEL_SDK_DISABLED', 'True', true, true, '6:1-6:63'],
      ['environ-set', 'OTHER', '1', true, true, '6:1-6:63'],
      ['environ-set', 'CREWAI_DISABLE_TELEMETRY', 'false', true, true, '7:1-7:52'],
      ['putenv', 'CREWAI_DISABLE_TELEMETRY', 'true', true, true, '8:1-8:46'],
      // a function runs after the module's imports, wherever it is defined
      ['environ-set', 'CREWAI_DISABLE_TELEMETRY', 'true', true, false, '11:5-11:52'],
    ]);
  });

  it('a function in a module that does not import crewai is not after the import', () => {
    const f = parsePython('settings.py', 'import os\ndef configure():\n    os.environ["OTEL_SDK_DISABLED"] = "true"\n');
    expect(f.envAssignments.map(summary)).toEqual([['environ-set', 'OTEL_SDK_DISABLED', 'true', false, false, '3:5-3:45']]);
    expect(f.crewaiImport).toBeUndefined();
  });

  it('aliases of os and environ, constant keys, chained targets and values crewtel cannot evaluate', () => {
    const src = `import os as _os
from os import environ as env, putenv
from os import environ
KEY = "CREWAI_DISABLE_TELEMETRY"
VALUE = "true"
_os.environ["A"] = "1"
env["B"] = "2"
environ[KEY] = VALUE
putenv("C", "3")
environ["D"] = environ["E"] = "4"
environ["F"] = str(True).lower()
environ[unknown_key] = "x"
del environ["A"]
`;
    const f = parsePython('main.py', src);
    expect(f.envAssignments.map((a) => [a.kind, a.variable, a.value])).toEqual([
      ['environ-set', 'A', '1'],
      ['environ-set', 'B', '2'],
      ['environ-set', 'CREWAI_DISABLE_TELEMETRY', 'true'],
      ['putenv', 'C', '3'],
      ['environ-set', 'D', '4'],
      ['environ-set', 'E', '4'],
      ['environ-set', 'F', undefined],
    ]);
  });

  it('a dict that merely is called environ is not os.environ', () => {
    const f = parsePython('main.py', 'environ = {}\nenviron["CREWAI_DISABLE_TELEMETRY"] = "true"\nconfig.environ["X"] = "1"\n');
    expect(f.envAssignments).toEqual([]);
  });

  it('load_dotenv calls: path and override when literal', () => {
    const src = `from dotenv import load_dotenv, find_dotenv
import dotenv
load_dotenv()
from crewai import Agent
load_dotenv(".env.local", override=True)
dotenv.load_dotenv(dotenv_path="config/.env")
load_dotenv(find_dotenv())
`;
    const f = parsePython('main.py', src);
    expect(f.envAssignments.map((a) => [a.kind, a.variable, a.dotenvPath, a.override, a.afterCrewaiImport])).toEqual([
      ['load_dotenv', '*', undefined, false, false],
      ['load_dotenv', '*', '.env.local', true, true],
      ['load_dotenv', '*', 'config/.env', false, true],
      ['load_dotenv', '*', undefined, false, true],
    ]);
  });
});

describe('which import is the crewai import', () => {
  it('the first module-level crewai or crewai.* import, crewai_tools included (it imports crewai)', () => {
    expect(at(parsePython('a.py', 'import os\nfrom crewai.flow.flow import Flow\nimport crewai\n').crewaiImport!)).toBe('2:1-2:34');
    expect(at(parsePython('b.py', 'from crewai_tools import SerperDevTool\n').crewaiImport!)).toBe('1:1-1:39');
    expect(at(parsePython('c.py', 'import sys, crewai as c\n').crewaiImport!)).toBe('1:1-1:24');
  });

  it('imports that do not run at module import do not count: inside functions, under TYPE_CHECKING', () => {
    const src = `from typing import TYPE_CHECKING
import os
if TYPE_CHECKING:
    from crewai import Crew
else:
    import json
def run():
    from crewai import Crew
os.environ["OTEL_SDK_DISABLED"] = "true"
try:
    import crewai
except ImportError:
    crewai = None
`;
    const f = parsePython('main.py', src);
    expect(at(f.crewaiImport!)).toBe('11:5-11:18');
    expect(f.envAssignments[0]).toMatchObject({ afterCrewaiImport: false, moduleLevel: true });
    expect(f.moduleImports?.map((m) => m.module)).toEqual(['typing', 'os', 'json', 'crewai']);
  });

  it('moduleImports: every module-level import, relative ones resolved against the file, submodules of from-imports', () => {
    const src = `import os.path, yaml as y
from .crew import Research
from . import tools
from ..shared.settings import CONFIG
from research import crew
`;
    const f = parsePython('src/research/main.py', src);
    expect(f.moduleImports?.map((m) => [m.module, m.location.start.line])).toEqual([
      ['os.path', 1],
      ['yaml', 1],
      ['src.research.crew', 2],
      ['src.research', 3],
      ['src.research.tools', 3],
      ['src.shared.settings', 4],
      ['research', 5],
      ['research.crew', 5],
    ]);
  });
});
