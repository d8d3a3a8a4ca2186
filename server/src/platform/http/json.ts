/**
 * What a value becomes in a JSON answer: every `Date` an RFC 3339 string (UTC), deeply. Routes whose
 * services return rows with Dates pass them through `asJson` so that their Zod answer schemas (which
 * describe instants as strings, `instantOut`) validate them, and the types say what the client gets.
 */
export type Json<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

export function asJson<T>(value: T): Json<T> {
  return convert(value) as Json<T>;
}

function convert(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(convert);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = convert(x);
    return out;
  }
  return v;
}
