// `npm run bench:mixnet`: the local mixnet end to end, nodes as separate processes on this
// machine. Fast profile: throughput, 1 KB latency, 10 MB transfer, and delivered packets/s as a
// share of the Sphinx-limited ceiling measured in the same run (on all cores at once). Nym
// profile: p50 latency over the expected delay of the configuration.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { generateClientKeys, MixnetClient, type WebSocketLike } from '../src/index.js';
import { startMixnet, type Mixnet } from '../src/node/index.js';
import { cpuByKind, cpuSnapshot } from './process-cpu.js';
import { measureSphinxCeiling } from './sphinx-ceiling.js';
import { sphinxWorkload } from './sphinx-workload.js';

const crypto = createNodeCrypto();
const connect = (url: string) => new WebSocket(url) as unknown as WebSocketLike;
const THROUGHPUT_MESSAGES = Number(process.env.BENCH_MESSAGES ?? 3000);
const LATENCY_SAMPLES = Number(process.env.BENCH_LATENCY_SAMPLES ?? 200);
const BIG = Number(process.env.BENCH_BIG_BYTES ?? 10_000_000);

async function clients(mixnet: Mixnet) {
  const gateways = mixnet.topology().gateways;
  const start = (i: number) =>
    MixnetClient.start({
      crypto,
      keys: generateClientKeys(crypto),
      directoryUrl: mixnet.directoryUrl,
      directoryKey: mixnet.directoryKey,
      gateway: gateways[i]!.address,
      connect,
    });
  return Promise.all([start(0), start(1)]);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Sends numbered 1 KB messages one at a time and returns each one's send-to-receive time. */
async function latencies(
  alice: MixnetClient,
  bob: MixnetClient,
  samples: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const data = crypto.randomBytes(1024);
    const started = performance.now();
    const arrived = new Promise<void>((resolve) => {
      const off = bob.onMessage((m) => {
        if (m.data[0] === data[0] && m.data[1] === data[1] && m.data[2] === data[2]) {
          off();
          resolve();
        }
      });
    });
    const sent = alice.send(bob.address, data);
    await arrived;
    times.push(performance.now() - started);
    await sent; // acked: the next sample starts on an idle network
  }
  return times;
}

