import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createObservations, normalizeDecimal, observations } from '../index.js';

const read = (value: string) => [...observations(createObservations().add({ board: 'A', indicator: 'export_value', month: '2017-01', value }).build())][0]?.value;

describe('the observation store reads every decimal exactly', () => {
  it.each([
    ['0', '0'],
    ['-0', '0'],
    ['5.', '5'],
    ['.5', '0.5'],
    ['-.5', '-0.5'],
    ['00000000000000012', '12'],
    ['123456789012345', '123456789012345'],
    ['1234567890123456', '1234567890123456'],
    ['0.000000000000001', '0.000000000000001'],
    ['-12.345', '-12.345'],
    ['1e5', '100000'],
    ['9007199254740993', '9007199254740993'],
  ])('%s reads as %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each(['', '-', '.', '-.', '1.2.3', '12a', '1,5', ' 1', 'NaN', 'Infinity'])('refuses %j', (text) => {
    expect(() => read(text)).toThrowError(expect.objectContaining({ code: 'invalid-observation' }) as Error);
  });

  it('stores what it was given (property over plain decimal text, fast and general paths)', () => {
    const text = fc
      .tuple(fc.constantFrom('', '-'), fc.stringMatching(/^[0-9]{0,20}$/), fc.option(fc.stringMatching(/^[0-9]{0,20}$/), { nil: undefined }))
      .filter(([, a, b]) => a.length + (b ?? '').length > 0)
      .map(([sign, a, b]) => `${sign}${a}${b === undefined ? '' : `.${b}`}`);
    fc.assert(
      fc.property(text, (t) => {
        expect(read(t)).toBe(normalizeDecimal(t));
      }),
      { numRuns: 2000 },
    );
  });
});
