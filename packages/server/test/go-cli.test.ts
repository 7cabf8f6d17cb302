// The original Go CLI's exact newText requests (paste-protocol's frozen vectors) against this
// server: stored, read back through v2 getText and v3 get, and opened.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { encodeHex, utf8 } from '@pastenym/crypto';
import { openLegacyPaste, type SjclParams } from '@pastenym/paste-protocol';
import { T0, call, crypto, makeService, requestId, useSqlite } from './helpers/service.js';
import { v2Reply } from './helpers/v2.js';

interface GoCliVector {
  name: string;
  key: string | null;
  message: string;
  expected: { burnViews: number | null; content: { text: string; attachments: unknown[] } };
}

const vectorsUrl = new URL(
  '../../paste-protocol/test/vectors/go-cli-requests.json',
  import.meta.url,
);
const { vectors } = JSON.parse(readFileSync(vectorsUrl, 'utf8')) as { vectors: GoCliVector[] };
const open = useSqlite();

describe('the Go CLI against this server', () => {
  it.each(vectors)('$name: create, getText, open', async (vector) => {
    const { service } = makeService((await open()).storage);
    const created = v2Reply(await service.handle(utf8(vector.message), { now: T0 })) as {
      url_id: string;
    };
    const getText = { event: 'getText', data: { urlId: created.url_id } };
    const reply = v2Reply(
      await service.handle(utf8(Buffer.from(JSON.stringify(getText)).toString('base64')), {
        now: T0,
      }),
    ) as { text: string; encParams?: SjclParams; is_burn: boolean; burn_view: number };
    expect(reply.is_burn).toBe(vector.expected.burnViews !== null);
    // Public texts come back HTML-escaped, as v2 sent them; the reader undoes that.
    const content = await openLegacyPaste(
      { crypto },
      { text: reply.text, encParams: reply.encParams ?? null },
      vector.key ?? undefined,
    );
    expect({
      text: content.text,
      attachments: content.attachments.map((a) => ({
        name: a.name,
        type: a.type,
        dataHex: encodeHex(a.data),
      })),
    }).toEqual(vector.expected.content);
    const v3 = await call(service, { op: 'get', id: requestId(), pasteId: created.url_id });
    expect(v3).toMatchObject({ op: 'paste', format: 'v2' });
  });
});
