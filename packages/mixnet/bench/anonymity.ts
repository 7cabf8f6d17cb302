// `npm run bench:anonymity`: how anonymous the local mixnet keeps its users against a global
// passive adversary that sees every packet on every link. For each setting of the grid (delay
// per mix hop, cover traffic, users) it runs a real local mixnet with the link tap on, users
// sending messages to a paste server that replies, and scores the adversary: the sender
// entropy of each message (Loopix's measure), its best guesses, a timing attack at the edges,
// all again with one mix per layer corrupt, and the cost (latency, overhead). Prints a table
// and writes docs/anonymity.md and docs/anonymity.svg.
import { writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { ACK_SURB_LENGTH, PAYLOAD_BODY_LENGTH } from '@pastenym/sphinx';
import { cellFigures } from './anonymity/cell-figures.js';
import { anonymityChart } from './anonymity/chart.js';
import { DEFAULT_GRID, planGrid, type GridOptions } from './anonymity/grid.js';
import { TABLE_HEADER, tableRow, type CellFigures } from './anonymity/report.js';
import { runCell } from './anonymity/run-cell.js';

const list = (name: string, fallback: readonly number[]) =>
  process.env[name]?.split(',').map(Number) ?? fallback;
const options: GridOptions = {
  ...DEFAULT_GRID,
  delaysMs: list('ANONYMITY_DELAYS', DEFAULT_GRID.delaysMs),
  users: list('ANONYMITY_USERS', DEFAULT_GRID.users),
  cover: process.env.ANONYMITY_COVER?.split(',').map((c) => c === 'on') ?? DEFAULT_GRID.cover,
  realSeconds: 60 * Number(process.env.ANONYMITY_MINUTES ?? DEFAULT_GRID.realSeconds / 60),
};
// A message's DELIVER frame to its recipient: type, "no reply block", the content after the
// sender's ack block. The acks of the server's replies come with a reply-block id instead.
const MESSAGE_FRAME_BYTES = 2 + PAYLOAD_BODY_LENGTH - ACK_SURB_LENGTH;

const started = performance.now();
const loadBefore = loadavg()[0]!;
const cells: CellFigures[] = [];
console.log(`\nAnonymity against a global passive adversary (${new Date().toISOString()})\n`);
console.log(TABLE_HEADER.join('\n'));
for (const plan of planGrid(options)) {
  const run = await runCell(plan);
  const cell = cellFigures(run, options, MESSAGE_FRAME_BYTES);
  cells.push(cell);
  console.log(tableRow(cell));
}
const minutes = (performance.now() - started) / 60_000;
const load = `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`;
console.log(`\n${cells.length} settings in ${minutes.toFixed(1)} min; ${load}`);

const docs = fileURLToPath(new URL('../../../../docs/', import.meta.url));
await writeFile(`${docs}anonymity.svg`, anonymityChart(cells));
// Formatted as the repository's check wants it (aligned table columns).
const markdown = (text: string) => format(text, { parser: 'markdown', printWidth: 100 });
await writeFile(
  `${docs}anonymity.md`,
  await markdown(
    [
      '# Anonymity of the local mixnet against a global passive adversary',
      '',
      `Made by \`npm run bench:anonymity\` on ${new Date().toISOString().slice(0, 10)}: ` +
        `${cells.length} settings in ${minutes.toFixed(1)} min on ${availableParallelism()} cores, ${load}. ` +
        'What the columns mean, and what follows from them: `packages/mixnet/README.md`, ' +
        'section "Anonymity against a global passive adversary". Chart: [anonymity.svg](anonymity.svg).',
      '',
      ...TABLE_HEADER,
      ...cells.map(tableRow),
      '',
    ].join('\n'),
  ),
);
console.log(`wrote ${docs}anonymity.md and ${docs}anonymity.svg`);
process.exit(0);
