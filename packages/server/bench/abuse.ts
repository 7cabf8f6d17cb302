// `npm run bench:abuse`: what the anti-abuse policy costs on this machine. The price of a
// create by size and lifetime (proof of work and sealing), and the adaptive difficulty's
// behaviour for several half-lives, from which the default was chosen, and what scrubbing a
// deleted paste off the disk costs.
import { createNodeCrypto } from '@pastenym/crypto/node';
import { DEFAULT_ADAPTIVE_DIFFICULTY } from '../src/index.js';
import { simulateDecay } from './decay.js';
import { measurePow } from './pow.js';
import { measurePrices } from './price.js';
import { measureScrub } from './scrub.js';

const crypto = createNodeCrypto();
const SOLVES = Number(process.env['BENCH_SOLVES'] ?? 40);
const PRICED_SOLVES = Number(process.env['BENCH_PRICED_SOLVES'] ?? 3);
const seconds = (s: number) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(1)} s`);

console.log(`\nPrice of a create (base difficulty 16, default price), Node ${process.version}\n`);
const prices = await measurePrices(crypto, SOLVES, PRICED_SOLVES);
const engines = prices[0]!.powSeconds.map((p) => p.engine);
console.log(
  `| create | difficulty | ${engines.map((e) => `mean work, ${e}`).join(' | ')} | p99 work (4.6x mean) | ${PRICED_SOLVES} real solves (noble): median, slowest | seal |`,
);
console.log(`| --- | ---: | ${engines.map(() => '---:').join(' | ')} | ---: | ---: | ---: |`);
for (const row of prices) {
  const means = row.powSeconds.map((p) => seconds(p.mean));
  const slowest = Math.max(...row.powSeconds.map((p) => p.mean));
  console.log(
    `| ${row.label} | ${row.difficulty} | ${means.join(' | ')} | ${seconds(4.6 * slowest)} | ${seconds(row.solved.median)}, ${seconds(row.solved.max)} | ${row.sealMs.toFixed(0)} ms |`,
  );
}

const [nodeRate] = measurePow(SOLVES);
const rate = nodeRate!.hashesPerSecond;
console.log(
  `\nAdaptive difficulty by half-life (base 16, max 24, target 60/min), attackers at ` +
    `${Math.round(rate).toLocaleString('en-US')} attempts/s per core (node:crypto, measured)\n`,
);
console.log(
  '| half-life | creates at once before +1 bit | held by 1 core | held by 4 cores | back to base after 4 cores stop | back to base after 87 creates in 48 s |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of simulateDecay([10, 30, 60, 120, 300], rate)) {
  const mark =
    row.halfLifeSeconds * 1000 === DEFAULT_ADAPTIVE_DIFFICULTY.halfLifeMs ? ' (default)' : '';
  console.log(
    `| ${row.halfLifeSeconds} s${mark} | ${row.burstTolerated} | ${row.heldByOneCore} | ${row.heldByFourCores} | ${row.recoverySeconds} s | ${row.burstRecoverySeconds} s |`,
  );
}

console.log('\nScrub after one burn, 100 pastes of 1 MiB stored\n');
console.log('| store | scrub |');
console.log('| --- | ---: |');
for (const row of await measureScrub()) {
  console.log(
    `| ${row.store} | ${typeof row.ms === 'number' ? `${row.ms.toFixed(0)} ms` : row.ms} |`,
  );
}