async function withMixnet<T>(
  profile: 'fast' | 'nym',
  run: (mixnet: Mixnet) => Promise<T>,
): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), `pastenym-bench-${profile}-`));
  const mixnet = await startMixnet({ profile, basePort: 0, dataDir, quiet: true });
  try {
    await mixnet.waitForTopology();
    return await run(mixnet);
  } finally {
    await mixnet.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const fast = await withMixnet('fast', async (mixnet) => {
  const [alice, bob] = await clients(mixnet);
  await latencies(alice, bob, 20); // warm up links and JIT
  let received = 0;
  const offCount = bob.onMessage(() => received++);
  const cpuBefore = cpuSnapshot();
  const started = performance.now();
  const sends = Array.from({ length: THROUGHPUT_MESSAGES }, () =>
    alice.send(bob.address, crypto.randomBytes(1024)),
  );
  await Promise.all(sends);
  while (received < THROUGHPUT_MESSAGES) await new Promise((r) => setTimeout(r, 5));
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuByKind(cpuBefore, cpuSnapshot());
  offCount();
  const latency = await latencies(alice, bob, LATENCY_SAMPLES);

  const big = crypto.randomBytes(BIG);
  const bigStarted = performance.now();
  const bigArrived = new Promise<number>((resolve) => {
    const off = bob.onMessage((m) => {
      if (m.data.length === BIG) {
        off();
        resolve(performance.now() - bigStarted);
      }
    });
  });
  const bigSent = alice.send(bob.address, big);
  const bigMs = await bigArrived;
  await bigSent;
  const retransmitted = alice.stats.retransmitted;
  alice.close();
  bob.close();
  return {
    messagesPerSecond: THROUGHPUT_MESSAGES / seconds,
    latency,
    bigMs,
    retransmitted,
    cpu,
    seconds,
  };
});

const cores = availableParallelism();
const parts = await sphinxWorkload(crypto).parts(300);
// The message goes through 3 mixes and a gateway; its ack comes back the same way.
const sphinxMs = parts.create + 2 * (3 * parts.mixHop + parts.lastHop) + parts.open;
const ceiling = await measureSphinxCeiling(cores, 3000);

const nym = await withMixnet('nym', async (mixnet) => {
  const [alice, bob] = await clients(mixnet);
  await latencies(alice, bob, 10);
  const latency = await latencies(alice, bob, Math.min(LATENCY_SAMPLES, 150));
  alice.close();
  bob.close();
  return { latency, profile: mixnet.profile };
});

const f = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mixingDelay = 3 * nym.profile.meanDelayMs;
const withSending = mixingDelay + nym.profile.sendingIntervalMs;
const p50nym = percentile(nym.latency, 50);
console.log(
  `\nLocal mixnet, 3 layers x 2 mixes + 2 gateways as separate processes, ${cores} cores, Node ${process.version}\n`,
);
console.log('| profile `fast` | value |');
console.log('| --- | ---: |');
console.log(
  `| messages/s (1 KB, one packet each, ${f(THROUGHPUT_MESSAGES)} sent at once) | ${f(fast.messagesPerSecond)} |`,
);
console.log(`| delivered packets/s | ${f(fast.messagesPerSecond)} |`);
console.log(
  `| 1 KB latency p50 / p99 (ms, one at a time) | ${f(percentile(fast.latency, 50), 1)} / ${f(percentile(fast.latency, 99), 1)} |`,
);
console.log(`| ${f(BIG / 1e6)} MB transfer (s) | ${f(fast.bigMs / 1000, 2)} |`);
console.log(`| retransmissions during the run | ${f(fast.retransmitted)} |`);
console.log(
  `| Sphinx CPU per delivered packet, one thread (ms: create ${f(parts.create, 2)}, mix hop ${f(parts.mixHop, 3)}, last hop ${f(parts.lastHop, 3)}, open ${f(parts.open, 3)}; message and ack) | ${f(sphinxMs, 2)} |`,
);
console.log(
  `| Sphinx-limited ceiling: that work on ${cores} threads at once (packets/s; ${cores} x one thread would be ${f((cores * 1000) / sphinxMs)}) | ${f(ceiling)} |`,
);
console.log(
  `| **delivered / ceiling** (target >= 0.6) | **${f(fast.messagesPerSecond / ceiling, 2)}** |`,
);
const totalCpu = [...fast.cpu.values()].reduce((a, b) => a + b, 0);
if (totalCpu > 0) {
  console.log('\n| where the CPU went (throughput run) | ms per delivered packet | share |');
  console.log('| --- | ---: | ---: |');
  for (const [kind, ms] of fast.cpu)
    console.log(`| ${kind} | ${f(ms / THROUGHPUT_MESSAGES, 2)} | ${f((100 * ms) / totalCpu)}% |`);
  console.log(
    `| all (${f((100 * totalCpu) / (fast.seconds * 1000 * cores))}% of ${cores} cores) | ${f(totalCpu / THROUGHPUT_MESSAGES, 2)} | |`,
  );
}
console.log('\n| profile `nym` | value |');
console.log('| --- | ---: |');
console.log(
  `| 1 KB latency p50 / p99 (ms) | ${f(p50nym, 1)} / ${f(percentile(nym.latency, 99), 1)} |`,
);
console.log(
  `| expected mixing delay: 3 hops x ${nym.profile.meanDelayMs} ms (ms) | ${f(mixingDelay)} |`,
);
console.log(
  `| **p50 / expected mixing delay** (target <= 1.3) | **${f(p50nym / mixingDelay, 2)}** |`,
);
console.log(
  `| p50 / (mixing delay + mean sending-stream gap ${nym.profile.sendingIntervalMs} ms) | ${f(p50nym / withSending, 2)} |`,
);
process.exit(0);
