import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/load/parse-yaml.js';
import { YAML } from './locator-fixture.js';

describe('locate', () => {
  const { locate } = parseYaml(YAML);
  it.each([
    ['#', 1, 1],
    ['#/info', 2, 1],
    ['#/info/title', 3, 3],
    ['#/paths/~1a~1{id}/get', 6, 5],
    ['#/paths/~1a~1{id}/get/parameters/0', 8, 11],
    ['#/paths/~1a~1{id}/get/parameters/0/in', 9, 11],
    ['#/paths/~1a~1{id}/get/parameters/1/in', 10, 22],
    // A node that does not exist is located at its nearest existing ancestor.
    ['#/paths/~1a~1{id}/get/parameters/0/type', 8, 11],
    ['#/paths/~1a~1{id}/get/responses/200', 6, 5],
    ['#/paths/~1b', 4, 1],
    // Through an alias, positions are those of the anchored node.
    ['#/definitions/Copy/properties/id', 15, 7],
    ['#/definitions/Base~1x', 11, 1],
    ['not a pointer', undefined, undefined],
  ])('%s -> %s:%s', (pointer, line, column) => {
    expect(locate(pointer)).toEqual(line === undefined ? undefined : { line, column });
  });
});
