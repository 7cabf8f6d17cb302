import { utf8 } from '@pastenym/crypto';
import { describe, expect, it } from 'vitest';
import { inWindow } from '../src/chaos/in-window.js';
import { V2Session, v2PasteText, v2Token } from '../src/chaos/v2-session.js';

/** A nym-api client stand-in: records what is sent, delivers what the test says. */
function fakeApi() {
  const sent: unknown[] = [];
  let listener: (received: { message: Uint8Array; senderTag: null }) => void = () => undefined;
  return {
    sent,
    deliver: (reply: unknown) =>
      listener({ message: utf8(JSON.stringify(reply)), senderTag: null }),
    sendAnonymous: (_to: unknown, message: Uint8Array) => {
      sent.push(JSON.parse(new TextDecoder().decode(message)));
      return Promise.resolve();
    },
    onMessage: (next: typeof listener) => {
      listener = next;
      return () => undefined;
    },
  };
}

describe('V2Session', () => {
  it('gives answers to the oldest request of their kind and keeps every id', async () => {
    const api = fakeApi();
    const session = new V2Session(api, 'server', 10);
    const first = session.newText('a', 60_000);
    const second = session.newText('b', 60_000);
    const get = session.getText('aZ3x_9Qp', 60_000);
    expect(api.sent).toHaveLength(3);
    expect(api.sent[0]).toMatchObject({ event: 'newText', data: { encParams: '' } });
    api.deliver({ ipfs: false, url_id: 'id-1' });
    api.deliver('Error text too long');
    api.deliver({ text: '{&quot;text&quot;: &quot;a&quot;}', num_view: 1 });
    await expect(first).resolves.toBe('id-1');
    await expect(second).rejects.toMatchObject({ code: 'stack.refused' });
    await expect(get).resolves.toContain('&quot;a&quot;');
    api.deliver({ ipfs: false, url_id: 'late' }); // nobody waits: still stored
    expect(session.acknowledgedIds).toEqual(['id-1', 'late']);
    const missing = session.getText('aZ3x_9Qq', 60_000);
    api.deliver({ error: 'text not found' });
    await expect(missing).resolves.toBeNull();
  });

  it('fails a request without an answer with a stable code, once aborted', async () => {
    const session = new V2Session(fakeApi(), 'server', 10);
    const controller = new AbortController();
    const pending = session.newText('a', 60_000, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'stack.no_reply' });
  });
});

describe('v2 paste texts', () => {
  it('have the size asked for and a token that survives HTML escaping', () => {
    const text = v2PasteText('0123456789abcdef01234567', 1024);
    expect(text).toHaveLength(1024);
    expect(v2Token(JSON.stringify({ text }).replace(/"/g, '&quot;'))).toBe(
      '0123456789abcdef01234567',
    );
  });
});

describe('inWindow', () => {
  it('runs every job with at most `width` at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await inWindow(10, 3, async (index) => {
      most = Math.max(most, ++running);
      await Promise.resolve();
      running--;
      done.push(index);
    });
    expect(done.sort((a, b) => a - b)).toEqual([...Array(10).keys()]);
    expect(most).toBe(3);
  });
});
