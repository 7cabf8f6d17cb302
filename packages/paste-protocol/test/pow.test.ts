import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { concatBytes } from '@pastenym/crypto';
import {
  canonicalOptions,
  leadingZeroBits,
  powChallenge,
  solvePow,
  solvePowAsync,
  verifyPow,
  type PowBinding,
} from '../src/index.js';
import { pasteOptionsArb, providers, requestIdArb } from './helpers.js';

const binding = (crypto: (typeof providers)[number]): PowBinding => ({
  requestId: 'q4Yt0R9yq4E2dD9H0s2l3Q',
  bundleDigest: crypto.sha256(Uint8Array.of(1, 2, 3)),
  options: { expirySeconds: 3600, maxViews: 1, public: false },
});

describe.each(providers)('proof of work on $name', (crypto) => {
  it('solves and verifies, and the hash really has the zero bits', () => {
    const b = binding(crypto);
    const challenge = powChallenge(crypto, b);
    const nonce = solvePow(crypto, challenge, 10);
    expect(leadingZeroBits(crypto.sha256(concatBytes(challenge, nonce)))).toBeGreaterThanOrEqual(
      10,
    );
    expect(verifyPow(crypto, b, { difficulty: 10, nonce }, 10)).toBe('valid');
    expect(verifyPow(crypto, b, { difficulty: 10, nonce }, 8)).toBe('valid');
  });

  it('rejects wrong nonces, other bindings and too little work', () => {
    const b = binding(crypto);
    const nonce = solvePow(crypto, powChallenge(crypto, b), 12);
    const solution = { difficulty: 12, nonce };
    expect(verifyPow(crypto, b, solution, 13)).toBe('insufficient');
    expect(verifyPow(crypto, b, null, 1)).toBe('insufficient');
    expect(verifyPow(crypto, b, { difficulty: 12, nonce: nonce.subarray(0, 7) }, 12)).toBe(
      'invalid',
    );
    // A nonce that fails: search for one whose hash has too few zero bits.
    const challenge = powChallenge(crypto, b);
    let bad = 0;
    while (leadingZeroBits(crypto.sha256(concatBytes(challenge, nonceOf(bad)))) >= 12) bad++;
    expect(verifyPow(crypto, b, { difficulty: 12, nonce: nonceOf(bad) }, 12)).toBe('invalid');
    const others: PowBinding[] = [
      { ...b, requestId: 'another-request-id' },
      { ...b, bundleDigest: crypto.sha256(Uint8Array.of(1, 2, 4)) },
      { ...b, options: { ...b.options, maxViews: 2 } },
      { ...b, options: { ...b.options, expirySeconds: 300 } },
      { ...b, options: { ...b.options, public: true } },
    ];
    // Inputs are fixed, so this is deterministic (a chance pass would be 2^-12 per binding).
    for (const other of others) {
      expect(powChallenge(crypto, other)).not.toEqual(challenge);
      expect(verifyPow(crypto, other, solution, 12)).toBe('invalid');
    }
  });

  it('solves asynchronously, yielding and reporting progress', async () => {
    const b = binding(crypto);
    const challenge = powChallenge(crypto, b);
    let yields = 0;
    const progress: number[] = [];
    const nonce = await solvePowAsync(crypto, challenge, 12, {
      yieldEvery: 64,
      yieldToEventLoop: () => {
        yields++;
        return Promise.resolve();
      },
      onProgress: (attempts) => progress.push(attempts),
    });
    expect(nonce).toEqual(solvePow(crypto, challenge, 12));
    expect(yields).toBe(progress.length);
    expect(progress.every((p, i) => p === (i + 1) * 64)).toBe(true);
  });
});

function nonceOf(counter: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setUint32(4, counter);
  return out;
}

describe('proof of work control', () => {
  const crypto = providers[0]!;
  const challenge = new Uint8Array(32).fill(9);

  it('stops when the signal aborts, synchronously and asynchronously', async () => {
    const controller = new AbortController();
    expect(() =>
      solvePow(crypto, challenge, 64, {
        progressEvery: 10,
        signal: controller.signal,
        onProgress: (n) => n >= 30 && controller.abort(),
      }),
    ).toThrow(expect.objectContaining({ code: 'pow.aborted' }));
    const later = new AbortController();
    const pending = solvePowAsync(crypto, challenge, 64, { signal: later.signal, yieldEvery: 10 });
    later.abort();
    await expect(pending).rejects.toMatchObject({ code: 'pow.aborted' });
  });

  it('gives up after maxAttempts', () => {
    expect(() => solvePow(crypto, challenge, 64, { maxAttempts: 100 })).toThrow(
      expect.objectContaining({ code: 'pow.exhausted' }),
    );
  });

  it('needs no work at difficulty 0', () => {
    const b = binding(crypto);
    expect(verifyPow(crypto, b, null, 0)).toBe('valid');
    expect(solvePow(crypto, powChallenge(crypto, b), 0)).toEqual(new Uint8Array(8));
  });

  it('encodes options canonically and binds every field', () => {
    fc.assert(
      fc.property(pasteOptionsArb, pasteOptionsArb, requestIdArb, (a, b, id) => {
        const same = JSON.stringify(a) === JSON.stringify(b);
        expect(canonicalOptions(a).join() === canonicalOptions(b).join()).toBe(same);
        const digest = new Uint8Array(32);
        const ca = powChallenge(crypto, { requestId: id, bundleDigest: digest, options: a });
        const cb = powChallenge(crypto, { requestId: id, bundleDigest: digest, options: b });
        expect(ca.join() === cb.join()).toBe(same);
      }),
    );
  });

  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Uint8Array.of(0, 0, 0x10))).toBe(19);
    expect(leadingZeroBits(Uint8Array.of(0x80))).toBe(0);
    expect(leadingZeroBits(new Uint8Array(4))).toBe(32);
  });
});
