import { utf8 } from '@pastenym/crypto';
import type { NymApiClient } from '@pastenym/nym-api';
import { StackError } from '../errors.js';

/** Each v2 paste's text holds a token of its own: a getText answer shows whose paste it is. */
const TOKEN = /heavy-v2-([0-9a-f]{24})/;

/** The text of a v2 paste of `bytes` characters carrying `token` (24 hex digits). */
export function v2PasteText(token: string, bytes: number): string {
  const head = `heavy-v2-${token} `;
  return head + 'x'.repeat(Math.max(0, bytes - head.length));
}

/** The token in a paste's text, if any. */
export function v2Token(text: string): string | undefined {
  return TOKEN.exec(text)?.[1];
}

interface Waiter<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

/** What answered a getText: the paste's text, or `null` for v2's "text not found". */
export type V2Text = string | null;

/**
 * A Pastenym v2 client as v2 apps were written, over a nym-client's websocket: JSON requests
 * sent anonymously, many in flight. v2 replies carry no request id, so an answer goes to the
 * oldest request of its kind still waiting; callers check a getText's text by the token in it.
 * Every id the server answered is kept, late ones too: the server stored those pastes whoever
 * was still waiting.
 */
export class V2Session {
  private readonly creates: Waiter<string>[] = [];
  private readonly gets: Waiter<V2Text>[] = [];
  private readonly unsubscribe: () => void;
  /** Every paste id a newText answer carried. */
  readonly acknowledgedIds: string[] = [];

  constructor(
    private readonly api: Pick<NymApiClient, 'sendAnonymous' | 'onMessage'>,
    private readonly server: string,
    private readonly replySurbs: number,
  ) {
    this.unsubscribe = api.onMessage(({ message }) => this.receive(message));
  }

  /** Stores a public paste (`{"text", "file": null}` as v2 web clients sent); resolves with its id. */
  newText(text: string, timeoutMs: number, signal?: AbortSignal): Promise<string> {
    const data = {
      text: JSON.stringify({ text, file: null }),
      private: false,
      burn: false,
      burn_view: 1,
      encParams: '',
      ipfs: false,
      expiration_time: '1h',
      expiration_height: null,
    };
    return this.call(this.creates, { event: 'newText', data }, timeoutMs, signal);
  }

  /** Fetches a paste; resolves with its text, or `null` when the server does not know it. */
  getText(urlId: string, timeoutMs: number, signal?: AbortSignal): Promise<V2Text> {
    return this.call(this.gets, { event: 'getText', data: { urlId } }, timeoutMs, signal);
  }

  close(): void {
    this.unsubscribe();
  }

  private call<T>(
    queue: Waiter<T>[],
    message: unknown,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', aborted);
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
      };
      const waiter: Waiter<T> = {
        resolve: (value) => (settle(), resolve(value)),
        reject: (error) => (settle(), reject(error)),
      };
      const noReply = () => new StackError('stack.no_reply', 'no v2 answer in time');
      const timer = setTimeout(() => waiter.reject(noReply()), timeoutMs);
      const aborted = () => waiter.reject(noReply());
      signal?.addEventListener('abort', aborted);
      queue.push(waiter);
      this.api
        .sendAnonymous(this.server, utf8(JSON.stringify(message)), { replySurbs: this.replySurbs })
        .catch((error: unknown) => waiter.reject(error instanceof Error ? error : noReply()));
    });
  }

  private receive(bytes: Uint8Array): void {
    let reply: unknown;
    try {
      reply = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return; // not a v2 answer
    }
    if (typeof reply === 'string') {
      // v2's errors are bare strings; only creates are refused here (rate limits).
      this.creates[0]?.reject(new StackError('stack.refused', 'the server refused a newText'));
      return;
    }
    if (typeof reply !== 'object' || reply === null) return;
    const fields = reply as Record<string, unknown>;
    if (typeof fields['url_id'] === 'string') {
      this.acknowledgedIds.push(fields['url_id']);
      this.creates[0]?.resolve(fields['url_id']);
    } else if (typeof fields['text'] === 'string') {
      this.gets[0]?.resolve(fields['text']);
    } else if (fields['error'] !== undefined) {
      this.gets[0]?.resolve(null);
    }
  }
}
