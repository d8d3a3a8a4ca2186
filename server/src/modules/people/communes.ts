/** The 19 communes of the Brussels-Capital Region and their postal codes (French / Dutch names). */
export interface Commune {
  fr: string;
  nl: string;
  postalCodes: string[];
}

export const BRUSSELS_COMMUNES: Commune[] = [
  { fr: 'Anderlecht', nl: 'Anderlecht', postalCodes: ['1070'] },
  { fr: 'Auderghem', nl: 'Oudergem', postalCodes: ['1160'] },
  { fr: 'Berchem-Sainte-Agathe', nl: 'Sint-Agatha-Berchem', postalCodes: ['1082'] },
  { fr: 'Bruxelles', nl: 'Brussel', postalCodes: ['1000', '1020', '1120', '1130'] },
  { fr: 'Etterbeek', nl: 'Etterbeek', postalCodes: ['1040'] },
  { fr: 'Evere', nl: 'Evere', postalCodes: ['1140'] },
  { fr: 'Forest', nl: 'Vorst', postalCodes: ['1190'] },
  { fr: 'Ganshoren', nl: 'Ganshoren', postalCodes: ['1083'] },
  { fr: 'Ixelles', nl: 'Elsene', postalCodes: ['1050'] },
  { fr: 'Jette', nl: 'Jette', postalCodes: ['1090'] },
  { fr: 'Koekelberg', nl: 'Koekelberg', postalCodes: ['1081'] },
  { fr: 'Molenbeek-Saint-Jean', nl: 'Sint-Jans-Molenbeek', postalCodes: ['1080'] },
  { fr: 'Saint-Gilles', nl: 'Sint-Gillis', postalCodes: ['1060'] },
  { fr: 'Saint-Josse-ten-Noode', nl: 'Sint-Joost-ten-Node', postalCodes: ['1210'] },
  { fr: 'Schaerbeek', nl: 'Schaarbeek', postalCodes: ['1030'] },
  { fr: 'Uccle', nl: 'Ukkel', postalCodes: ['1180'] },
  { fr: 'Watermael-Boitsfort', nl: 'Watermaal-Bosvoorde', postalCodes: ['1170'] },
  { fr: 'Woluwe-Saint-Lambert', nl: 'Sint-Lambrechts-Woluwe', postalCodes: ['1200'] },
  { fr: 'Woluwe-Saint-Pierre', nl: 'Sint-Pieters-Woluwe', postalCodes: ['1150'] },
];

/** The Brussels commune of a postal code, or undefined when the code is outside the Region. */
export function communeOfPostalCode(postalCode: string): Commune | undefined {
  return BRUSSELS_COMMUNES.find((c) => c.postalCodes.includes(postalCode));
}
