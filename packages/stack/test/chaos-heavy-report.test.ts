import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatHeavyReport,
  LOAD_KINDS,
  summarizeHeavy,
  type HeavyAcknowledged,
  type HeavyInput,
  type HeavyRequest,
} from '../src/chaos/heavy-report.js';
import { HEAVY_PASS } from '../src/chaos/heavy-profile.js';
import type { Outcome } from '../src/chaos/outcome.js';

const ok = { kind: 'ok' } as const;

const CALM: HeavyInput = {
  profile: 'heavy test',
  requests: [
    { kind: 'large', op: 'create', outcome: ok, ms: 40_000 },
    { kind: 'reply-blocks', op: 'create', outcome: ok, ms: 900 },
    { kind: 'v2', op: 'newText', outcome: { kind: 'error', code: 'stack.refused' }, ms: 300 },
    { kind: 'light', op: 'ping', outcome: ok, ms: 200 },
  ],
  acknowledged: [
    { kind: 'large', verdict: 'found' },
    { kind: 'reply-blocks', verdict: 'found' },
  ],
  pings: [200, 300, 400],
  freshFirstAnswerMs: 700,
  largeGets: { completed: 1, abandoned: 1 },
  replyBlockCreates: { answered: 1, sent: 1 },
  readBack: { reads: 2, unanswered: 0 },
};

const outcome: fc.Arbitrary<Outcome> = fc.oneof(
  fc.constant(ok),
  fc.constant({ kind: 'error', code: 'client.timeout' } as const),
  fc.constant({ kind: 'unclear', what: 'TypeError' } as const),
  fc.constant({ kind: 'hung' } as const),
);
const request: fc.Arbitrary<HeavyRequest> = fc.record({
  kind: fc.constantFrom(...LOAD_KINDS),
  op: fc.constantFrom('create', 'get', 'ping'),
  outcome,
  ms: fc.nat({ max: 60_000 }),
});
const acknowledged: fc.Arbitrary<HeavyAcknowledged> = fc.record({
  kind: fc.constantFrom(...LOAD_KINDS),
  verdict: fc.constantFrom('found', 'lost', 'unverified'),
});

describe('summarizeHeavy', () => {
  it('passes a calm run and prints its figures', () => {
    const report = summarizeHeavy(CALM, HEAVY_PASS);
    expect(report.failures).toEqual([]);
    expect(report.rows.map((row) => row.label)).toEqual([...LOAD_KINDS]);
    expect(report.ping).toMatchObject({ p50Ms: 300, p95Ms: 400, unanswered: 0 });
    const text = formatHeavyReport(report);
    expect(text).toContain('| large        |        1 |');
    expect(text).toContain('p50 0.3 s, p95 0.4 s, max 0.4 s, 0 unanswered');
    expect(text).toContain('first answer after 0.7 s');
    expect(text).toContain('1 completed, 1 abandoned mid-transfer');
    expect(text).toContain('clear errors by code: stack.refused 1');
    expect(text).toMatch(/PASSED\n$/);
  });

  it('fails on the stall: slow or unanswered pings, a silent server after the load', () => {
    const report = summarizeHeavy(
      {
        ...CALM,
        pings: [200, null, null, 300],
        freshFirstAnswerMs: null,
        replyBlockCreates: { answered: 0, sent: 40 },
      },
      HEAVY_PASS,
    );
    expect(report.passed).toBe(false);
    expect(report.failures).toEqual([
      "light client's ping p95 ∞ s during the load (limit 5.0 s; 2 of 4 unanswered)",
      'a fresh client was never answered after the load (limit 10.0 s)',
      '40 of 40 creates of the client with many reply blocks unanswered',
    ]);
    expect(formatHeavyReport(report)).toContain('fresh client after the load: no answer');
    expect(summarizeHeavy({ ...CALM, freshFirstAnswerMs: 12_000 }, HEAVY_PASS).failures).toEqual([
      'a fresh client was answered after 12.0 s after the load (limit 10.0 s)',
    ]);
  });

  it('adds the loads up to the total, and fails exactly on loss, hangs or unclear ends', () => {
    fc.assert(
      fc.property(fc.array(request), fc.array(acknowledged), (requests, acks) => {
        const report = summarizeHeavy({ ...CALM, requests, acknowledged: acks }, HEAVY_PASS);
        for (const key of ['requests', 'ok', 'clearErrors', 'unclear', 'hung', 'lost'] as const) {
          const sum = report.rows.reduce((total, row) => total + row[key], 0);
          expect(sum).toBe(report.total[key]);
        }
        const bad =
          acks.some((a) => a.verdict !== 'found') ||
          requests.some((r) => r.outcome.kind === 'hung' || r.outcome.kind === 'unclear');
        expect(report.passed).toBe(!bad);
      }),
    );
  });
});
