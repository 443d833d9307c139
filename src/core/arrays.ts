// `a.push(...b)` passes b as call arguments: past ~100k items (60,000 agents, a string
// with 125k name matches) that overflows the stack. Input-sized arrays are appended here.

export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}

/** How many leading items two lists share (folders of two paths: how near two files are). */
export function commonPrefixLength<T>(a: readonly T[], b: readonly T[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
