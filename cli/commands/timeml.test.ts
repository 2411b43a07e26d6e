import { describe, expect, it } from 'vitest';
import { outputName } from './timeml.ts';

describe('outputName', () => {
  it('drops the TempEval-3 .TE3input suffix', () => {
    expect(outputName('ABC19980108.1830.0711.tml.TE3input')).toBe('ABC19980108.1830.0711.tml');
  });
  it('keeps any other name', () => {
    expect(outputName('APW19980219.0476.tml')).toBe('APW19980219.0476.tml');
  });
});
