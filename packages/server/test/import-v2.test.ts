// `pastenym-server import-v2`: an original backend's database, built with the reference's
// schema, imported into both stores; every paste opens with the original clients' getText and
// with ours (v3 get), old 8-character ids included.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFetchedPaste, openLegacyPaste, type SjclParams } from '@pastenym/paste-protocol';
import { describeWithPostgres, dropSchema, randomSchemaName } from '@pastenym/test-postgres';
import { runImportV2 } from '../src/node/import-v2-command.js';
import { openPostgresStorage, openSqliteStorage, type Storage } from '../src/storage/index.js';
import { call, crypto, makeService, requestId } from './helpers/service.js';
import { v2Message, v2Reply } from './helpers/v2.js';
import { removeDirectory, tempDirectory } from './support/sqlite.js';
import { V2_DDL, buildV2Database, type V2Fixture } from './support/v2-database.js';

const NOW = Date.UTC(2024, 5, 1, 12, 0, 0);

async function runImport(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => (stdout += text),
    stderr: (text: string) => (stderr += text),
    onSignal: () => () => {},
  };
  const code = await runImportV2(argv, {}, io, () => NOW);
  return { code, stdout, stderr };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

interface StoreUnderTest {
  args: string[];
  open(): Promise<Storage>;
}

function importSuite(store: () => StoreUnderTest, directory: () => string): void {
  it('imports every live paste, which then opens through v2 getText and v3 get', async () => {
    const { path, fixtures } = await buildV2Database(directory(), NOW);
    const before = sha256(path);
    const first = await runImport([path, ...store().args]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'rows read: 9\nimported: 5\nalready imported by an earlier run: 0',
    );
    for (const reason of ['expired', 'all views used', 'block height', 'IPFS']) {
      expect(first.stdout).toMatch(new RegExp(`skipped, [^\\n]*${reason}[^\\n]*: 1`));
    }
    expect(first.stdout).not.toMatch(/aZ3x_9Qp|Cli-0001/); // counts only
    expect(sha256(path)).toBe(before);

    const storage = await store().open();
    try {
      const { service } = makeService(storage);
      for (const fixture of fixtures.filter((f) => f.expect === 'imported')) {
        await expectGetText(service, fixture);
      }
      for (const fixture of fixtures.filter((f) => f.expect !== 'imported')) {
        const reply = await getText(service, fixture.urlId);
        expect(reply).toEqual({ error: 'text not found' });
      }
      // Ours read old ids too, over v3.
      const v3 = await call(service, { op: 'get', id: requestId(), pasteId: 'aZ3x_9Qp' }, NOW);
      if (v3.op !== 'paste') throw new Error(v3.op);
      const opened = await openFetchedPaste({ crypto }, v3, { key: fixtures[0]!.key! });
      expect(opened).toMatchObject({ format: 'v2', content: { text: 'web secret' } });
      // Burn0001 had 1 of 3 views used; getText used the second, this the last.
      const last = await call(service, { op: 'get', id: requestId(), pasteId: 'Burn0001' }, NOW);
      expect(last).toMatchObject({ op: 'paste', remainingViews: 0 });
    } finally {
      await storage.close();
    }

    const again = await runImport([path, ...store().args]);
    expect(again.stdout).toContain('imported: 0\nalready imported by an earlier run: 5');
    const reopened = await store().open();
    try {
      const { service } = makeService(reopened);
      expect(await getText(service, 'Burn0001')).toEqual({ error: 'text not found' });
    } finally {
      await reopened.close();
    }
    expect(sha256(path)).toBe(before);
  });

  it('refuses a database it does not understand and imports nothing from it', async () => {
    const { path } = await buildV2Database(directory(), NOW);
    const db = new Database(path);
    db.prepare(
      `UPDATE texts SET encryption_params_b64 = 'bm90IGpzb24=' WHERE url_id = 'Cli-0001'`,
    ).run();
    db.close();
    const before = sha256(path);
    const refused = await runImport([path, ...store().args]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('server.import_refused: row 2: encryption_params_b64');
    expect(refused.stderr).not.toContain('Cli-0001');
    expect(sha256(path)).toBe(before);
    const storage = await store().open();
    try {
      expect((await storage.stats()).pastes).toBe(0);
    } finally {
      await storage.close();
    }
  });
}

async function getText(service: ReturnType<typeof makeService>['service'], urlId: string) {
  const request = v2Message({ event: 'getText', data: { urlId } }, 'json');
  return v2Reply(await service.handle(request, { now: NOW }));
}

async function expectGetText(
  service: ReturnType<typeof makeService>['service'],
  fixture: V2Fixture,
): Promise<void> {
  const reply = (await getText(service, fixture.urlId)) as {
    text: string;
    encParams?: SjclParams;
    num_view: number;
    is_burn: boolean;
    burn_view: number;
    created_on: string;
    expiration_time: string | null;
  };
  expect(reply).toMatchObject({
    num_view: fixture.numView + 1,
    is_burn: fixture.burnView !== null,
    burn_view: fixture.burnView ?? 0,
    created_on: '2024-03-05T00:00:00Z',
  });
  expect(reply.expiration_time !== null).toBe(true); // capped at the longest choice if none
  const content = await openLegacyPaste(
    { crypto },
    { text: reply.text, encParams: reply.encParams ?? null },
    fixture.key ?? undefined,
  );
  expect(content.text).toBe(fixture.text);
  const attachments = content.attachments.map((a) => ({
    name: a.name,
    type: a.type,
    data: Array.from(a.data),
  }));
  expect(attachments).toEqual(fixture.attachment ? [fixture.attachment] : []);
}

describe('import-v2 into SQLite', () => {
  let directory = '';
  let dataDir = '';
  beforeEach(() => {
    directory = tempDirectory('pastenym-import-');
    dataDir = join(directory, 'ours');
  });
  afterEach(() => removeDirectory(directory));

  importSuite(
    () => ({
      args: ['--data-dir', dataDir],
      open: () => openSqliteStorage({ directory: dataDir }),
    }),
    () => directory,
  );

  it('refuses files that are not an original database, naming why', async () => {
    const notSqlite = join(directory, 'notes.txt');
    writeFileSync(notSqlite, 'just text, not a database at all');
    const noTable = join(directory, 'empty.db');
    new Database(noTable).close();
    const oddTable = join(directory, 'odd.db');
    const odd = new Database(oddTable);
    odd.exec(V2_DDL[0]!.replace('"author" TEXT,', '"author" TEXT, "owner" TEXT,'));
    odd.close();
    const missing = join(directory, 'missing.db');
    const cases: [string, string][] = [
      [notSqlite, 'not a SQLite database'],
      [noTable, 'no table texts'],
      [oddTable, 'column owner is unknown'],
      [missing, 'cannot open the file'],
    ];
    for (const [path, reason] of cases) {
      const result = await runImport([path, '--data-dir', dataDir]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(reason);
    }
    expect((await runImport(['--data-dir', dataDir])).code).toBe(2);
    expect((await runImport(['--help'])).stdout).toContain('import-v2 PATH');
  });
});

await describeWithPostgres('import-v2 into PostgreSQL', (url) => {
  let directory = '';
  let schema = '';
  beforeEach(() => {
    directory = tempDirectory('pastenym-import-');
    schema = randomSchemaName();
  });
  afterEach(async () => {
    await dropSchema(url, schema);
    await removeDirectory(directory);
  });

  importSuite(
    () => ({
      args: ['--store', 'postgres', '--postgres-url', url, '--postgres-schema', schema],
      open: () => openPostgresStorage({ connection: url, schema }),
    }),
    () => directory,
  );
});
