/**
 * The structured logger node services write to. Fields must never carry keys, payloads, SURBs
 * or client addresses: log events and counts, not identities.
 */
export interface Logger {
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** Discards everything (tests, benchmarks). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/**
 * One JSON line per event on stderr: `{"time":…,"level":…,"component":…,"msg":…, …fields}`.
 * @example createStderrLogger('mix-1a').info('listening', { port: 9001 });
 */
export function createStderrLogger(component: string): Logger {
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    const line = { time: new Date().toISOString(), level, component, msg: message, ...fields };
    process.stderr.write(`${JSON.stringify(line)}\n`);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
