/** A parsed `HOST:PORT`, or why it is not one. */
export type ListenAddressResult =
  | { readonly ok: true; readonly host: string; readonly port: number }
  | { readonly ok: false; readonly reason: string };

/**
 * Parses where a metrics endpoint listens: `HOST:PORT`, with an IPv6 host in brackets
 * (`[::1]:9464`). Port 0 lets the system choose.
 * @example parseListenAddress('127.0.0.1:9464') // { ok: true, host: '127.0.0.1', port: 9464 }
 */
export function parseListenAddress(text: string): ListenAddressResult {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^\s:[\]/]+)):(\d{1,5})$/.exec(text);
  if (match === null) return { ok: false, reason: 'expected HOST:PORT, e.g. 127.0.0.1:9464' };
  const port = Number(match[3]);
  if (port > 65535) return { ok: false, reason: 'the port must be 0 to 65535' };
  return { ok: true, host: (match[1] ?? match[2])!, port };
}

/**
 * Whether `host` names this machine's loopback interface only: `localhost`, `127.0.0.0/8`,
 * `::1` (also IPv4-mapped). Anything else, including `0.0.0.0` and other names, is not.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (bare === 'localhost' || bare === '::1' || bare === '0:0:0:0:0:0:0:1') return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice(7) : bare;
  const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(v4);
  return octets !== null && octets[1] === '127' && octets.slice(2).every((o) => Number(o) <= 255);
}
