import { registerCatalog } from '../../app/i18n';

export const observatoryCatalog = {
  fr: {
    dashboard: {
      title: 'Mes chiffres {{year}}', intro: 'Mois par mois, comparé à {{previous}}.', vs: '{{total}} (en {{previous}} : {{previousTotal}})', open: 'Voir le détail',
      series: { front_desk_visits: 'Visites à l’accueil', epn_visits: 'Visites à l’EPN', room_bookings: 'Locations de salles' }, projects: 'Projets en cours',
    },
    report: {
      nav: 'Rapport annuel', title: 'Rapport annuel {{year}}', cover: 'Rapport d’activités', organisation: 'Centrale de l’Emploi de la Ville de Bruxelles',
      generated: 'Établi le {{date}} à partir des données enregistrées dans Relais.', contents: 'Sommaire', introduction: 'Introduction', perspectives: 'Perspectives',
      comment: 'Commentaire', editText: 'Modifier le texte « {{section}} »', textLabel: 'Texte de la section « {{section}} »', empty: 'Aucune donnée enregistrée pour {{year}} : le rapport est vide.',
      figure: 'Indicateur', previous: '{{year}}', change: 'Évolution', print: 'Imprimer / PDF', peopleReached: 'Nombre de personnes touchées',
      noText: 'Pas encore de texte pour cette section.',
    },
    nav: { reach: 'Personnes touchées', projects: 'Projets' },
    reach: {
      people: 'Voir les personnes', peopleTitle: 'Personnes comptées : {{line}}', peopleCount: '{{count}} personne(s)', erased: 'Fiche effacée',
      // labels of the tracked lines (the activity modules' labelKey); the server's catalogs say the same for the exports
      epn: 'Fréquentation de l’EPN', front_desk: 'Accueil de première ligne (visites)', social_desk: 'Permanences sociales (entretiens individuels)', social_desk_site: 'Permanence partenaire', training: 'Formation',
      title: 'Personnes touchées en {{year}}', intro: 'Une ligne par activité, comme dans le rapport annuel. Chaque ligne dit ce qu’elle compte.',
      activity: 'Activité', unit: 'Ce qui est compté', value: 'Nombre', previous: '{{year}}', change: 'Évolution', origin: 'Origine',
      tracked: 'Calculé', manual: 'Encodé', source: 'Source : {{source}}', superseded: 'remplace le chiffre encodé ({{value}})',
      total: 'Total', distinct: 'Personnes distinctes sur toutes les activités suivies', distinctHelp: 'Une personne vue à l’accueil et en formation ne compte qu’une fois.',
      empty: 'Aucune donnée pour {{year}} : rien n’a été enregistré ni encodé pour cette année.', chartTitle: 'Personnes touchées par activité',
      openData: 'Données ouvertes (agrégats, valeurs < 5 masquées)',
      units: { distinct_people: 'personnes distinctes', participations: 'participations', head_count: 'comptage à l’entrée', external: 'outil externe' },
      byUnit: 'Dont {{value}} {{unit}}',
    },
    manual: {
      title: 'Chiffres encodés à la main', intro: 'Pour ce qui n’est pas suivi personne par personne (comptage à l’entrée d’un salon, statistiques du site web, abonnés).',
      key: 'Code de l’activité', label: 'Libellé', value: 'Nombre', unit: 'Ce que le nombre compte', source: 'Source', add: 'Enregistrer le chiffre',
      enteredBy: 'Encodé le {{date}}', remove: 'Supprimer le chiffre {{label}}',
    },
    projects: {
      title: 'Projets', new: 'Nouveau projet', name: 'Nom', funders: 'Financeurs', funderHelp: 'Séparés par des virgules', period: 'Période', start: 'Début', end: 'Fin',
      neighbourhood: 'Quartier', targetGroups: 'Publics cibles', description: 'Description', objectives: 'Objectifs', objective: 'Objectif', target: 'Cible',
      activityKey: 'Activité qui compte', addObjective: 'Ajouter un objectif', progress: 'Avancement au {{date}}', none: 'Aucun projet pour l’instant.',
      removeObjective: 'Retirer l’objectif {{n}}',
    },
  },
  nl: {
    dashboard: {
      title: 'Mijn cijfers {{year}}', intro: 'Maand per maand, vergeleken met {{previous}}.', vs: '{{total}} (in {{previous}}: {{previousTotal}})', open: 'Details bekijken',
      series: { front_desk_visits: 'Bezoeken aan het onthaal', epn_visits: 'Bezoeken aan de EPN', room_bookings: 'Zaalverhuringen' }, projects: 'Lopende projecten',
    },
    report: {
      nav: 'Jaarverslag', title: 'Jaarverslag {{year}}', cover: 'Activiteitenverslag', organisation: 'Centrale de l’Emploi van de Stad Brussel',
      generated: 'Opgesteld op {{date}} op basis van de gegevens in Relais.', contents: 'Inhoud', introduction: 'Inleiding', perspectives: 'Vooruitzichten',
      comment: 'Commentaar', editText: 'Tekst « {{section}} » wijzigen', textLabel: 'Tekst van de sectie « {{section}} »', empty: 'Geen gegevens voor {{year}}: het verslag is leeg.',
      figure: 'Indicator', previous: '{{year}}', change: 'Evolutie', print: 'Afdrukken / PDF', peopleReached: 'Aantal bereikte personen',
      noText: 'Nog geen tekst voor deze sectie.',
    },
    nav: { reach: 'Bereikte personen', projects: 'Projecten' },
    reach: {
      people: 'Personen bekijken', peopleTitle: 'Getelde personen: {{line}}', peopleCount: '{{count}} persoon/personen', erased: 'Gewiste fiche',
      // labels of the tracked lines (the activity modules' labelKey); the server's catalogs say the same for the exports
      epn: 'Bezoeken aan de EPN', front_desk: 'Eerstelijnsonthaal (bezoeken)', social_desk: 'Sociale permanenties (individuele gesprekken)', social_desk_site: 'Partnerpermanentie', training: 'Opleiding',
      title: 'Bereikte personen in {{year}}', intro: 'Eén regel per activiteit, zoals in het jaarverslag. Elke regel zegt wat hij telt.',
      activity: 'Activiteit', unit: 'Wat wordt geteld', value: 'Aantal', previous: '{{year}}', change: 'Evolutie', origin: 'Herkomst',
      tracked: 'Berekend', manual: 'Ingevoerd', source: 'Bron: {{source}}', superseded: 'vervangt het ingevoerde cijfer ({{value}})',
      total: 'Totaal', distinct: 'Verschillende personen over alle gevolgde activiteiten', distinctHelp: 'Wie aan het onthaal en in een opleiding kwam, telt één keer.',
      empty: 'Geen gegevens voor {{year}}: er werd voor dit jaar niets geregistreerd of ingevoerd.', chartTitle: 'Bereikte personen per activiteit',
      openData: 'Open data (totalen, waarden < 5 verborgen)',
      units: { distinct_people: 'verschillende personen', participations: 'deelnames', head_count: 'telling aan de ingang', external: 'externe tool' },
      byUnit: 'Waarvan {{value}} {{unit}}',
    },
    manual: {
      title: 'Handmatig ingevoerde cijfers', intro: 'Voor wat niet per persoon gevolgd wordt (telling aan de ingang van een beurs, websitestatistieken, volgers).',
      key: 'Code van de activiteit', label: 'Omschrijving', value: 'Aantal', unit: 'Wat het aantal telt', source: 'Bron', add: 'Cijfer opslaan',
      enteredBy: 'Ingevoerd op {{date}}', remove: 'Cijfer {{label}} verwijderen',
    },
    projects: {
      title: 'Projecten', new: 'Nieuw project', name: 'Naam', funders: 'Financiers', funderHelp: 'Gescheiden door komma’s', period: 'Periode', start: 'Begin', end: 'Einde',
      neighbourhood: 'Wijk', targetGroups: 'Doelgroepen', description: 'Beschrijving', objectives: 'Doelstellingen', objective: 'Doelstelling', target: 'Doel',
      activityKey: 'Activiteit die telt', addObjective: 'Doelstelling toevoegen', progress: 'Voortgang op {{date}}', none: 'Nog geen projecten.',
      removeObjective: 'Doelstelling {{n}} verwijderen',
    },
  },
  en: {
    dashboard: {
      title: 'My figures {{year}}', intro: 'Month by month, compared with {{previous}}.', vs: '{{total}} (in {{previous}}: {{previousTotal}})', open: 'See the details',
      series: { front_desk_visits: 'Front-desk visits', epn_visits: 'EPN visits', room_bookings: 'Room bookings' }, projects: 'Running projects',
    },
    report: {
      nav: 'Annual report', title: 'Annual report {{year}}', cover: 'Activity report', organisation: 'Centrale de l’Emploi of the City of Brussels',
      generated: 'Compiled on {{date}} from the data recorded in Relais.', contents: 'Contents', introduction: 'Introduction', perspectives: 'Outlook',
      comment: 'Comment', editText: 'Edit the text “{{section}}”', textLabel: 'Text of the section “{{section}}”', empty: 'No data recorded for {{year}}: the report is empty.',
      figure: 'Figure', previous: '{{year}}', change: 'Change', print: 'Print / PDF', peopleReached: 'Number of people reached',
      noText: 'No text for this section yet.',
    },
    nav: { reach: 'People reached', projects: 'Projects' },
    reach: {
      people: 'See the people', peopleTitle: 'People counted: {{line}}', peopleCount: '{{count}} person(s)', erased: 'Erased record',
      // labels of the tracked lines (the activity modules' labelKey); the server's catalogs say the same for the exports
      epn: 'Public digital space attendance', front_desk: 'Front desk (visits)', social_desk: 'Social desk (individual interviews)', social_desk_site: 'Partner desk', training: 'Training',
      title: 'People reached in {{year}}', intro: 'One line per activity, as in the annual report. Each line says what it counts.',
      activity: 'Activity', unit: 'What is counted', value: 'Number', previous: '{{year}}', change: 'Change', origin: 'Origin',
      tracked: 'Computed', manual: 'Entered', source: 'Source: {{source}}', superseded: 'replaces the entered figure ({{value}})',
      total: 'Total', distinct: 'Distinct people across all tracked activities', distinctHelp: 'Someone met at the desk and in a training counts once.',
      empty: 'No data for {{year}}: nothing was recorded or entered for this year.', chartTitle: 'People reached by activity',
      openData: 'Open data (aggregates, values < 5 hidden)',
      units: { distinct_people: 'distinct people', participations: 'participations', head_count: 'door count', external: 'outside tool' },
      byUnit: 'Of which {{value}} {{unit}}',
    },
    manual: {
      title: 'Figures entered by hand', intro: 'For what is not tracked person by person (door counts at a fair, website analytics, followers).',
      key: 'Activity code', label: 'Label', value: 'Number', unit: 'What the number counts', source: 'Source', add: 'Save the figure',
      enteredBy: 'Entered on {{date}}', remove: 'Delete the figure {{label}}',
    },
    projects: {
      title: 'Projects', new: 'New project', name: 'Name', funders: 'Funders', funderHelp: 'Separated by commas', period: 'Period', start: 'Start', end: 'End',
      neighbourhood: 'Neighbourhood', targetGroups: 'Target groups', description: 'Description', objectives: 'Objectives', objective: 'Objective', target: 'Target',
      activityKey: 'Activity that counts', addObjective: 'Add an objective', progress: 'Progress on {{date}}', none: 'No project yet.',
      removeObjective: 'Remove objective {{n}}',
    },
  },
};
registerCatalog('observatory', observatoryCatalog);
