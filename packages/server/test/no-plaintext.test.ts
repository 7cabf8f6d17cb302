// Pastes created through the client library leave no plaintext and no key in the database: the
// raw SQLite files and the PostgreSQL rows (and table files, when readable here) are searched
// for every plaintext, link key, password and owner token. A public v2 paste, stored as sent,
// is the control that shows the search finds what is there.
import { describe, expect, it } from 'vitest';
import { decodeBase58, encodeHex } from '@pastenym/crypto';
import { PasteClient } from '@pastenym/paste-protocol';
import { createMemoryTransportPair, v2Body } from '@pastenym/paste-protocol/testing';
import {
  describeWithPostgres,
  dropSchema,
  randomSchemaName,
  rawPostgres,
} from '@pastenym/test-postgres';
import type { Storage } from '../src/index.js';
import { openPostgresStorage, openSqliteStorage, PasteService } from '../src/index.js';
import { crypto, TEST_DIFFICULTY } from './helpers/service.js';
import { v2Message } from './helpers/v2.js';
import { postgresFiles } from './support/postgres-files.js';
import { removeDirectory, sqliteFiles, tempDirectory } from './support/sqlite.js';

interface Secrets {
  readonly needles: Uint8Array[];
  readonly control: Uint8Array;
}

/** Creates encrypted pastes through PasteClient, and one public v2 paste as the control. */
async function fill(storage: Storage): Promise<Secrets> {
  const service = new PasteService({ storage, crypto, pow: { base: TEST_DIFFICULTY } });
  const [clientSide, serverSide] = createMemoryTransportPair();
  serverSide.onMessage((bytes) => {
    void service
      .handle(bytes, { now: Date.now() })
      .then((reply) => reply && serverSide.send(reply));
  });
  const client = new PasteClient({ transport: clientSide, crypto, passwordIterations: 1000 });
  const secrets: string[] = [];
  const needles: Uint8Array[] = [];
  for (const [i, password] of [undefined, 'correct horse battery staple'].entries()) {
    const marker = `plaintext-marker-${i}-${encodeHex(crypto.randomBytes(8))}`;
    const file = new TextEncoder().encode(`file-marker-${encodeHex(crypto.randomBytes(8))}`);
    const content = {
      text: `${marker} `.repeat(40),
      attachments: [{ name: `name-${marker}.txt`, type: 'text/plain', data: file }],
    };
    const paste = await client.createPaste(content, {
      expirySeconds: 86_400,
      maxViews: 5,
      ...(password ? { password } : {}),
    });
    secrets.push(marker, paste.key!, paste.ownerToken!, ...(password ? [password] : []));
    needles.push(file, decodeBase58(paste.key!), Buffer.from(paste.ownerToken!, 'base64url'));
  }
  client.close();
  const control = `control-marker-${encodeHex(crypto.randomBytes(8))}`;
  const v2 = v2Message(
    { event: 'newText', data: { text: v2Body(control), encParams: '' } },
    'json',
  );
  expect(await service.handle(v2, { now: Date.now() })).not.toBeNull();
  const encode = (text: string) => new TextEncoder().encode(text);
  for (const secret of secrets) needles.push(encode(secret), encode(btoa(secret)));
  return { needles, control: encode(control) };
}

/** `fill`, then closes the store: what is left in the database is searched closed. */
async function fillAndClose(storage: Storage): Promise<Secrets> {
  try {
    return await fill(storage);
  } finally {
    await storage.close();
  }
}

function expectClean(haystacks: Buffer[], { needles, control }: Secrets): void {
  const all = Buffer.concat(haystacks);
  expect(all.length).toBeGreaterThan(0);
  expect(all.includes(Buffer.from(control)), 'the control paste must be found').toBe(true);
  for (const needle of needles) {
    expect(needle.length).toBeGreaterThanOrEqual(16);
    expect(all.includes(Buffer.from(needle))).toBe(false);
    expect(all.includes(Buffer.from(encodeHex(needle)))).toBe(false);
  }
}

describe('no plaintext or key in SQLite', () => {
  it('leaves none in the database files', async () => {
    const directory = tempDirectory('pastenym-server-');
    try {
      const secrets = await fillAndClose(await openSqliteStorage({ directory }));
      expectClean(sqliteFiles(directory), secrets);
    } finally {
      await removeDirectory(directory);
    }
  });
});

await describeWithPostgres('no plaintext or key in PostgreSQL', (url) => {
  it('leaves none in the table rows, nor in the table files when they are readable here', async () => {
    const schema = randomSchemaName();
    try {
      const secrets = await fillAndClose(await openPostgresStorage({ connection: url, schema }));
      const rows = await rawPostgres(
        url,
        `SELECT row_to_json(p)::text AS row, encode(b.bundle, 'hex') AS bundle
           FROM "${schema}".pastes p JOIN "${schema}".paste_bundles b USING (id)`,
      );
      const dumped = rows.flatMap((row) => [
        Buffer.from(String(row['row'])),
        Buffer.from(String(row['bundle']), 'hex'),
      ]);
      const files = await postgresFiles(url, schema);
      if (files.length === 0)
        console.warn('PostgreSQL table files are not readable here: rows only');
      expectClean([...dumped, ...files], secrets);
    } finally {
      await dropSchema(url, schema);
    }
  });
});
