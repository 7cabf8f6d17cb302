// The real program, killed with SIGKILL in the middle of a stream of creates: every create it
// acknowledged is readable after a restart. Then a SIGTERM shuts it down cleanly (exit 0).
import { describe, expect, it } from 'vitest';
import type { CreatedPaste } from '@pastenym/paste-protocol';
import { userClient } from './helpers/network.js';
import { networkAndDirectory } from './helpers/server.js';
import { useCleanups } from './helpers/service.js';
import { ServerChild } from './helpers/server-child.js';

const ACKNOWLEDGED = 40;
const IN_FLIGHT = 8;

const cleanups = useCleanups();

describe('pastenym-server killed mid-stream', () => {
  it('keeps every acknowledged create across SIGKILL, and exits 0 on SIGTERM', async () => {
    const { net, directory } = await networkAndDirectory(cleanups);
    const args = [
      '--nym-client',
      net.daemon.url,
      '--data-dir',
      directory,
      '--pow-difficulty',
      '4',
      '--log-level',
      'warn',
    ];
    const start = () => {
      const child = new ServerChild(args);
      cleanups.push(async () => {
        child.kill('SIGKILL');
        await child.exited;
      });
      return child;
    };

    const first = start();
    const address = await first.address();
    const client = userClient(net, address, 60_000);
    await client.ping();
    const acknowledged: { paste: CreatedPaste; text: string }[] = [];
    const stop = new AbortController();
    let sent = 0;
    const writer = async () => {
      while (!stop.signal.aborted) {
        const text = `paste number ${sent++}`;
        try {
          const paste = await client.createPaste(
            { text, attachments: [] },
            { expirySeconds: 3600, signal: stop.signal },
          );
          acknowledged.push({ paste, text });
          if (acknowledged.length === ACKNOWLEDGED) first.kill('SIGKILL');
        } catch {
          return; // aborted after the kill
        }
      }
    };
    const writers = Array.from({ length: IN_FLIGHT }, writer);
    expect((await first.exited).signal).toBe('SIGKILL');
    const atKill = acknowledged.length;
    stop.abort();
    await Promise.all(writers);
    expect(atKill).toBeGreaterThanOrEqual(ACKNOWLEDGED);
    expect(acknowledged.length).toBe(atKill);
    expect(sent).toBeGreaterThan(atKill); // creates were still in flight when it died

    const second = start();
    expect(await second.address()).toBe(address);
    const reader = userClient(net, address);
    for (const { paste, text } of acknowledged) {
      const read = await reader.getPaste(paste.pasteId, { key: paste.key! });
      expect(read.content.text).toBe(text);
    }

    second.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  });
});
