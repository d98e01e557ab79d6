/** Which documents tell the same story. */
export interface Story {
  readonly id: string;
  readonly title: string;
  readonly documentIds: readonly string[];
}
