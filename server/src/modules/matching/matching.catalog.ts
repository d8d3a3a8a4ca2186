// The starting set of the skills catalogue (Horeca, cleaning, logistics, retail, care, construction, security,
// administration, IT) is written into the migration (0029_matching.sql) so that every installation has it; staff edit it.
// ESCO concept URIs are given there (and in 0035_matching_days.sql) only where they were checked, the others are left empty rather than guessed.

/** Approximate centre of each Brussels commune (by its first postal code), for travel distances. */
export const COMMUNE_CENTRES: Record<string, [number, number]> = {
  '1070': [50.8333, 4.3072],
  '1160': [50.8156, 4.4331],
  '1082': [50.8642, 4.295],
  '1000': [50.8467, 4.3525],
  '1040': [50.8333, 4.3897],
  '1140': [50.8711, 4.4028],
  '1190': [50.8103, 4.3194],
  '1083': [50.8711, 4.3097],
  '1050': [50.8275, 4.3697],
  '1090': [50.8778, 4.3253],
  '1081': [50.8625, 4.3286],
  '1080': [50.8547, 4.3294],
  '1060': [50.8272, 4.3456],
  '1210': [50.8536, 4.3736],
  '1030': [50.8675, 4.3772],
  '1180': [50.8, 4.3333],
  '1170': [50.7994, 4.4156],
  '1200': [50.8431, 4.4306],
  '1150': [50.8311, 4.4417],
  // the other postal codes of the City of Brussels
  '1020': [50.8889, 4.3533],
  '1120': [50.8947, 4.3897],
  '1130': [50.8889, 4.4172],
};

/** Distance in km between two Brussels postal codes (haversine), or null when one is unknown. */
export function kmBetween(a: string | null | undefined, b: string | null | undefined): number | null {
  const p = a ? COMMUNE_CENTRES[a] : undefined;
  const q = b ? COMMUNE_CENTRES[b] : undefined;
  if (!p || !q) return null;
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(q[0] - p[0]);
  const dLon = rad(q[1] - p[1]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(p[0])) * Math.cos(rad(q[0])) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
