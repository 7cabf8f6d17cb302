import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MailboxStore, type MailboxLimits } from '../../src/node/mailbox.js';

/** The obvious, slow model: one list in arrival order. */
class ModelMailbox {
  items: { identity: string; message: Uint8Array }[] = [];
  constructor(private readonly limits: MailboxLimits) {}

  put(identity: string, message: Uint8Array): number {
    const { maxMessagesPerIdentity, maxBytesPerIdentity, maxTotalBytes } = this.limits;
    if (message.length > Math.min(maxBytesPerIdentity, maxTotalBytes)) return 1;
    this.items.push({ identity, message });
    let dropped = 0;
    const mine = () => this.items.filter((item) => item.identity === identity);
    const bytes = (list: typeof this.items) =>
      list.reduce((sum, item) => sum + item.message.length, 0);
    while (mine().length > maxMessagesPerIdentity || bytes(mine()) > maxBytesPerIdentity) {
      this.items.splice(this.items.indexOf(mine()[0]!), 1);
      dropped++;
    }
    while (bytes(this.items) > maxTotalBytes) {
      this.items.shift();
      dropped++;
    }
    return dropped;
  }

  drain(identity: string): Uint8Array[] {
    const mine = this.items.filter((item) => item.identity === identity);
    this.items = this.items.filter((item) => item.identity !== identity);
    return mine.map((item) => item.message);
  }
}

const operation = fc.oneof(
  fc.record({
    op: fc.constant('put' as const),
    identity: fc.constantFrom('a', 'b', 'c'),
    message: fc.uint8Array({ maxLength: 40 }),
  }),
  fc.record({ op: fc.constant('drain' as const), identity: fc.constantFrom('a', 'b', 'c') }),
);

describe('MailboxStore', () => {
  it('behaves like the model: per-identity and global caps, oldest dropped first, order kept', () => {
    fc.assert(
      fc.property(
        fc.record({
          maxMessagesPerIdentity: fc.integer({ min: 1, max: 6 }),
          maxBytesPerIdentity: fc.integer({ min: 1, max: 120 }),
          maxTotalBytes: fc.integer({ min: 1, max: 200 }),
        }),
        fc.array(operation, { maxLength: 120 }),
        (limits, operations) => {
          const store = new MailboxStore(limits);
          const model = new ModelMailbox(limits);
          for (const operation of operations) {
            if (operation.op === 'put') {
              expect(store.put(operation.identity, operation.message)).toBe(
                model.put(operation.identity, operation.message),
              );
            } else {
              expect(store.drain(operation.identity)).toEqual(model.drain(operation.identity));
            }
            const modelBytes = model.items.reduce((sum, item) => sum + item.message.length, 0);
            expect([store.totalMessages, store.totalBytes]).toEqual([
              model.items.length,
              modelBytes,
            ]);
          }
        },
      ),
    );
  });

  it('hands messages over once, oldest first', () => {
    const store = new MailboxStore();
    for (const n of [1, 2, 3]) store.put('carol', Uint8Array.of(n));
    expect(store.size('carol')).toBe(3);
    expect(store.drain('carol')).toEqual([Uint8Array.of(1), Uint8Array.of(2), Uint8Array.of(3)]);
    expect(store.drain('carol')).toEqual([]);
  });
});
