import { isRemote } from './read-source.js';

/**
 * A URL as it may appear in a diagnostic: credentials (`user:pass@`) and the query string, where tokens
 * tend to live, are masked. File paths are shown as given.
 */
export function redactLocation(location: string): string {
  if (!isRemote(location)) return location;
  try {
    const url = new URL(location);
    if (url.username !== '' || url.password !== '') {
      url.username = '***';
      url.password = '';
    }
    if (url.search !== '') url.search = '?***';
    return url.href;
  } catch {
    return location;
  }
}
