// Pastenym v2 end to end through `handle`, with requests shaped as the reference describes the
// web client and the Go CLI sending them, in all three payload encodings.
import { describe, expect, it } from 'vitest';
import { openLegacyPaste } from '@pastenym/paste-protocol';
import { sealV2Paste, v2Body } from '@pastenym/paste-protocol/testing';
import { V2_SERVER_ERRORS, V2_PASTE_ID_LENGTH } from '../src/index.js';
import { T0, call, crypto, makeService, requestId, useSqlite } from './helpers/service.js';
import type { Encoding } from './helpers/v2.js';
import { cliNewText, v2Message, v2Reply, webNewText } from './helpers/v2.js';

const ENCODINGS: Encoding[] = ['json', 'base64', 'sdk'];
const open = useSqlite();

async function setup(options: Parameters<typeof makeService>[1] = {}) {
  const { storage } = await open();
  const { service, events } = makeService(storage, options);
  const send = async (message: Record<string, unknown>, encoding: Encoding = 'json', now = T0) =>
    v2Reply(await service.handle(v2Message(message, encoding), { now }), encoding);
  return { service, events, send, storage };
}

function urlIdOf(reply: unknown): string {
  const { ipfs, url_id: urlId } = reply as { ipfs: unknown; url_id: unknown };
  expect(Object.keys(reply as object).sort()).toEqual(['ipfs', 'url_id']);
  expect(ipfs).toBe(false);
  expect(typeof urlId).toBe('string');
  return urlId as string;
}

