/**
 * The part of two long texts that differs, with a little context: type bodies can run to kilobytes and a
 * message should show the change, not the shared beginning. Short texts are returned whole.
 */
export function changedRegion(before: string, after: string, context = 40, limit = 160): { before: string; after: string } {
  if (before.length <= limit && after.length <= limit) return { before, after };
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const from = Math.max(0, start - context);
  const cut = (text: string): string => {
    const to = Math.min(text.length, text.length - end + context);
    const middle = text.slice(from, to);
    const body = middle.length > limit ? `${middle.slice(0, limit - 1)}…` : middle;
    return `${from > 0 ? '…' : ''}${body}${to < text.length && middle.length <= limit ? '…' : ''}`;
  };
  return { before: cut(before), after: cut(after) };
}
