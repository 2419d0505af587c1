import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closest } from '../core/config/closest.ts';
import { TOOL_NAME } from '../core/project.ts';
import { InputError } from '../workspace/input-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `parseArgs` for one command, strict, with errors a person can act on: an unknown flag names
 * the closest known one ("did you mean --format?"), a missing or unexpected value names the
 * flag; the hint points at the command's own help. Exit status 2 (an InputError).
 */
export function parseFlags<const O extends Options>(
  command: string,
  args: string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (error) {
    throw flagError(command, error, options);
  }
}

function flagError(command: string, error: unknown, options: Options): Error {
  const help = `run '${TOOL_NAME} ${command} --help'`;
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /^(?:Unknown option|Option) '(-{1,2}[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag !== undefined) {
    const known = Object.keys(options);
    const guess = flag.startsWith('--') ? closest(flag.slice(2), known) : undefined;
    return new InputError(
      `unknown option ${flag} for '${command}'`,
      guess ? `did you mean --${guess}? (${help})` : help,
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag !== undefined) {
    return /argument missing/.test(message)
      ? new InputError(`${flag} needs a value`, `pass it as ${flag} VALUE (${help})`)
      : new InputError(`${flag} takes no value`, `drop the '=...' after ${flag} (${help})`);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const argument = /argument '([^']*)'/.exec(message)?.[1] ?? '';
    return new InputError(`'${command}' takes no arguments, only options: '${argument}'`, help);
  }
  return new InputError(message, help);
}
