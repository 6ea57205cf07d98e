/** The output folder cannot be written (refused, locked, or the file system said no); it is left as it was. */
export class OutputError extends Error {}

/** A file system failure as one line: the code and the path, never a stack. */
export function describeFsError(error: unknown): string {
  const { code, path, message } = error as { code?: string; path?: string; message?: string };
  if (code === undefined) return message ?? String(error);
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EXDEV: 'it is on another file system (a mount inside the output folder?)',
    EBUSY: 'it is busy or a mount point',
    ENOTDIR: 'a file is where a folder should be',
    EEXIST: 'something already exists there',
    ENOSPC: 'no space left on the device',
    EROFS: 'the file system is read-only',
  };
  return `${reasons[code] ?? code}${path === undefined ? '' : ` (${path})`}`;
}
