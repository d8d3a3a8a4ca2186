/**
 * Belgian national register number (NISS / INSZ): 11 digits, YYMMDD + serial (3) + check (2).
 * The check is 97 - (first 9 digits mod 97); for people born from 2000 on, a 2 is put before the
 * 9 digits. Dots, dashes and spaces as typed (85.07.30-033.28) are accepted and dropped.
 */
export function normaliseNiss(input: string): string {
  return input.replace(/[\s.\-/]/g, '');
}

export function isValidNiss(input: string): boolean {
  const n = normaliseNiss(input);
  if (!/^\d{11}$/.test(n)) return false;
  const base = n.slice(0, 9);
  const check = Number(n.slice(9));
  const before2000 = 97 - Number(BigInt(base) % 97n);
  const from2000 = 97 - Number(BigInt('2' + base) % 97n);
  return check === before2000 || check === from2000;
}
