/**
 * The Belgian profile of the directory: the 19 communes of the Brussels-Capital Region by 4-digit postcode,
 * with their NIS code (Statbel) and their French and Dutch names. A postcode outside Brussels gives no commune.
 */
export interface Commune {
  nis: string;
  fr: string;
  nl: string;
}
const C = (nis: string, fr: string, nl: string): Commune => ({ nis, fr, nl });
const BRUSSELS = C('21004', 'Bruxelles', 'Brussel');
export const COMMUNES_BY_POSTCODE: Record<string, Commune> = {
  '1000': BRUSSELS,
  '1020': BRUSSELS,
  '1120': BRUSSELS,
  '1130': BRUSSELS,
  '1030': C('21015', 'Schaerbeek', 'Schaarbeek'),
  '1040': C('21005', 'Etterbeek', 'Etterbeek'),
  '1050': C('21009', 'Ixelles', 'Elsene'),
  '1060': C('21013', 'Saint-Gilles', 'Sint-Gillis'),
  '1070': C('21001', 'Anderlecht', 'Anderlecht'),
  '1080': C('21012', 'Molenbeek-Saint-Jean', 'Sint-Jans-Molenbeek'),
  '1081': C('21011', 'Koekelberg', 'Koekelberg'),
  '1082': C('21003', 'Berchem-Sainte-Agathe', 'Sint-Agatha-Berchem'),
  '1083': C('21008', 'Ganshoren', 'Ganshoren'),
  '1090': C('21010', 'Jette', 'Jette'),
  '1140': C('21006', 'Evere', 'Evere'),
  '1150': C('21019', 'Woluwe-Saint-Pierre', 'Sint-Pieters-Woluwe'),
  '1160': C('21002', 'Auderghem', 'Oudergem'),
  '1170': C('21017', 'Watermael-Boitsfort', 'Watermaal-Bosvoorde'),
  '1180': C('21016', 'Uccle', 'Ukkel'),
  '1190': C('21007', 'Forest', 'Vorst'),
  '1200': C('21018', 'Woluwe-Saint-Lambert', 'Sint-Lambrechts-Woluwe'),
  '1210': C('21014', 'Saint-Josse-ten-Noode', 'Sint-Joost-ten-Node'),
};
export const communeOf = (postalCode: string | null | undefined): Commune | null => (postalCode ? (COMMUNES_BY_POSTCODE[postalCode.trim()] ?? null) : null);
/** The communes, once each, sorted by their French name. */
export const COMMUNES: Commune[] = [...new Map(Object.values(COMMUNES_BY_POSTCODE).map((c) => [c.nis, c])).values()].sort((a, b) => a.fr.localeCompare(b.fr, 'fr'));

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
/** Opening periods (ISO weekday, HH:MM) in OpenStreetMap's opening_hours syntax: "Mo,Tu 08:30-12:30,13:30-16:00; We 08:30-12:30". */
export function osmOpeningHours(periods: { weekday: number; from: string; to: string }[]): string | null {
  if (!periods.length) return null;
  const byDay = new Map<number, string>();
  for (let d = 1; d <= 7; d++) {
    const spans = periods.filter((p) => p.weekday === d).sort((a, b) => a.from.localeCompare(b.from)).map((p) => `${p.from}-${p.to}`);
    if (spans.length) byDay.set(d, spans.join(','));
  }
  const groups: { days: number[]; spans: string }[] = [];
  for (const [d, spans] of byDay) {
    const g = groups.find((x) => x.spans === spans);
    if (g) g.days.push(d);
    else groups.push({ days: [d], spans });
  }
  const daysText = (days: number[]) => {
    const parts: string[] = [];
    for (let i = 0; i < days.length; i++) {
      let j = i;
      while (j + 1 < days.length && days[j + 1] === days[j] + 1) j++;
      parts.push(j - i >= 2 ? `${DAYS[days[i] - 1]}-${DAYS[days[j] - 1]}` : days.slice(i, j + 1).map((x) => DAYS[x - 1]).join(','));
      i = j;
    }
    return parts.join(',');
  };
  return groups.map((g) => `${daysText(g.days)} ${g.spans}`).join('; ');
}
