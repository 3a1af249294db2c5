import { readdirSync, readFileSync } from "node:fs";

function parentOf(pid: string): string | null {
  try {
    // The command name may hold spaces and parentheses: the fields after its last ")" are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? null;
  } catch {
    return null;
  }
}

function rssKb(pid: string): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and everything it started (Linux /proc), in MB. */
export function treeRssMb(rootPid: number): number {
  const pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  const children = new Map<string, string[]>();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const queue = [String(rootPid)];
  while (queue.length) {
    const pid = queue.pop() as string;
    total += rssKb(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

/** Samples `treeRssMb` every `everyMs` until stopped; returns the peak. */
export function samplePeakRss(rootPid: number, everyMs = 25) {
  let peak = treeRssMb(rootPid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMb(rootPid));
  }, everyMs);
  return {
    stop(): number {
      clearInterval(timer);
      return Math.max(peak, treeRssMb(rootPid));
    },
  };
}
