// The SQLite store across processes: a writer killed mid-stream loses nothing it acknowledged,
// and views racing from several processes on one file still have exactly the allowed winners.
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../../src/storage/index.js';
import { StoreChild } from '../support/child.js';
import { crashBundle } from '../support/crash-bundle.js';
import { removeDirectory, tempDirectory } from '../support/sqlite.js';
import { T0, newPaste, sameBytes } from './fixtures.js';

const ACKNOWLEDGED = 200;
const PROCESSES = 3;
const VIEWS_EACH = 17;
const VIEWERS = PROCESSES * VIEWS_EACH;

type Report = Record<string, { found: (number | null)[]; notFound: number }>;

describe('SQLite store across processes', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  function directory(): string {
    const created = tempDirectory();
    cleanups.push(() => removeDirectory(created));
    return created;
  }
  function child(args: string[]): StoreChild {
    const started = new StoreChild(args);
    cleanups.unshift(async () => {
      started.kill('SIGKILL');
      await started.exited;
    });
    return started;
  }

  it('keeps every acknowledged paste when the writer is SIGKILLed mid-stream', async () => {
    const dataDirectory = directory();
    const writer = child(['create-loop', dataDirectory]);
    await writer.waitFor((lines) => lines.length >= ACKNOWLEDGED);
    writer.kill('SIGKILL');
    expect((await writer.exited).signal).toBe('SIGKILL');
    const acknowledged = [...writer.lines];
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED);
    const storage = await openSqliteStorage({ directory: dataDirectory });
    try {
      for (const id of acknowledged) {
        const read = await storage.view(id, T0);
        expect(read.status === 'found' && sameBytes(read.paste.bundle, crashBundle(id))).toBe(true);
      }
      // Nothing beyond the acknowledged pastes and the one in flight, if any.
      expect((await storage.stats()).pastes - acknowledged.length).toBeLessThanOrEqual(1);
    } finally {
      await storage.close();
    }
  });

  it(`gives limited pastes to exactly their limit of ${VIEWERS} views from ${PROCESSES} processes`, async () => {
    const dataDirectory = directory();
    const storage = await openSqliteStorage({ directory: dataDirectory });
    const pastes = [newPaste({ maxViews: 1 }), newPaste({ maxViews: 7 }), newPaste()];
    for (const paste of pastes) await storage.create(paste);
    await storage.close();
    const ids = pastes.map((paste) => paste.id);
    const viewers = Array.from({ length: PROCESSES }, () =>
      child(['view', dataDirectory, String(VIEWS_EACH), ...ids]),
    );
    await Promise.all(viewers.map((viewer) => viewer.waitFor((lines) => lines[0] === 'ready')));
    for (const viewer of viewers) viewer.send('go');
    await Promise.all(viewers.map((viewer) => viewer.waitFor((lines) => lines.length === 2)));
    const reports = viewers.map((viewer) => JSON.parse(viewer.lines[1]!) as Report);
    const outcome = (id: string) => {
      const found = reports.flatMap((report) => report[id]!.found);
      const notFound = reports.reduce((sum, report) => sum + report[id]!.notFound, 0);
      return { remaining: found.sort((a, b) => (a ?? 0) - (b ?? 0)), notFound };
    };
    expect(outcome(ids[0]!)).toEqual({ remaining: [0], notFound: VIEWERS - 1 });
    expect(outcome(ids[1]!)).toEqual({ remaining: [0, 1, 2, 3, 4, 5, 6], notFound: VIEWERS - 7 });
    expect(outcome(ids[2]!)).toEqual({ remaining: Array(VIEWERS).fill(null), notFound: 0 });
  });
});
