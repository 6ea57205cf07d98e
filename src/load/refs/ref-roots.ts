import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isRemote } from '../read-source.js';
import { redactLocation } from '../redact-location.js';

/**
 * One place the user allowed `$ref`s to read beyond the spec's own folder (`--allow-refs-from`, the config's
 * `allowRefsFrom`): an absolute folder, or an http(s) URL prefix. The loader refuses everything else, so a
 * spec under review reads only what the repository's config or the pipeline's command line names.
 */
export type RefRoot = { readonly folder: string } | { readonly urlPrefix: URL };

/** `entry` as the user wrote it, resolved against `baseDir` (the working folder, or the config file's). */
export function parseRefRoot(entry: string, baseDir: string): { readonly root: RefRoot } | { readonly problem: string } {
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(entry) && !isRemote(entry)) {
    return { problem: `${JSON.stringify(entry)} is neither a folder nor an http(s) URL` };
  }
  if (isRemote(entry)) {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      return { problem: `${JSON.stringify(redactLocation(entry))} is not a valid URL` };
    }
    // A prefix ends at a path segment; its query or fragment would never match a $ref's file.
    if (url.search !== '' || url.hash !== '') return { problem: `${redactLocation(entry)}: a URL prefix takes no query or fragment` };
    return { root: { urlPrefix: url } };
  }
  const folder = resolve(baseDir, entry);
  try {
    if (statSync(folder).isDirectory()) return { root: { folder } };
  } catch {
    return { problem: `${JSON.stringify(entry)} does not exist (resolved to ${folder})` };
  }
  return { problem: `${JSON.stringify(entry)} is not a folder (resolved to ${folder})` };
}

/**
 * Whether `url` lies under `prefix`: same origin, and the same path or one below it segment by segment, so
 * `https://host/schemas` allows `https://host/schemas/pet.yaml` but not `https://host/schemas-old/pet.yaml`.
 * (`new URL` has already resolved `..` segments, so they cannot climb out.)
 */
export function isUnderUrlPrefix(url: URL, prefix: URL): boolean {
  if (url.origin !== prefix.origin || url.username !== prefix.username || url.password !== prefix.password) return false;
  const base = prefix.pathname.endsWith('/') ? prefix.pathname : `${prefix.pathname}/`;
  return url.pathname === prefix.pathname || url.pathname.startsWith(base);
}
