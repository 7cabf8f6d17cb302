// A separate process working on a SQLite store, for the crash and cross-process race tests.
//   create-loop <directory>            create pastes forever, printing each id once acknowledged
//   view <directory> <count> <id...>  print "ready", wait for "go" on stdin, view each id <count>
//                                      times, all at once, then print one JSON line:
//                                      {"<id>": {"found": [remaining views...], "notFound": n}}
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import { openSqliteStorage } from '../../src/storage/sqlite/open.ts';
import { crashBundle } from './crash-bundle.ts';

const [mode, directory, count, ...ids] = process.argv.slice(2);
const NOW = Date.UTC(2024, 1, 29, 12);
const storage = await openSqliteStorage({ directory, busyTimeoutMs: 20_000 });

if (mode === 'create-loop') {
  for (;;) {
    const pasteId = randomBytes(16).toString('base64url');
    await storage.create({
      id: pasteId,
      bundle: crashBundle(pasteId),
      ownerTokenHash: null,
      expiresAt: null,
      maxViews: null,
      createdDay: '2024-02-29',
      format: 'v3',
      metadata: null,
    });
    // Writes to a pipe are synchronous on Linux: once this returns, the parent can read it.
    process.stdout.write(`${pasteId}\n`);
  }
} else if (mode === 'view') {
  process.stdout.write('ready\n');
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) if (line === 'go') break;
  lines.close();
  const views = ids.map((id) =>
    Promise.all(Array.from({ length: Number(count) }, () => storage.view(id, NOW))),
  );
  const report = {};
  for (const [index, results] of (await Promise.all(views)).entries()) {
    const found = results.flatMap((r) => (r.status === 'found' ? [r.paste.remainingViews] : []));
    report[ids[index]] = { found, notFound: results.length - found.length };
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
  await storage.close();
} else {
  throw new Error(`unknown mode ${mode}`);
}
