/** An error the user can act on: printed as one clear line, with the given exit code, no stack. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = "UserError";
  }
}