describe.each(ENCODINGS)('v2 over %s', (encoding) => {
  it('answers ping from the web client ("empty") and the CLI ("emtpy", with sender)', async () => {
    const { send } = await setup();
    const expected = {
      version: '2.0.3',
      alive: true,
      capabilities: { ipfs_hosting: false, expiration_bitcoin_height: false },
      protocols: [2, 3],
    };
    expect(await send({ event: 'ping', data: 'empty' }, encoding)).toEqual(expected);
    expect(await send({ event: 'ping', sender: '', data: 'emtpy' }, encoding)).toEqual(expected);
  });

  it('stores an encrypted web paste and returns it with every getText field', async () => {
    const { send } = await setup();
    const key = 'f6dbf3a3da958fb6742abd74f85d8bf4';
    const { text, encParams } = await sealV2Paste({ crypto }, key, v2Body('secret words'));
    const urlId = urlIdOf(await send(webNewText({ text, encParams }), encoding));
    expect(urlId).toHaveLength(V2_PASTE_ID_LENGTH);
    const later = T0 + 90_000;
    const reply = await send({ event: 'getText', data: { urlId } }, encoding, later);
    expect(reply).toEqual({
      text,
      num_view: 1,
      created_on: '2024-02-28T00:00:00Z',
      is_burn: false,
      is_ipfs: false,
      burn_view: 0,
      // No expiry asked: the longest a v2 paste may live (a week by default), coarsened.
      expiration_time: new Date(later + 7 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z'),
      expiration_height: null,
      encParams,
    });
    // The key never reached the server, yet the text opens with it: nothing was altered.
    const opened = await openLegacyPaste({ crypto }, { text, encParams }, key);
    expect(opened.text).toBe('secret words');
  });

  it('stores a public CLI paste (all-empty encParams) and counts views', async () => {
    const { send } = await setup();
    const body = v2Body('public <b>words</b> & more');
    const urlId = urlIdOf(await send(cliNewText({ text: body }), encoding));
    await send({ event: 'getText', data: { urlId } }, encoding);
    const reply = (await send(
      { event: 'getText', data: { urlId: ` ${urlId}\n` } },
      encoding,
    )) as Record<string, unknown>;
    // Text comes back HTML-escaped, as v2 stored it and v2 clients unescape it.
    expect(reply['text']).toBe(
      body
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'),
    );
    expect(reply['num_view']).toBe(2);
    expect(reply).not.toHaveProperty('encParams');
  });
});

describe('v2 burn and expiry', () => {
  it('burns after burn_view reads: the last read still gets the text', async () => {
    const { send } = await setup();
    const urlId = urlIdOf(await send(webNewText({ text: v2Body('x'), burn: true, burn_view: 3 })));
    const views = [];
    for (let i = 0; i < 4; i++) views.push(await send({ event: 'getText', data: { urlId } }));
    expect(views.slice(0, 3).map((v) => (v as Record<string, unknown>)['num_view'])).toEqual([
      1, 2, 3,
    ]);
    expect(views[0]).toMatchObject({ is_burn: true, burn_view: 3 });
    expect(views[3]).toEqual({ error: 'text not found' });
  });

  it.each([
    [0, 1],
    [20_000, 1],
    ['5', 1],
    [10_000, 10_000],
  ])('reads burn_view %j as a limit of %i', async (burnView, limit) => {
    const { send } = await setup();
    const urlId = urlIdOf(
      await send(webNewText({ text: v2Body('x'), burn: true, burn_view: burnView })),
    );
    expect(await send({ event: 'getText', data: { urlId } })).toMatchObject({ burn_view: limit });
  });

  it('ignores burn_view without burn', async () => {
    const { send } = await setup();
    const urlId = urlIdOf(await send(webNewText({ text: v2Body('x'), burn_view: 1 })));
    await send({ event: 'getText', data: { urlId } });
    expect(await send({ event: 'getText', data: { urlId } })).toMatchObject({
      is_burn: false,
      num_view: 2,
    });
  });

  it.each([
    ['5 minutes', 300],
    ['10m', 600],
    ['1 hour', 3600],
    ['1d', 86_400],
    ['1 week', 604_800],
    ['1w', 604_800],
    ['month', 30 * 86_400],
    ['a month', 30 * 86_400],
  ])('honours the relative expiry %j: readable before, gone after', async (text, seconds) => {
    const { send } = await setup();
    const urlId = urlIdOf(await send(webNewText({ text: v2Body('x'), expiration_time: text })));
    const before = (await send({ event: 'getText', data: { urlId } }, 'json', T0 + 1000)) as Record<
      string,
      unknown
    >;
    const expiry = Date.parse(before['expiration_time'] as string);
    // The reported expiry is coarse but never before the real one, nor beyond the promise.
    expect(expiry).toBeGreaterThan(T0);
    expect(expiry).toBeLessThanOrEqual(T0 + 1000 + seconds * 1000 * 1.25);
    const after = await send({ event: 'getText', data: { urlId } }, 'json', T0 + seconds * 1000);
    expect(after).toEqual({ error: 'text not found' });
  });

  it('caps "no expiry" and long expiries at the longest choice, since "never" is not offered', async () => {
    const { send } = await setup();
    for (const expiration_time of ['', '5 years']) {
      const urlId = urlIdOf(await send(webNewText({ text: v2Body('x'), expiration_time })));
      const inAYear = T0 + 365 * 86_400_000;
      expect(await send({ event: 'getText', data: { urlId } }, 'json', inAYear)).toEqual({
        error: 'text not found',
      });
    }
  });

  it('caps v2 lifetimes at the v2 maximum even when the server offers "never"', async () => {
    const { send } = await setup({
      limits: { expiryChoices: [0, 3600, 30 * 86_400] },
      v2: { maxExpirySeconds: 86_400 },
    });
    for (const expiration_time of ['', '1 week']) {
      const urlId = urlIdOf(await send(webNewText({ text: v2Body('x'), expiration_time })));
      const read = (now: number) => send({ event: 'getText', data: { urlId } }, 'json', now);
      expect(await read(T0 + 86_400_000 - 3_600_000)).toMatchObject({ num_view: 1 });
      expect(await read(T0 + 86_400_000)).toEqual({ error: 'text not found' });
    }
  });
});

describe('v2 errors', () => {
  it.each([
    ['no text', webNewText({ text: '' }), 'Message has no text!'],
    [
      'bad encParams',
      webNewText({ text: 'abc', encParams: { iv: 'x', salt: 'y', adata: '' } }),
      'Error with text to share',
    ],
    [
      'unparsable expiry',
      webNewText({ text: 'abc', expiration_time: 'soonish' }),
      'Error with text to share',
    ],
    ['unknown event', { event: 'deleteText', data: {} }, 'Error event deleteText not found'],
  ])('answers %s with the v2 error string', async (_name, message, expected) => {
    const { send } = await setup();
    expect(await send(message)).toBe(expected);
  });

  it('answers unparsable payloads with "Error parsing message: ..."', async () => {
    const { service } = await setup();
    for (const text of ['not json at all', '{"event":', '[1,2]']) {
      const reply = v2Reply(await service.handle(new TextEncoder().encode(text), { now: T0 }));
      expect(reply).toMatch(/^Error parsing message: /);
    }
  });

  it('answers unknown ids with the clean not-found object, never a double-encoded string', async () => {
    const { send } = await setup();
    for (const urlId of ['abcdefgh', 'A'.repeat(V2_PASTE_ID_LENGTH), '', '../etc']) {
      expect(await send({ event: 'getText', data: { urlId } })).toEqual({
        error: 'text not found',
      });
    }
  });

  it('says a v3 paste needs a v3 client, without spending its view', async () => {
    const { service, send } = await setup();
    const { createRequest } = await import('./helpers/service.js');
    const created = await call(service, createRequest(new Uint8Array(64).fill(7), { maxViews: 1 }));
    if (created.op !== 'created') throw new Error(created.op);
    expect(await send({ event: 'getText', data: { urlId: created.pasteId } })).toEqual({
      error: 'this paste needs a client that reads format v3',
    });
    expect(
      await call(service, { op: 'get', id: requestId(), pasteId: created.pasteId }),
    ).toMatchObject({ op: 'paste' });
  });

  it('refuses v2 creates beyond the budget with a v2 error, and refills over time', async () => {
    const { send, events } = await setup({ v2: { budget: { all: { perMinute: 6, burst: 2 } } } });
    const create = (now: number) => send(webNewText({ text: v2Body('x') }), 'json', now);
    urlIdOf(await create(T0));
    urlIdOf(await create(T0));
    expect(await create(T0)).toBe(V2_SERVER_ERRORS.rateLimited);
    expect(String(V2_SERVER_ERRORS.rateLimited).toLowerCase()).toContain('error');
    urlIdOf(await create(T0 + 10_000));
    expect(events.filter((e) => e.outcome === 'rate_limited')).toHaveLength(1);
  });

  it.each([
    ['a block height (web)', { expiration_height: 800_000 }, V2_SERVER_ERRORS.blockHeight],
    ['IPFS (web)', { ipfs: true }, V2_SERVER_ERRORS.ipfs],
  ])('refuses %s with a clear v2 error and stores nothing', async (_name, fields, expected) => {
    const { send, storage } = await setup();
    expect(await send(webNewText({ text: v2Body('x'), ...fields }))).toBe(expected);
    expect(await send(cliNewText({ text: v2Body('x'), ...fields }))).toBe(expected);
    expect(expected.toLowerCase()).toContain('error');
    expect((await storage.stats()).pastes).toBe(0);
  });

  it('ignores v2 messages when v2 is off', async () => {
    const { service } = await setup({ v2: { mode: 'off' } });
    const ping = v2Message({ event: 'ping', data: 'empty' }, 'json');
    expect(await service.handle(ping, { now: T0 })).toBeNull();
    const pong = await call(service, { op: 'ping', id: requestId() });
    expect(pong).toMatchObject({ op: 'pong', info: { protocols: [3] } });
  });

  it('reads v2 pastes through v3 get as format v2', async () => {
    const { service, send } = await setup();
    const key = '0123456789abcdef0123456789abcdef';
    const { text, encParams } = await sealV2Paste({ crypto }, key, v2Body('old style'));
    const urlId = urlIdOf(await send(webNewText({ text, encParams })));
    const reply = await call(service, { op: 'get', id: requestId(), pasteId: urlId });
    expect(reply).toMatchObject({ op: 'paste', format: 'v2', encParams, remainingViews: null });
    if (reply.op !== 'paste' || reply.format !== 'v2') throw new Error('not a v2 paste');
    const opened = await openLegacyPaste(
      { crypto },
      { text: new TextDecoder().decode(reply.bundle), encParams: reply.encParams },
      key,
    );
    expect(opened.text).toBe('old style');
  });

  it('reads public v2 pastes through v3 get as format v2 without encParams', async () => {
    const { service, send } = await setup();
    const body = v2Body('public words');
    const urlId = urlIdOf(await send(cliNewText({ text: body })));
    const reply = await call(service, { op: 'get', id: requestId(), pasteId: urlId });
    expect(reply).toMatchObject({
      op: 'paste',
      format: 'v2',
      encParams: null,
      remainingViews: null,
    });
    if (reply.op !== 'paste') throw new Error('not a paste');
    expect(new TextDecoder().decode(reply.bundle)).toBe(body);
  });
});
