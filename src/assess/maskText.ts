// Free text the team wrote (a suppression's reason) can quote the value it accepts:
// every detector match in it is masked like a finding's value before any output shows it.
import { scanText } from '../scan/scanText.js';
import { maskValue } from './mask.js';

export function maskMatchesIn(text: string, showValues: boolean): string {
  if (showValues || !text) return text;
  let out = '';
  let at = 0;
  for (const m of scanText(text)) {
    out += text.slice(at, m.start) + maskValue(m.text, m.entity);
    at = m.end;
  }
  return out + text.slice(at);
}
