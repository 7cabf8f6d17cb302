// A stand-in for the original Python backend (2.0.x), written from the v2 reference alone and
// sharing no code with this package's v2 codecs or with our server: what tests of our clients
// talk to when they need a server that speaks v2 only. Faithful to the original where clients
// notice: v3 messages are dropped ("cannot decode message received"), replies are text-mode
// JSON strings, texts are stored HTML-escaped, not-found is double-encoded, expiry is enforced
// only by `sweep` (the original's minute timer), and the last allowed view still gets the text.
import { decodeBase64, encodeBase64Url } from '@pastenym/crypto';

interface StoredText {
  text: string;
  encParams: Record<string, unknown> | null;
  burnView: number | null;
  numView: number;
  expiresAt: number | null;
  createdDay: string;
}

/** The double: `handle` answers one message (or drops it: `null`). */
export interface V2ServerDouble {
  handle(message: Uint8Array): Uint8Array | null;
  /** Deletes expired texts, as the original's sweep did every minute. */
  sweep(): void;
  /** Stored texts by url id, for assertions. */
  readonly texts: ReadonlyMap<string, Readonly<StoredText>>;
  /** Requests dropped as undecodable (v3 messages among them). */
  readonly dropped: number;
}

const UNITS: Record<string, number> = {
  m: 60,
  minute: 60,
  h: 3600,
  hour: 3600,
  d: 86_400,
  day: 86_400,
  w: 604_800,
  week: 604_800,
  month: 2_592_000,
  year: 31_536_000,
};

/**
 * A v2-only server double.
 * @example const v2 = createV2ServerDouble({ rng: (n) => crypto.randomBytes(n), now: () => t });
 */
export function createV2ServerDouble(deps: {
  rng: (length: number) => Uint8Array;
  now: () => number;
}): V2ServerDouble {
  const texts = new Map<string, StoredText>();
  let dropped = 0;
  const reply = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

  function decode(message: Uint8Array): { event?: unknown; data?: unknown } | undefined {
    const candidates = [message];
    // SDK framing: u64 length | {"mimeType":...} | payload.
    if (message.length > 8 && message[0] === 0) {
      const length = Number(new DataView(message.buffer, message.byteOffset).getBigUint64(0));
      if (length < 4096 && 8 + length <= message.length)
        candidates.push(message.subarray(8 + length));
    }
    for (const bytes of candidates) {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).trim();
      } catch {
        continue;
      }
      for (const attempt of [text, base64Text(text)]) {
        if (attempt === undefined) continue;
        try {
          const value: unknown = JSON.parse(attempt);
          if (typeof value === 'object' && value !== null) return value;
        } catch {
          // next
        }
      }
    }
    return undefined;
  }

  function newText(data: Record<string, unknown>): unknown {
    if (typeof data['text'] !== 'string' || data['text'] === '') return 'Message has no text!';
    if (data['ipfs'] === true) return 'Error IPFS is not configured';
    const height = data['expiration_height'];
    if (typeof height === 'number' && height > 0)
      return 'Error block height expiry is not configured';
    let expiresAt: number | null = null;
    const time = typeof data['expiration_time'] === 'string' ? data['expiration_time'].trim() : '';
    if (time !== '') {
      const match = /^(\d*)\s*([a-z]+?)s?$/.exec(time.toLowerCase());
      const unit = match ? UNITS[match[2]!] : undefined;
      if (!match || unit === undefined) return 'Error with text to share';
      expiresAt = deps.now() + Number(match[1] || '1') * unit * 1000;
    }
    const params = data['encParams'];
    const encrypted =
      typeof params === 'object' &&
      params !== null &&
      (params as Record<string, unknown>)['iv'] !== '';
    const views = data['burn_view'];
    const id = encodeBase64Url(deps.rng(6)); // 48 bits, 8 characters
    texts.set(id, {
      text: escapeHtml(data['text']),
      encParams: encrypted ? (params as Record<string, unknown>) : null,
      burnView:
        data['burn'] === true
          ? Number.isInteger(views) && (views as number) >= 1 && (views as number) <= 10_000
            ? (views as number)
            : 1
          : null,
      numView: 0,
      expiresAt,
      createdDay: new Date(deps.now()).toISOString().slice(0, 10),
    });
    return { ipfs: false, url_id: id };
  }

  function getText(data: Record<string, unknown>): unknown {
    const id = typeof data['urlId'] === 'string' ? data['urlId'].trim() : '';
    const stored = texts.get(id);
    if (!stored) return JSON.stringify({ error: 'text not found' }); // double-encoded, as v2 did
    stored.numView++;
    if (stored.burnView !== null && stored.numView >= stored.burnView) texts.delete(id);
    return {
      text: stored.text,
      num_view: stored.numView,
      created_on: `${stored.createdDay}T00:00:00Z`,
      is_burn: stored.burnView !== null,
      is_ipfs: false,
      burn_view: stored.burnView ?? 0,
      expiration_time:
        stored.expiresAt === null
          ? null
          : new Date(stored.expiresAt).toISOString().replace(/\.\d+Z$/, 'Z'),
      expiration_height: null,
      ...(stored.encParams ? { encParams: stored.encParams } : {}),
    };
  }

  return {
    handle(message) {
      const request = decode(message);
      if (!request || typeof request.event !== 'string') {
        dropped++;
        return null;
      }
      const data =
        typeof request.data === 'object' && request.data !== null
          ? (request.data as Record<string, unknown>)
          : {};
      switch (request.event) {
        case 'ping':
          return reply({
            version: '2.0.3',
            alive: true,
            capabilities: { ipfs_hosting: false, expiration_bitcoin_height: false },
          });
        case 'newText':
          return reply(newText(data));
        case 'getText':
          return reply(getText(data));
        default:
          return reply(`Error event ${request.event} not found`);
      }
    },
    sweep() {
      for (const [id, stored] of texts) {
        if (stored.expiresAt !== null && stored.expiresAt <= deps.now()) texts.delete(id);
      }
    },
    texts,
    get dropped() {
      return dropped;
    },
  };
}

function base64Text(text: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(decodeBase64(text.replace(/\s+/g, '')));
  } catch {
    return undefined;
  }
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
}
