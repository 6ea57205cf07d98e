import { describe, expect, it } from 'vitest';
import { isIdentifier, NameScope, typeName, valueName } from '../../../src/emit/naming.js';

describe('valueName', () => {
  it.each([
    ['fetchPatients', 'fetchPatients'],
    ['create_token', 'create_token'],
    ['get-pet by.ID', 'getPetByID'],
    ['2fast', '_2fast'],
    ['delete', 'delete_'],
    ['class', 'class_'],
    ['await', 'await_'],
    ['', 'operation'],
    ['*/', 'operation'],
    ['héllo wörld', 'helloWorld'],
    ['$dollar', '$dollar'],
    ['with space', 'withSpace'],
  ])('%j -> %j', (given, want) => {
    expect(valueName(given)).toBe(want);
    expect(isIdentifier(valueName(given)) || /_$/.test(valueName(given))).toBe(true);
  });
});

describe('typeName', () => {
  it.each([
    ['holder', 'Holder'],
    ['pet.model', 'PetModel'],
    ['FetchPatientsResponse', 'FetchPatientsResponse'],
    ['123', '_123'],
    ['snake_case_name', 'Snake_case_name'],
    ['kebab-case-name', 'KebabCaseName'],
    ['string', 'String'],
    ['</script>', 'Script'],
  ])('%j -> %j', (given, want) => {
    expect(typeName(given)).toBe(want);
  });
});

describe('NameScope', () => {
  it('suffixes collisions in claim order, case-insensitively', () => {
    const scope = new NameScope(['createClient']);
    expect(['getPet', 'GetPet', 'getPet', 'createClient', 'CreateClient'].map((n) => scope.claim(n))).toEqual([
      'getPet',
      'GetPet2',
      'getPet3',
      'createClient2',
      'CreateClient3',
    ]);
  });
});
