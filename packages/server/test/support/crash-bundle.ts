// The bundle the crash test stores under each id, so that the reader can check its bytes.
import { createHash } from 'node:crypto';

/** 1 KiB derived from the id. */
export function crashBundle(id: string): Uint8Array {
  const block = createHash('sha256').update(id).digest();
  const bundle = new Uint8Array(1024);
  for (let offset = 0; offset < bundle.length; offset += block.length) bundle.set(block, offset);
  return bundle;
}
