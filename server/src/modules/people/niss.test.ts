import { describe, expect, it } from 'vitest';
import { isValidNiss, nissFor, normaliseNiss } from './niss';

describe('NISS check digits', () => {
  it('accepts a number born before 2000 and one born after, with or without punctuation', () => {
    // 850730 033 -> 97 - (850730033 mod 97) = 28
    expect(isValidNiss('85073003328')).toBe(true);
    expect(isValidNiss('85.07.30-033.28')).toBe(true);
    // 2000s: 97 - (2 010203 123 mod 97)
    const base = '010203123';
    const check = 97 - Number(BigInt('2' + base) % 97n);
    expect(isValidNiss(base + String(check).padStart(2, '0'))).toBe(true);
  });
  it('refuses a wrong check digit, wrong length or letters', () => {
    expect(isValidNiss('85073003329')).toBe(false);
    expect(isValidNiss('8507300332')).toBe(false);
    expect(isValidNiss('8507300332a')).toBe(false);
  });
  it('normalises what people type', () => {
    expect(normaliseNiss(' 85.07.30-033 28 ')).toBe('85073003328');
  });
});

describe('nissFor (fictional people for tests, benchmarks and imports)', () => {
  it('makes a number the check accepts, for people born before and from 2000', () => {
    for (const birth of ['1985-04-12', '1999-12-31', '2000-01-01', '2007-06-15'])
      for (const serial of [1, 123, 998]) {
        const n = nissFor(birth, serial);
        expect(n).toMatch(new RegExp(`^${birth.slice(2, 4)}${birth.slice(5, 7)}${birth.slice(8, 10)}\\d{5}$`));
        expect(isValidNiss(n)).toBe(true);
      }
  });
});
