import type { CryptoProvider } from '@pastenym/crypto';
import {
  PasteProtocolError,
  decodeReply,
  encodeRequest,
  isV3Message,
  isWireErrorCode,
  newRequestId,
  type Reply,
  type Transport,
} from '@pastenym/paste-protocol';

/** A `paste` reply: the sealed bundle and what the server says about it. */
export type PasteReply = Extract<Reply, { op: 'paste' }>;

/** Options of {@link fetchPaste}. */
export interface FetchOptions {
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Called once the transport has taken the request (the wait for the reply begins). */
  readonly onSent?: () => void;
}

/**
 * Fetches a paste's sealed bundle without opening it. The web app keeps the bundle, so a
 * mistyped password is retried on this device: a `get` counts as a view, and asking again
 * could burn a one-time paste for nothing.
 * @throws {PasteProtocolError} `paste.not_found` (missing, expired, burned or deleted, which the
 *   server does not tell apart), other server codes, `client.timeout`, `client.aborted`,
 *   `client.transport`, `client.bad_reply`.
 * @example const reply = await fetchPaste(transport, crypto, 'aZ3x_9Qp');
 */
export function fetchPaste(
  transport: Transport,
  crypto: CryptoProvider,
  pasteId: string,
  options: FetchOptions = {},
): Promise<PasteReply> {
  const id = newRequestId((n) => crypto.randomBytes(n));
  const bytes = encodeRequest({ op: 'get', id, pasteId });
  return new Promise<PasteReply>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: () => void) => {
      unsubscribe();
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = () =>
      finish(() =>
        reject(
          new PasteProtocolError('client.aborted', 'aborted', { cause: options.signal?.reason }),
        ),
      );
    const unsubscribe = transport.onMessage((message) => {
      if (!isV3Message(message)) return;
      const decoded = decodeReply(message);
      if (!decoded.ok || decoded.reply.id !== id) return;
      finish(() => settle(decoded.reply, resolve, reject));
    });
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    transport.send(bytes).then(
      () => {
        options.onSent?.();
        timer = setTimeout(
          () => finish(() => reject(new PasteProtocolError('client.timeout', 'no reply in time'))),
          options.timeoutMs ?? 120_000,
        );
      },
      (error: unknown) =>
        finish(() =>
          reject(new PasteProtocolError('client.transport', 'sending failed', { cause: error })),
        ),
    );
  });
}

function settle(
  reply: Reply,
  resolve: (reply: PasteReply) => void,
  reject: (error: Error) => void,
): void {
  if (reply.op === 'paste') resolve(reply);
  else if (reply.op === 'error') {
    const code = isWireErrorCode(reply.code) ? reply.code : 'server.internal';
    reject(new PasteProtocolError(code, reply.message));
  } else reject(new PasteProtocolError('client.bad_reply', `unexpected reply ${reply.op}`));
}
