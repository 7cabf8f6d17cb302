import type { CryptoProvider } from '@pastenym/crypto';
import { encodeBase64Url, utf8 } from '@pastenym/crypto';
import {
  coarsenTtl,
  decodeRequest,
  decodeV2Request,
  encodeReply,
  encodeV2Reply,
  isV3Message,
  serverInfo,
  v2NewTextReply,
  v2PingReply,
  verifyPow,
  WIRE_ERROR_MESSAGES,
  type Limits,
  type Reply,
  type Request,
  type StoredPaste,
  type Transport,
  type WireErrorCode,
} from '../src/index.js';

interface Entry {
  stored: StoredPaste;
  remaining: number | null;
  ownerToken: string;
  expirySeconds: number;
}

/** A tiny paste server built from the pure codecs, for client tests. */
export class FakeServer {
  readonly pastes = new Map<string, Entry>();
  difficulty: number;
  creates = 0;
  pings = 0;
  /** When false, views are not counted (a server that ignores burn-after-reading). */
  honoursViews = true;
  /** Replies are held back and released by `release()` in reverse order when true. */
  holdReplies = false;
  readonly held: Uint8Array[] = [];

  constructor(
    private readonly transport: Transport,
    private readonly crypto: CryptoProvider,
    private readonly limits: Limits,
    difficulty: number,
  ) {
    this.difficulty = difficulty;
    transport.onMessage((bytes) => {
      const reply = this.handle(bytes);
      if (!reply) return;
      if (this.holdReplies) this.held.push(reply);
      else void transport.send(reply);
    });
  }

  release(): void {
    for (const reply of this.held.splice(0).reverse()) void this.transport.send(reply);
  }

  handle(bytes: Uint8Array): Uint8Array | undefined {
    if (!isV3Message(bytes)) return this.handleV2(bytes);
    const decoded = decodeRequest(bytes, this.limits);
    if (!decoded.ok) {
      return encodeReply({
        op: 'error',
        id: decoded.error.requestId ?? null,
        code: decoded.error.code,
        message: decoded.error.message,
      });
    }
    return encodeReply(this.answer(decoded.request));
  }

  private answer(request: Request): Reply {
    const { id } = request;
    const error = (code: WireErrorCode, extra: object = {}): Reply => ({
      op: 'error',
      id,
      code,
      message: WIRE_ERROR_MESSAGES[code],
      ...extra,
    });
    switch (request.op) {
      case 'ping':
        this.pings++;
        return {
          op: 'pong',
          id,
          info: serverInfo(this.limits, { version: '3.0.0-test', difficulty: this.difficulty }),
        };
      case 'create': {
        this.creates++;
        const binding = {
          requestId: id,
          bundleDigest: this.crypto.sha256(request.bundle),
          options: request.options,
        };
        const verdict = verifyPow(this.crypto, binding, request.pow, this.difficulty);
        if (verdict !== 'valid') {
          return error(verdict === 'insufficient' ? 'pow.required' : 'pow.invalid', {
            difficulty: this.difficulty,
          });
        }
        const pasteId = encodeBase64Url(this.crypto.randomBytes(9));
        const ownerToken = encodeBase64Url(this.crypto.randomBytes(18));
        this.pastes.set(pasteId, {
          stored: { format: 'v3', bundle: request.bundle },
          remaining: request.options.maxViews,
          ownerToken,
          expirySeconds: request.options.expirySeconds,
        });
        return {
          op: 'created',
          id,
          pasteId,
          ownerToken,
          expiresIn: this.ttl(request.options.expirySeconds),
        };
      }
      case 'get': {
        const entry = this.pastes.get(request.pasteId);
        if (!entry) return error('paste.not_found');
        if (entry.remaining !== null && this.honoursViews) entry.remaining--;
        if (entry.remaining === 0) this.pastes.delete(request.pasteId);
        return {
          op: 'paste',
          id,
          remainingViews: entry.remaining,
          expiresIn: this.ttl(entry.expirySeconds),
          ...entry.stored,
        };
      }
      case 'delete': {
        const entry = this.pastes.get(request.pasteId);
        if (!entry || entry.ownerToken !== request.ownerToken) return error('paste.not_found');
        this.pastes.delete(request.pasteId);
        return { op: 'deleted', id };
      }
    }
  }

  private ttl(expirySeconds: number): number | null {
    return expirySeconds === 0 ? null : coarsenTtl(expirySeconds);
  }

  private handleV2(bytes: Uint8Array): Uint8Array {
    const decoded = decodeV2Request(bytes, this.limits);
    if (!decoded.ok) return encodeV2Reply(decoded.reply, decoded.encoding);
    const { request, encoding } = decoded;
    if (request.event === 'newText') {
      const pasteId = encodeBase64Url(this.crypto.randomBytes(6));
      const stored: StoredPaste = {
        format: 'v2',
        encParams: request.paste.encParams,
        bundle: utf8(request.paste.text),
      };
      this.pastes.set(pasteId, {
        stored,
        remaining: request.paste.burnViews,
        ownerToken: '',
        expirySeconds: 0,
      });
      return encodeV2Reply(v2NewTextReply(pasteId), encoding);
    }
    return encodeV2Reply({ ...v2PingReply(), protocols: [2, 3] }, encoding);
  }
}
