// From one setting's raw run to its row of figures.
import { analyzeRun } from './analyze.js';
import { clientPacketsPerSecond, type GridOptions } from './grid.js';
import { latencyFigures, type CellFigures } from './report.js';
import type { CellRun } from './run-cell.js';
import { isClient, type TraceEvent } from './trace.js';

/**
 * Scores a run. Messages reaching the server are told from the acks of its replies by size,
 * as anyone watching the server's link can: `messageBytes` is a delivered message's frame.
 */
export function cellFigures(run: CellRun, options: GridOptions, messageBytes: number): CellFigures {
  const { window, plan } = run;
  const inWindow = (event: TraceEvent) => event.at >= window.from && event.at <= window.to;
  const clientPackets = run.trace.filter(
    (event) => inWindow(event) && isClient(run.roles, event.from),
  ).length;
  const seconds = (window.to - window.from) / 1000;
  // Messages and replies both happen (almost) all within the window.
  const realPackets = run.sent + run.replies;
  const expected = clientPacketsPerSecond(plan, options) * seconds;
  return {
    ...analyzeRun({
      trace: run.trace,
      roles: run.roles,
      server: run.server,
      isMessage: (event) => event.bytes === messageBytes,
      window,
      corrupt: run.corrupt,
    }),
    ...latencyFigures(run.latencies),
    plan,
    overhead: (clientPackets - realPackets) / realPackets,
    keptUp: clientPackets / expected,
    realSeconds: run.realSeconds,
  };
}
