/**
 * A problem with what the user gave us (paths, flags, config, git refs). The CLI prints the
 * message and the hint and exits with status 2; never a stack trace.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
