/** `1 change`, `4 changes`: a number and its noun, in the plural when it is not 1. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
