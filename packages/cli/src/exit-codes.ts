/**
 * The exit codes of `pastenym`, stable for scripts (documented in the README): 0 ok, 1 anything
 * else, 2 usage, 3 server offline or busy, 4 paste not found, 5 wrong key or password, 6 too
 * large, 7 network or mixnet error, 130 interrupted.
 */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  offline: 3,
  notFound: 4,
  wrongKey: 5,
  tooLarge: 6,
  network: 7,
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What the command reports about a failure: exit code, stable code, one line for people. */
export interface FailureReport {
  readonly exitCode: ExitCode;
  readonly code: string;
  readonly message: string;
}

const BY_CODE: Readonly<Record<string, ExitCode>> = {
  'cli.usage': EXIT.usage,
  'cli.no_server': EXIT.usage,
  'cli.no_password': EXIT.usage,
  'request.invalid_options': EXIT.usage,
  'client.v2_unsupported': EXIT.usage,
  'link.invalid': EXIT.usage,
  'cli.offline': EXIT.offline,
  'client.timeout': EXIT.offline,
  'server.busy': EXIT.offline,
  'paste.not_found': EXIT.notFound,
  'format.wrong_key': EXIT.wrongKey,
  'format.wrong_password': EXIT.wrongKey,
  'format.password_required': EXIT.wrongKey,
  'legacy.auth_failed': EXIT.wrongKey,
  'cli.too_large': EXIT.tooLarge,
  'client.too_large': EXIT.tooLarge,
  'request.too_large': EXIT.tooLarge,
  'format.too_large': EXIT.tooLarge,
  'mixnet.message_too_large': EXIT.tooLarge,
  'cli.network': EXIT.network,
  'cli.no_network': EXIT.network,
  'client.transport': EXIT.network,
  'cli.interrupted': EXIT.interrupted,
};

// Network failures of the packages underneath, by their code's prefix.
const NETWORK_PREFIXES = ['mixnet.', 'nym_api.', 'nym_client.'];

// Library messages that are terse where a person needs to know what to do.
const MESSAGES: Readonly<Record<string, string>> = {
  'paste.not_found':
    'paste not found: it never existed, expired, was burned after reading or was deleted ' +
    '(the server does not say which)',
  'format.wrong_key': 'wrong key: this key does not open the paste',
  'format.wrong_password': 'wrong password',
  'format.password_required':
    'this paste needs a password: pass --password (or --password-file, or set PASTENYM_PASSWORD)',
  'legacy.auth_failed': 'wrong key, or the paste was altered',
  'server.busy': 'the server is busy: try again later',
};

/**
 * Maps any thrown value to its exit code and a one-line message. Errors with a string `code`
 * (this package's, and those of paste-protocol, mixnet, nym-api and nym-client) are mapped by
 * it; anything else is exit 1 with the code `internal`. `command` refines a few messages.
 * @example describeFailure(new CliError('cli.usage', 'unknown option --x')).exitCode // 2
 */
export function describeFailure(error: unknown, command?: string): FailureReport {
  const code = errorCode(error);
  const raw = error instanceof Error ? error.message : String(error);
  if (code === undefined)
    return { exitCode: EXIT.failure, code: 'internal', message: oneLine(raw) };
  const exitCode =
    BY_CODE[code] ??
    (NETWORK_PREFIXES.some((prefix) => code.startsWith(prefix)) ? EXIT.network : EXIT.failure);
  let message = MESSAGES[code] ?? raw;
  if (code === 'paste.not_found' && command === 'delete') {
    message = 'paste not found, or the delete token is wrong (the server does not say which)';
  }
  if (code === 'client.timeout')
    message = `the server did not answer (${raw}): it is offline or unreachable`;
  if (code === 'client.transport') message = `sending failed: ${causeMessage(error) ?? raw}`;
  return { exitCode, code, message: oneLine(message) };
}

/** `error [code]: message`, the one line every failure prints on stderr. */
export function formatFailure(report: FailureReport): string {
  return `error [${report.code}]: ${report.message}\n`;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' && /^[a-z_]+\.[a-z0-9_]+$/.test(error.code)
    ? error.code
    : undefined;
}

function causeMessage(error: unknown): string | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof Error ? cause.message : undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
