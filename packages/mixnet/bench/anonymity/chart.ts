// The benchmark's chart as a small SVG: one column per number of users; on top the mean
// sender entropy against the delay per hop (cover off and on, all mixes honest and one per
// layer corrupt, the maximum dotted), below the timing attack's success (a random guess
// dotted).
import type { CellFigures } from './report.js';

const WIDTH = 300;
const HEIGHT = 210;
const MARGIN = { left: 48, right: 12, top: 28, bottom: 36 };
const COLORS = { off: '#9a9a9a', on: '#1f6fb2' };

interface Series {
  readonly label: string;
  readonly color: string;
  readonly dash?: string;
  readonly points: readonly (readonly [number, number])[];
}

/** The chart for a set of measured settings (any grid: panels and axes follow the cells). */
export function anonymityChart(cells: readonly CellFigures[]): string {
  const users = unique(cells.map((cell) => cell.plan.users));
  const delays = unique(cells.map((cell) => cell.plan.meanDelayMs));
  const maxBits = Math.max(1, ...cells.map((cell) => cell.maxBits));
  const width = users.length * WIDTH;
  const parts: string[] = [];
  users.forEach((n, column) => {
    const mine = cells.filter((cell) => cell.plan.users === n);
    const line = (cover: boolean, value: (cell: CellFigures) => number) =>
      mine
        .filter((cell) => cell.plan.cover === cover)
        .map((cell) => [delays.indexOf(cell.plan.meanDelayMs), value(cell)] as const);
    const x = column * WIDTH;
    parts.push(
      panel(x, 0, `${n} users: sender entropy (bits)`, delays, Math.ceil(maxBits), [
        {
          label: 'cover off',
          color: COLORS.off,
          points: line(false, (c) => c.honest.entropy.mean),
        },
        { label: 'Nym cover', color: COLORS.on, points: line(true, (c) => c.honest.entropy.mean) },
        {
          label: 'off, corrupt',
          color: COLORS.off,
          dash: '5 3',
          points: line(false, (c) => c.corrupt.entropy.mean),
        },
        {
          label: 'Nym, corrupt',
          color: COLORS.on,
          dash: '5 3',
          points: line(true, (c) => c.corrupt.entropy.mean),
        },
        { label: 'maximum', color: '#000', dash: '1 3', points: line(true, (c) => c.maxBits) },
      ]),
      panel(x, HEIGHT, `${n} users: timing attack success (%)`, delays, 100, [
        { label: 'cover off', color: COLORS.off, points: line(false, (c) => 100 * c.timingAttack) },
        { label: 'Nym cover', color: COLORS.on, points: line(true, (c) => 100 * c.timingAttack) },
        {
          label: 'random guess',
          color: '#000',
          dash: '1 3',
          points: line(true, (c) => 100 * c.randomGuess),
        },
      ]),
    );
  });
  const legend = [
    ['cover off', COLORS.off, ''],
    ['Nym cover', COLORS.on, ''],
    ['one mix per layer corrupt', '#555', '5 3'],
    ['maximum / random guess', '#000', '1 3'],
  ]
    .map(([label, color, dash], i) => {
      const lx = 10 + i * 200;
      return (
        `<line x1="${lx}" y1="${2 * HEIGHT + 18}" x2="${lx + 24}" y2="${2 * HEIGHT + 18}" ` +
        `stroke="${color}" stroke-width="2" stroke-dasharray="${dash}"/>` +
        `<text x="${lx + 30}" y="${2 * HEIGHT + 22}">${label}</text>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${2 * HEIGHT + 32}" ` +
    `font-family="sans-serif" font-size="11">` +
    `<rect width="100%" height="100%" fill="#fff"/>${parts.join('')}${legend}</svg>\n`
  );
}

function panel(
  x0: number,
  y0: number,
  title: string,
  delays: readonly number[],
  yMax: number,
  series: readonly Series[],
): string {
  const w = WIDTH - MARGIN.left - MARGIN.right;
  const h = HEIGHT - MARGIN.top - MARGIN.bottom;
  const left = x0 + MARGIN.left;
  const top = y0 + MARGIN.top;
  const px = (i: number) => left + (delays.length === 1 ? w / 2 : (i * w) / (delays.length - 1));
  const py = (v: number) => top + h - (Math.min(v, yMax) / yMax) * h;
  const out: string[] = [
    `<text x="${left}" y="${y0 + 16}" font-weight="bold">${title}</text>`,
    `<rect x="${left}" y="${top}" width="${w}" height="${h}" fill="none" stroke="#ccc"/>`,
  ];
  for (let k = 0; k <= 4; k++) {
    const v = (yMax * k) / 4;
    out.push(
      `<text x="${left - 6}" y="${py(v) + 4}" text-anchor="end">${round(v)}</text>`,
      `<line x1="${left}" y1="${py(v)}" x2="${left + w}" y2="${py(v)}" stroke="#eee"/>`,
    );
  }
  delays.forEach((delay, i) =>
    out.push(`<text x="${px(i)}" y="${top + h + 14}" text-anchor="middle">${delay}</text>`),
  );
  out.push(
    `<text x="${left + w / 2}" y="${top + h + 28}" text-anchor="middle">mean delay per hop (ms)</text>`,
  );
  for (const s of series) {
    if (s.points.length === 0) continue;
    const path = s.points.map(([i, v]) => `${px(i).toFixed(1)},${py(v).toFixed(1)}`).join(' ');
    out.push(
      `<polyline points="${path}" fill="none" stroke="${s.color}" stroke-width="2"` +
        `${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}><title>${s.label}</title></polyline>`,
    );
    if (!s.dash)
      for (const [i, v] of s.points)
        out.push(
          `<circle cx="${px(i).toFixed(1)}" cy="${py(v).toFixed(1)}" r="3" fill="${s.color}"/>`,
        );
  }
  return out.join('');
}

function unique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function round(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}
