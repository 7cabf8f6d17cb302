// Our paste service made to look like a server that speaks v2 only: v3 messages get no answer
// and the v2 ping names no protocol 3, so clients must take the v2 path against our server.
import type { PasteService } from '@pastenym/server';
import { isV3Message } from '@pastenym/paste-protocol';

export async function forcedV2(
  service: PasteService,
  message: Uint8Array,
  now: number,
): Promise<Uint8Array | null> {
  if (isV3Message(message)) return null;
  const reply = await service.handle(message, { now });
  if (reply === null) return null;
  const value: unknown = JSON.parse(new TextDecoder().decode(reply));
  if (typeof value !== 'object' || value === null || !('protocols' in value)) return reply;
  const { protocols: _dropped, ...rest } = value;
  return new TextEncoder().encode(JSON.stringify(rest));
}
