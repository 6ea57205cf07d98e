import { linkSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { hostname } from 'node:os';
import { OutputError } from './errors.js';

/**
 * One generate run per output folder at a time: two runs replacing the same files would mix their output.
 * The lock is a file created exclusively (`wx`), naming its owner: pid, host, pid namespace and (where
 * /proc tells) the process's start time. A lock is taken over only when it is provably stale: its owner ran
 * on this host, in this pid namespace, and is gone, or its pid now belongs to a process started at another
 * time (the pid was reused), or (for an owner this process cannot see, such as another container on a
 * shared volume) it is older than STALE_AFTER_MS; a run holds it for the second or so the swap takes.
 */
const STALE_AFTER_MS = 10 * 60_000;

export function acquireLock(lockPath: string, target: string): () => void {
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), ns: pidNamespace(), start: startTime(process.pid) });
  // The lock appears with its content in one step (a hard link to a file already written), so no run ever
  // sees an empty lock; a run killed before the link leaves only its own `-<pid>` file, removed below.
  const draft = `${lockPath}-${process.pid}`;
  for (let attempt = 0; attempt < 3; attempt++) {
    writeFileSync(draft, mine);
    try {
      linkSync(draft, lockPath);
      removeDrafts(lockPath);
      return () => {
        // Only our own lock: never a lock another run took after declaring ours stale.
        if (readText(lockPath) === mine) rmSync(lockPath, { force: true });
      };
    } catch (error) {
      const code = (error as { code?: string }).code;
      // ENOENT: the lock's new holder removed our draft as a stray; try again (and meet its lock).
      if (code === 'ENOENT') continue;
      if (code !== 'EEXIST') throw error;
    } finally {
      rmSync(draft, { force: true });
    }
    const seen = readText(lockPath);
    if (!isStale(lockPath, seen)) {
      throw new OutputError(`another twine-codegen run (${describeOwner(seen)}) is writing ${target}; wait for it, or delete ${lockPath} if that run is gone`);
    }
    takeOver(lockPath, seen);
  }
  throw new OutputError(`cannot lock ${target}: ${lockPath} keeps coming back`);
}

/**
 * Moves a stale lock aside atomically and checks that the file moved is the one judged stale; if another
 * run replaced it in between, that run's lock is put back (when its name is still free).
 */
function takeOver(lockPath: string, seen: string): void {
  const aside = `${lockPath}.stale-${process.pid}-${Date.now().toString(36)}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return; // gone already: the next attempt creates it
  }
  if (readText(aside) !== seen) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // a third run holds the name now; it keeps it
    }
  }
  rmSync(aside, { force: true });
}

/** Drafts of runs killed before they linked theirs; the lock's holder removes them. */
function removeDrafts(lockPath: string): void {
  const folder = dirname(lockPath);
  const prefix = `${basename(lockPath)}-`;
  for (const name of readdirSync(folder)) if (name.startsWith(prefix)) rmSync(join(folder, name), { force: true });
}

function isStale(lockPath: string, text: string): boolean {
  const age = ageMs(lockPath);
  if (age === undefined) return true;
  let owner: { pid?: unknown; host?: unknown; ns?: unknown; start?: unknown };
  try {
    owner = JSON.parse(text) as typeof owner;
  } catch {
    return age > STALE_AFTER_MS; // not ours to read (an edited or foreign file): only age can tell
  }
  const visible = owner.host === hostname() && owner.ns === pidNamespace() && typeof owner.pid === 'number';
  if (visible) {
    const pid = owner.pid as number;
    if (pid === process.pid) return false;
    if (!isAlive(pid)) return true;
    // Alive, but is it the owner? Only when the start times can be compared (Linux) do they decide.
    const start = startTime(pid);
    return typeof owner.start === 'string' && owner.start !== '' && start !== '' && owner.start !== start;
  }
  return age > STALE_AFTER_MS;
}

function describeOwner(text: string): string {
  try {
    const owner = JSON.parse(text) as { pid?: unknown; host?: unknown };
    return `pid ${String(owner.pid)} on ${String(owner.host)}`;
  } catch {
    return 'owner unreadable';
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function ageMs(path: string): number | undefined {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Pids are only comparable inside one pid namespace (containers have their own). */
function pidNamespace(): string {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return '';
  }
}

/** When a process started, in clock ticks since boot (field 22 of /proc/<pid>/stat); '' where unknown. */
export function startTime(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces or parentheses itself.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: string }).code === 'EPERM';
  }
}
