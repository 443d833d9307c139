// Plain-text layout for terminal and CI-log output: display width (wide CJK characters
// count two columns, ANSI colour codes none), truncation with an ellipsis, and word
// wrapping with a hanging indent. Formatters lay out uncoloured text and colour it last.

const ANSI = /\u001b\[[0-9;]*m/g;
// East Asian wide and fullwidth ranges (enough for names, not a full wcwidth)
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(ANSI, '')) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** Cuts text to at most `width` columns, ending in … when cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = WIDE.test(ch) ? 2 : 1;
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/**
 * Wraps words to `width` columns; every line starts with `indent` (the first with
 * `first` when given). A word longer than a line is cut into pieces. Non-breaking
 * spaces (U+00A0) keep words together and come out as plain spaces.
 */
export function wrap(text: string, width: number, indent = '', first = indent): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  const room = (prefix: string) => Math.max(10, width - displayWidth(prefix));
  for (let word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    for (;;) {
      const sep = empty ? '' : ' ';
      if (displayWidth(line) + sep.length + displayWidth(word) <= width) {
        line += sep + word;
        empty = false;
        break;
      }
      if (!empty) {
        lines.push(line);
        line = indent;
        empty = true;
        continue;
      }
      // a word wider than a whole line
      const cut = truncate(word, room(line) + 1).slice(0, -1);
      lines.push(line + cut);
      line = indent;
      word = word.slice(cut.length);
      if (!word) break;
    }
  }
  if (!empty) lines.push(line);
  return lines.map((l) => l.replace(/\u00a0/g, ' '));
}

/** The width to lay text out for: the terminal's, else $COLUMNS, else 80 (pipes, files, CI logs). */
/** Keeps a phrase on one line when wrapping (`Crew Created/crew_agents[].role`). */
export const unbreakable = (s: string): string => s.replace(/ /g, '\u00a0');

export function outputWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv, toFile: boolean): number {
  if (!toFile && stream.isTTY && stream.columns && stream.columns > 0) return Math.max(40, stream.columns);
  const cols = Number.parseInt(env.COLUMNS ?? '', 10);
  if (Number.isFinite(cols) && cols > 0) return Math.max(40, cols);
  return 80;
}
