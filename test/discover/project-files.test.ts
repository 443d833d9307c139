// Discovery keeps the project files (markers, locks, requirements) of the folders it walks, so
// that project roots and release detection need not list those folders again; for a folder it
// may not have listed, it says it does not know, and the folder is listed as before.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, projectFilesIn } from '../../src/discover/index.js';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'crewtel-project-files-'));
  const put = (rel: string, text = '') => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  put('a/pyproject.toml', '[project]\ndependencies = ["crewai==0.114.0"]\n');
  put('a/requirements-dev.txt');
  put('a/uv.lock');
  put('a/README.md');
  put('a/src/crew/config/agents.yaml', 'r:\n  role: R\n');
  put('b/notes.txt');
  put('build/pyproject.toml');
  mkdirSync(join(root, 'c'));
  return root;
}

describe('projectFilesIn', () => {
  it('answers for walked folders from the walk: project files only, none for a folder without any', async () => {
    const root = tree();
    const found = await discover([root], root);
    expect([...(projectFilesIn(found, join(root, 'a')) ?? [])].sort()).toEqual(['pyproject.toml', 'requirements-dev.txt', 'uv.lock']);
    expect(projectFilesIn(found, join(root, 'b'))).toEqual([]);
    expect(projectFilesIn(found, join(root, 'a/src/crew'))).toEqual([]);
  });

  it('does not answer for folders the walk may not have listed', async () => {
    const root = tree();
    const found = await discover([join(root, 'a')], root);
    // above the walked folder, and inside a folder the walk skips
    expect(projectFilesIn(found, root)).toBeUndefined();
    const all = await discover([root], root);
    expect(projectFilesIn(all, join(root, 'build'))).toBeUndefined();
    // a file named on the command line may sit in a linked folder the walk never entered
    symlinkSync(join(root, 'a'), join(root, 'linked'));
    const withFile = await discover([root, join(root, 'linked/src/crew/config/agents.yaml')], root);
    expect(projectFilesIn(withFile, join(root, 'linked'))).toBeUndefined();
  });
});
