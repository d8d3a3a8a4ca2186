/** The 19 communes of the Brussels-Capital Region (French / Dutch names), for the taker's optional commune. */
export const BRUSSELS_COMMUNES: { fr: string; nl: string }[] = [
  { fr: 'Anderlecht', nl: 'Anderlecht' }, { fr: 'Auderghem', nl: 'Oudergem' }, { fr: 'Berchem-Sainte-Agathe', nl: 'Sint-Agatha-Berchem' }, { fr: 'Bruxelles', nl: 'Brussel' },
  { fr: 'Etterbeek', nl: 'Etterbeek' }, { fr: 'Evere', nl: 'Evere' }, { fr: 'Forest', nl: 'Vorst' }, { fr: 'Ganshoren', nl: 'Ganshoren' }, { fr: 'Ixelles', nl: 'Elsene' },
  { fr: 'Jette', nl: 'Jette' }, { fr: 'Koekelberg', nl: 'Koekelberg' }, { fr: 'Molenbeek-Saint-Jean', nl: 'Sint-Jans-Molenbeek' }, { fr: 'Saint-Gilles', nl: 'Sint-Gillis' },
  { fr: 'Saint-Josse-ten-Noode', nl: 'Sint-Joost-ten-Node' }, { fr: 'Schaerbeek', nl: 'Schaarbeek' }, { fr: 'Uccle', nl: 'Ukkel' }, { fr: 'Watermael-Boitsfort', nl: 'Watermaal-Bosvoorde' },
  { fr: 'Woluwe-Saint-Lambert', nl: 'Sint-Lambrechts-Woluwe' }, { fr: 'Woluwe-Saint-Pierre', nl: 'Sint-Pieters-Woluwe' },
];
