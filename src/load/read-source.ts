import { readFile, stat } from 'node:fs/promises';

/** The text of a spec (or of a file it refers to), or why it could not be read. */
export type SourceText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Far above any real spec (the largest Twine spec is 0.2 MB), low enough that a wrong file fails fast. */
const MAX_BYTES = 64 * 1024 * 1024;

export function isRemote(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** Reads a local file or fetches an http(s) URL; every failure is a reason for the user, never a throw. */
export async function readSource(location: string): Promise<SourceText> {
  const bytes = isRemote(location) ? await fetchBytes(location) : await readFileBytes(location);
  return 'reason' in bytes ? { ok: false, reason: bytes.reason } : decodeText(bytes.data);
}

type Bytes = { data: Uint8Array } | { reason: string };

async function readFileBytes(path: string): Promise<Bytes> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { reason: 'is a directory, not a spec file' };
    if (!info.isFile()) return { reason: 'is not a regular file' };
    if (info.size > MAX_BYTES) return { reason: `is too large (${info.size} bytes; the limit is ${MAX_BYTES})` };
    return { data: await readFile(path) };
  } catch (error) {
    return { reason: fileErrorReason(error) };
  }
}

function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${code ?? String(error)})`;
}

async function fetchBytes(url: string): Promise<Bytes> {
  try {
    const response = await fetch(url, { redirect: 'follow' });
    if (!response.ok) return { reason: `could not be fetched (HTTP ${response.status})` };
    const data = new Uint8Array(await response.arrayBuffer());
    if (data.byteLength > MAX_BYTES) return { reason: `is too large (${data.byteLength} bytes)` };
    return { data };
  } catch (error) {
    // The cause names the network failure (refused, DNS); the URL itself is already in the diagnostic.
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { reason: `could not be fetched (${cause ?? 'network error'})` };
  }
}

/** UTF-8 only: YAML 1.2 and JSON are Unicode text, and a NUL byte means the user pointed at a binary. */
export function decodeText(data: Uint8Array): SourceText {
  if (data.includes(0)) return { ok: false, reason: 'is a binary file (it contains NUL bytes), not YAML or JSON' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return { ok: false, reason: 'is not valid UTF-8 text' };
  }
  if (text.trim() === '') return { ok: false, reason: 'is empty' };
  return { ok: true, text };
}
