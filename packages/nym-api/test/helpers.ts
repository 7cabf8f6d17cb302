import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { ed25519 } from '@noble/curves/ed25519.js';
import { decodeHex } from '@pastenym/crypto';
import { Recipient, type Frame } from '../src/index.js';
import { frameFromWs } from '../src/node/frames.js';

/** The test recipient of the reference, as text and as its 96 bytes. */
export const TEST_ADDRESS =
  'CytBseW6yFXUMzz4SGAKdNLGR7q3sJLLYxyBGvutNEQV.4QXYyEVc5fUDjmmi8PrHN9tdUFV4PCvSJE1278cHyvoe@4sBbL1ngf1vtNqykydQKTFh26sQCw888GpUqvPvyNB4f';
export const TEST_RECIPIENT_HEX =
  'b202f5983ab6ad7e78b5237d005ff4887689be9a2341179b05d382cf80f1dade' +
  '3299f6b78e8a0bce4daa9fcca3f93204da56a5d5132ee4d484cec3c9927cb965' +
  '396e13d61e2bc32b6353a31da0c34dcc1545f93bab112ce63d9a2c1d0327a724';
export const testRecipient = (): Recipient => Recipient.parse(TEST_ADDRESS);

export const hex = (text: string): Uint8Array => decodeHex(text);
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const rng = (length: number): Uint8Array => new Uint8Array(randomBytes(length));

/** A bare websocket to an API server, reading frames one at a time. */
export interface RawConnection {
  ws: WebSocket;
  next(): Promise<Frame>;
  /** Resolves when the socket closes, with whether it ever opened. */
  closed: Promise<{ opened: boolean }>;
  /** A string goes as a text frame, bytes as a binary one. */
  send(data: string | Uint8Array): void;
}

export function openRaw(url: string): Promise<RawConnection> {
  const ws = new WebSocket(url);
  const frames: Frame[] = [];
  const waiting: ((frame: Frame) => void)[] = [];
  let opened = false;
  ws.on('message', (data, isBinary) => {
    const frame = frameFromWs(data, isBinary);
    const waiter = waiting.shift();
    if (waiter) waiter(frame);
    else frames.push(frame);
  });
  ws.on('error', () => undefined);
  const closed = new Promise<{ opened: boolean }>((resolve) =>
    ws.on('close', () => resolve({ opened })),
  );
  const connection: RawConnection = {
    ws,
    closed,
    next: () => {
      const frame = frames.shift();
      return frame ? Promise.resolve(frame) : new Promise((resolve) => waiting.push(resolve));
    },
    send: (data) => ws.send(data),
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => {
      opened = true;
      resolve(connection);
    });
    ws.once('close', () => reject(new Error('closed before the handshake')));
  });
}

/** Waits until `condition` holds, checking after each turn of the event loop. */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

/** 32 bytes that are not an ed25519 point: the first small y with no matching x. */
export function notAPoint(): Uint8Array {
  for (let y = 2; ; y++) {
    const bytes = new Uint8Array(32);
    bytes[0] = y;
    try {
      ed25519.Point.fromBytes(bytes, true);
    } catch {
      return bytes;
    }
  }
}
