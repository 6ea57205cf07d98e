import { describe, expect, it } from 'vitest';
import { changedRegion } from '../../../src/diff/text/changed-region.js';

const long = (middle: string) => `${'a'.repeat(200)}${middle}${'z'.repeat(200)}`;

describe('changedRegion', () => {
  it.each([
    ['short texts whole', 'type A = string', 'type A = number', 'type A = string', 'type A = number'],
    // The shared prefix runs through 'limit?:number', so 40 characters of context reach back into the a's by 27.
    ['a change deep in a long text, with context', long('limit?:number'), long('limit?:number;cursor?:string'), `…${'a'.repeat(27)}limit?:number${'z'.repeat(40)}…`, `…${'a'.repeat(27)}limit?:number;cursor?:string${'z'.repeat(40)}…`],
  ])('%s', (_, before, after, wantBefore, wantAfter) => {
    expect(changedRegion(before, after)).toEqual({ before: wantBefore, after: wantAfter });
  });

  it('never returns more than the limit plus its ellipses', () => {
    const r = changedRegion('x'.repeat(500), 'y'.repeat(500));
    expect(r.before.length).toBeLessThanOrEqual(162);
    expect(r.before).not.toEqual(r.after);
  });
});
