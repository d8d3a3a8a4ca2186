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

/**
 * A valid NISS for a birth date (YYYY-MM-DD) and a serial number (odd for men, even for women in the register;
 * any here): what tests, benchmarks and imports of fictional people need. Born from 2000 on, the check counts the 2.
 */
export function nissFor(birthDate: string, serial: number): string {
  const base = `${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${String(serial % 1000).padStart(3, '0')}`;
  const counted = birthDate >= '2000' ? `2${base}` : base;
  return base + String(97 - Number(BigInt(counted) % 97n)).padStart(2, '0');
}
