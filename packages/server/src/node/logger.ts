import pino from 'pino';
import type { Logger, LevelWithSilent, DestinationStream } from 'pino';

/**
 * Field names that must never carry a value into the logs. The code never passes them; the
 * redaction is a second line of defence against a future mistake.
 */
const NEVER_LOGGED = [
  'id',
  'pasteId',
  'urlId',
  'ownerToken',
  'key',
  'senderTag',
  'address',
  'recipient',
  'message',
  'payload',
  'bundle',
  'text',
  'postgresUrl',
];

/**
 * The server's logger: JSON lines on stderr (stdout carries only the server's address), with a
 * `component` field. Callers log counts, error codes and states; never paste ids, keys, sender
 * tags, payloads or addresses of users.
 * @example const log = createLogger('info'); log.info({ pastes: 3 }, 'swept');
 */
export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { component: 'pastenym-server' },
      redact: {
        paths: NEVER_LOGGED.flatMap((name) => [name, `*.${name}`]),
        censor: '[never logged]',
      },
    },
    destination ?? pino.destination({ dest: 2, sync: true }),
  );
}

export type { Logger };
