/**
 * "1 story", "2 stories": a count with its noun, singular for exactly one.
 *
 * @example counted(1, "story", "stories") // => "1 story"
 */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
