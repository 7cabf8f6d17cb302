import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../src/chaos/outcome.js';
import {
  formatReport,
  summarize,
  type AcknowledgedRecord,
  type RequestRecord,
} from '../src/chaos/report.js';

const PHASES = [
  { label: 'calm', retransmitted: 0 },
  { label: 'kill mix node mix-2a', retransmitted: 12 },
  { label: 'calm after', retransmitted: 1 },
];

const READ_BACK = { reads: 5, unanswered: 1, retiredReaders: 0 };

const outcome: fc.Arbitrary<Outcome> = fc.oneof(
  fc.constant({ kind: 'ok' } as const),
  fc
    .constantFrom('client.timeout', 'client.aborted')
    .map((code) => ({ kind: 'error', code }) as const),
  fc.constant({ kind: 'unclear', what: 'TypeError' } as const),
  fc.constant({ kind: 'hung' } as const),
);
const request: fc.Arbitrary<RequestRecord> = fc.record({
  phase: fc.nat({ max: PHASES.length - 1 }),
  op: fc.constantFrom('create', 'get'),
  outcome,
  ms: fc.nat({ max: 60_000 }),
});
const acknowledged: fc.Arbitrary<AcknowledgedRecord> = fc.record({
  phase: fc.nat({ max: PHASES.length - 1 }),
  verdict: fc.constantFrom('found', 'lost', 'unverified'),
});

describe('summarize', () => {
  it('adds the phases up to the total, and fails exactly on loss, hangs or unclear ends', () => {
    fc.assert(
      fc.property(fc.array(request), fc.array(acknowledged), (requests, acks) => {
        const report = summarize('test', PHASES, requests, acks, READ_BACK);
        expect(report.rows.map((row) => row.label)).toEqual(PHASES.map((p) => p.label));
        for (const key of ['requests', 'ok', 'clearErrors', 'unclear', 'hung'] as const) {
          const sum = report.rows.reduce((total, row) => total + row[key], 0);
          expect(sum).toBe(report.total[key]);
        }
        expect(report.total.requests).toBe(requests.length);
        expect(report.total.acknowledged).toBe(acks.length);
        expect(report.total.retransmitted).toBe(13);
        const codes = Object.values(report.errorCodes).reduce((a, b) => a + b, 0);
        expect(codes).toBe(report.total.clearErrors);
        const bad =
          acks.some((ack) => ack.verdict !== 'found') ||
          requests.some((r) => r.outcome.kind === 'hung' || r.outcome.kind === 'unclear') ||
          !requests.some((r) => r.outcome.kind === 'ok');
        expect(report.passed).toBe(!bad);
        expect(report.failures.length > 0).toBe(bad);
      }),
    );
  });

  it('prints a table with a line per phase, the total, the codes and the verdict', () => {
    const requests: RequestRecord[] = [
      { phase: 0, op: 'create', outcome: { kind: 'ok' }, ms: 120 },
      { phase: 1, op: 'create', outcome: { kind: 'error', code: 'client.timeout' }, ms: 10_000 },
      { phase: 1, op: 'get', outcome: { kind: 'ok' }, ms: 4_250 },
    ];
    const report = summarize('test', PHASES, requests, [{ phase: 0, verdict: 'found' }], READ_BACK);
    const text = formatReport(report);
    expect(text).toMatch(
      /\| kill mix node mix-2a +\| +2 \| +1 \| +1 \| +0 \| +0 \| +0 \| +0 \| +0 \| +12 \| +4\.3 \|/,
    );
    expect(text).toMatch(/\| total +\| +3 \| +2 \| +1 \|/);
    expect(text).toContain('clear errors by code: client.timeout 1');
    expect(text).toContain('read-back: 5 reads, 1 unanswered, 0 reader(s) gave up');
    expect(text).toContain('PASSED');
    const lost = summarize('test', PHASES, requests, [{ phase: 0, verdict: 'lost' }], READ_BACK);
    expect(formatReport(lost)).toContain('FAILED: 1 acknowledged paste(s) lost');
  });
});
