// `a.push(...b)` passes b as call arguments: past ~100k items (60,000 agents, a string
// with 125k name matches) that overflows the stack. Input-sized arrays are appended here.

export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}
