// CPU time of this process and of the node processes it launched, from /proc (Linux): where
// the CPU of a benchmark phase went. Elsewhere it reports nothing rather than guess.
import { readdirSync, readFileSync } from 'node:fs';

/** CPU milliseconds per process role ('client process', 'mix-1a', 'mixnet process', ...). */
export type CpuSnapshot = Map<string, number>;

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function childNodes(): Map<string, number> {
  const found = new Map<string, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return found;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) !== process.pid) continue; // field 4: the parent
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      // A node process names its node; a launcher with every node in it has no --node.
      const name = args.includes('--node')
        ? args[args.indexOf('--node') + 1]
        : args.some((arg) => arg.endsWith('mixnet.mjs'))
          ? 'mixnet process'
          : undefined;
      if (!name) continue;
      // Fields 14 and 15 (utime, stime), counted from field 3 here.
      const ticks = Number(fields[11]) + Number(fields[12]);
      found.set(name, (ticks * 1000) / TICKS_PER_SECOND);
    } catch {
      // The process ended meanwhile.
    }
  }
  return found;
}

export function cpuSnapshot(): CpuSnapshot {
  const usage = process.cpuUsage();
  const snapshot = childNodes();
  snapshot.set('client process', (usage.user + usage.system) / 1000);
  return snapshot;
}

/** CPU ms spent per role between two snapshots, summed over roles of the same kind. */
export function cpuByKind(before: CpuSnapshot, after: CpuSnapshot): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const [name, ms] of after) {
    const kind = name.startsWith('mix-')
      ? 'mix nodes'
      : name.startsWith('gateway')
        ? 'gateways'
        : name;
    kinds.set(kind, (kinds.get(kind) ?? 0) + ms - (before.get(name) ?? 0));
  }
  return kinds;
}
