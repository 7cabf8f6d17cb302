// The pure parts of `npm run bench:e2e`: the floor, the gateway count, the figures, the table.
import { FRAGMENT_DATA_LENGTH } from '@pastenym/mixnet';
import { describe, expect, it } from 'vitest';
import { caseFigures, gatewayPackets, packetFloor } from '../bench/e2e-figures.js';
import { formatCaseTable, formatNumber, markdownTable } from '../bench/e2e-table.js';

describe('packetFloor', () => {
  it('counts a fragment each way and an ack for each', () => {
    expect(FRAGMENT_DATA_LENGTH).toBe(1602);
    expect(packetFloor(1024, 0)).toBe(4);
    expect(packetFloor(0, 1024)).toBe(4);
  });

  it('splits at the mixnet fragment size', () => {
    expect(packetFloor(FRAGMENT_DATA_LENGTH, 0)).toBe(4);
    expect(packetFloor(FRAGMENT_DATA_LENGTH + 1, 0)).toBe(6);
    expect(packetFloor(64 * 1024, 0)).toBe(2 * (41 + 1));
    expect(packetFloor(0, 1024 * 1024)).toBe(2 * (1 + 655));
    expect(packetFloor(100, 100, 10)).toBe(40);
  });
});

describe('gatewayPackets', () => {
  it('adds what clients sent and the acks gateways fired, nothing else', () => {
    const counters = { 'clients.sent': 7, 'acks.fired': 3, 'delivered.live': 10, 'packets.in': 9 };
    expect(gatewayPackets(counters)).toBe(10);
    expect(gatewayPackets({})).toBe(0);
  });
});

describe('caseFigures', () => {
  it('gives rates, percentiles and both ratios', () => {
    const latenciesMs = Array.from({ length: 100 }, (_, i) => i + 1);
    const figures = caseFigures({ latenciesMs, seconds: 20, packets: 800 }, 4, 200);
    expect(figures).toEqual({
      operations: 100,
      failed: 0,
      opsPerSecond: 5,
      p50Ms: 50,
      p95Ms: 95,
      p99Ms: 99,
      packetsPerOp: 8,
      floor: 4,
      packetsOverFloor: 2,
      ceilingOpsPerSecond: 50,
      opsOverCeiling: 0.1,
    });
  });

  it('counts failed operations as the slowest, not in the rates', () => {
    const figures = caseFigures({ latenciesMs: [100, Infinity], seconds: 1, packets: 8 }, 4, 40);
    expect(figures.operations).toBe(1);
    expect(figures.failed).toBe(1);
    expect(figures.opsPerSecond).toBe(1);
    expect(figures.packetsPerOp).toBe(8);
    expect(figures.p50Ms).toBe(100);
    expect(figures.p99Ms).toBe(Infinity);
  });

  it('reports zeros, not NaN, for a case with no operation', () => {
    const figures = caseFigures({ latenciesMs: [], seconds: 0, packets: 0 }, 4, 0);
    expect(figures.opsPerSecond).toBe(0);
    expect(figures.packetsPerOp).toBe(0);
    expect(figures.opsOverCeiling).toBe(0);
  });
});

describe('tables', () => {
  it('aligns the first column left and the others right', () => {
    expect(markdownTable(['a', 'b'], [['x', '1']])).toBe('| a | b |\n| --- | ---: |\n| x | 1 |');
  });

  it('prints a row per case with its ratios', () => {
    const figures = caseFigures({ latenciesMs: [1200, 1500], seconds: 2, packets: 90 }, 4, 40);
    const table = formatCaseTable([{ label: 'in-process, cli ×2, 1 KiB get', figures }]);
    const row = table.split('\n')[2];
    expect(row).toBe(
      '| in-process, cli ×2, 1 KiB get | 2 | 0 | 1.00 | 1,200 | 1,500 | 1,500 | 45.0 | 4 | **11.25** | 10.0 | **0.100** |',
    );
    expect(formatNumber(Infinity)).toBe('∞');
  });
});
