/** The caller's wall-clock time ran out before or during a statement. */
export class OutOfTimeError extends Error {
  override readonly name = 'OutOfTimeError';
  constructor(line: number, serverMessage?: string) {
    super(
      serverMessage === undefined
        ? `not enough time left in this call to start the statement at line ${line}`
        : `the statement at line ${line} was stopped at the end of this call's time (${serverMessage})`,
    );
  }
}
