import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { OutputError } from './errors.js';

/**
 * One generate run per output folder at a time: two runs swapping the same folder would each carry the
 * user's files into their own temporary folder and lose some. The lock is a file beside the folder holding
 * the owner's pid; a lock whose process is gone (killed) is taken over.
 */
export function acquireLock(lockPath: string, target: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const owner = Number(readFileSafely(lockPath));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new OutputError(`another twine-codegen run (pid ${owner}) is writing ${target}; wait for it, or delete ${lockPath} if it is gone`);
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new OutputError(`cannot lock ${target}: ${lockPath} keeps reappearing`);
}

function readFileSafely(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
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
