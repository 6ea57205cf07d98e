// Whole-process measurements for the benchmarks: wall time, CPU time and peak RSS of one child process.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';
export const HAS_GNU_TIME = existsSync(GNU_TIME);

/**
 * Runs `node ...args` and resolves with its wall time, CPU time (user + sys, from GNU time) and peak RSS.
 * Without /usr/bin/time, peak RSS comes from sampling /proc/<pid>/status VmHWM every 5 ms (a lower bound:
 * the last samples before exit can be missed) and CPU time is unknown.
 */
export async function measureNode(args, options = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const report = join(scratch, 'time.txt');
  const argv = HAS_GNU_TIME ? [GNU_TIME, '-f', '%e %U %S %M', '-o', report, process.execPath, ...args] : [process.execPath, ...args];
  const start = performance.now();
  const child = spawn(argv[0], argv.slice(1), { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  let sampledKiB = 0;
  const sampler = HAS_GNU_TIME ? undefined : setInterval(() => { sampledKiB = Math.max(sampledKiB, vmHwmKiB(child.pid)); }, 5);
  const status = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const wallMs = performance.now() - start;
  if (sampler !== undefined) clearInterval(sampler);
  let cpuMs = Number.NaN;
  let maxRssKiB = sampledKiB;
  if (HAS_GNU_TIME && existsSync(report)) {
    // GNU time prefixes "Command exited with non-zero status N" on failure; the figures are the last line.
    const fields = readFileSync(report, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    cpuMs = (fields[1] + fields[2]) * 1000;
    maxRssKiB = fields[3];
  }
  rmSync(scratch, { recursive: true, force: true });
  return { status, wallMs, cpuMs, maxRssKiB, stderr };
}

function vmHwmKiB(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process has just exited
  }
}

/** Median; for an even count, the mean of the two middle values. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
