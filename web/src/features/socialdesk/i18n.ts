import { registerCatalog } from '../../app/i18n';

/** Strings of the social desk: interviews, follow-up, confidential notes, statistics. */
export const socialdeskCatalog = {
  fr: {
    nav: { interviews: 'Permanences sociales', stats: 'Statistiques sociales', categories: 'Problématiques sociales' },
    kind: { appointment: 'Rendez-vous', drop_in: 'Permanence', phone: 'Téléphone' },
    age: { under_25: 'Moins de 25 ans', '25_34': '25-34 ans', '35_44': '35-44 ans', '45_54': '45-54 ans', '55_plus': '55 ans et plus', unknown: 'Inconnu' },
    list: {
      title: 'Permanences sociales', new: 'Nouvel entretien', from: 'Du', to: 'Au', site: 'Site', allSites: 'Tous les sites', category: 'Problématique', allCategories: 'Toutes',
      date: 'Date', person: 'Personne', kind: 'Type', categories: 'Problématiques', next: 'Prochaine étape', none: 'Aucun entretien.', erased: 'Fiche effacée',
      confidential: 'Notes confidentielles', caption: 'Entretiens', open: 'Ouvrir l’entretien du {{date}} avec {{name}}',
    },
    form: {
      titleNew: 'Nouvel entretien', titleEdit: 'Modifier l’entretien', person: 'Personne', search: 'Rechercher une personne (nom, prénom)', results: 'Personnes trouvées',
      selected: '{{name}}', change: 'Changer', date: 'Date', site: 'Site', kind: 'Type d’entretien', categories: 'Problématiques (une ou plusieurs)', actions: 'Actions entreprises',
      referrals: 'Orientations vers des partenaires', nextStep: 'Prochaine étape', nextStepDate: 'Date de la prochaine étape', choosePerson: 'Choisissez la personne.',
      chooseCategory: 'Choisissez au moins une problématique.', confidentialHint: 'Les notes confidentielles s’ajoutent sur la page de l’entretien, une fois enregistré.',
    },
    detail: {
      title: 'Entretien du {{date}} – {{name}}', edit: 'Modifier', delete: 'Supprimer l’entretien', deleteConfirm: 'Supprimer cet entretien et ses notes ?', person: 'Voir la fiche de la personne',
      none: '—', referrals: 'Orientations', next: 'Prochaine étape',
    },
    notes: {
      title: 'Notes confidentielles', reserved: 'Cet entretien a des notes confidentielles, réservées à l’assistant·e social·e.', noneReserved: 'Pas de note confidentielle.',
      none: 'Pas encore de note.', add: 'Ajouter une note', body: 'Nouvelle note confidentielle', edit: 'Modifier la note', editLabel: 'Texte de la note', audited: 'Chaque lecture de ces notes est enregistrée dans le journal.',
      written: 'Écrite le {{date}}',
    },
    followup: {
      title: 'Suivi social', none: 'Pas de suivi ouvert.', open: 'Suivi ouvert depuis le {{date}}', closed: 'Suivi clôturé le {{date}}', first: 'Premier suivi commencé le {{date}} (nouvel arrivant de {{year}})',
      start: 'Ouvrir un suivi', startDate: 'Date de début', close: 'Clôturer le suivi', endDate: 'Date de fin', closingNote: 'Motif de clôture', reopen: 'Rouvrir le suivi',
    },
    stats: {
      title: 'Statistiques des permanences sociales {{year}}', year: 'Année', compare: 'Comparaison avec {{year}}', newArrivals: 'Nouveaux arrivants', newArrivalsHelp: 'Personnes dont le suivi a commencé pendant l’année.',
      byAge: 'Nouveaux arrivants selon la classe d’âge', bySex: 'Nouveaux arrivants selon le sexe', byStudy: 'Nouveaux arrivants selon le niveau d’études', byStatus: 'Nouveaux arrivants selon le statut professionnel',
      peopleSeen: 'Personnes reçues en entretien', interviews: 'Entretiens', peopleSeenAll: 'Personnes reçues en entretien (tous les sites)', interviewsAll: 'Entretiens (tous les sites)', bySite: 'Par site', byKind: 'Par type', categories: 'Problématiques', categoryInterviews: 'Entretiens', categoryPeople: 'Personnes',
      noShows: 'Rendez-vous manqués', noShowRate: 'Taux d’absence : {{rate}} ({{noShows}} sur {{known}})', noShowNone: 'Pas encore de rendez-vous clôturés.', yearValue: '{{year}} : {{value}}',
      figure: 'Chiffre', change: 'Évolution', open: 'Voir la liste : {{label}}', drill: 'Liste : {{label}} ({{count}})', close: 'Fermer la liste', born: 'Né·e en', start: 'Début du suivi',
      interviewsCount: 'Entretiens',
    },
    categories: {
      title: 'Problématiques sociales', intro: 'La liste proposée lors des entretiens. Une problématique désactivée n’est plus proposée mais reste dans les chiffres.', code: 'Code',
      labelFr: 'Libellé (FR)', labelNl: 'Libellé (NL)', labelEn: 'Libellé (EN)', order: 'Ordre', active: 'Active', add: 'Ajouter une problématique', deactivate: 'Désactiver {{label}}', activate: 'Réactiver {{label}}',
    },
    timeline: { socialdesk_interview: 'Entretien social', socialdesk_followup_start: 'Début du suivi social', socialdesk_followup_end: 'Fin du suivi social' },
  },
  nl: {
    nav: { interviews: 'Sociale permanenties', stats: 'Sociale statistieken', categories: 'Sociale problemen' },
    kind: { appointment: 'Afspraak', drop_in: 'Permanentie', phone: 'Telefoon' },
    age: { under_25: 'Jonger dan 25', '25_34': '25-34 jaar', '35_44': '35-44 jaar', '45_54': '45-54 jaar', '55_plus': '55 jaar en ouder', unknown: 'Onbekend' },
    list: {
      title: 'Sociale permanenties', new: 'Nieuw gesprek', from: 'Van', to: 'Tot', site: 'Vestiging', allSites: 'Alle vestigingen', category: 'Probleem', allCategories: 'Alle',
      date: 'Datum', person: 'Persoon', kind: 'Soort', categories: 'Problemen', next: 'Volgende stap', none: 'Geen gesprekken.', erased: 'Fiche gewist',
      confidential: 'Vertrouwelijke notities', caption: 'Gesprekken', open: 'Het gesprek van {{date}} met {{name}} openen',
    },
    form: {
      titleNew: 'Nieuw gesprek', titleEdit: 'Gesprek wijzigen', person: 'Persoon', search: 'Een persoon zoeken (naam, voornaam)', results: 'Gevonden personen',
      selected: '{{name}}', change: 'Wijzigen', date: 'Datum', site: 'Vestiging', kind: 'Soort gesprek', categories: 'Problemen (een of meer)', actions: 'Ondernomen acties',
      referrals: 'Doorverwijzingen naar partners', nextStep: 'Volgende stap', nextStepDate: 'Datum van de volgende stap', choosePerson: 'Kies de persoon.',
      chooseCategory: 'Kies minstens één probleem.', confidentialHint: 'Vertrouwelijke notities voegt u toe op de pagina van het gesprek, zodra het is opgeslagen.',
    },
    detail: {
      title: 'Gesprek van {{date}} – {{name}}', edit: 'Wijzigen', delete: 'Het gesprek verwijderen', deleteConfirm: 'Dit gesprek en zijn notities verwijderen?', person: 'De fiche van de persoon bekijken',
      none: '—', referrals: 'Doorverwijzingen', next: 'Volgende stap',
    },
    notes: {
      title: 'Vertrouwelijke notities', reserved: 'Dit gesprek heeft vertrouwelijke notities, voorbehouden aan de maatschappelijk werker.', noneReserved: 'Geen vertrouwelijke notitie.',
      none: 'Nog geen notitie.', add: 'Een notitie toevoegen', body: 'Nieuwe vertrouwelijke notitie', edit: 'De notitie wijzigen', editLabel: 'Tekst van de notitie', audited: 'Elke lezing van deze notities wordt in het logboek bijgehouden.',
      written: 'Geschreven op {{date}}',
    },
    followup: {
      title: 'Sociale begeleiding', none: 'Geen lopende begeleiding.', open: 'Begeleiding sinds {{date}}', closed: 'Begeleiding afgesloten op {{date}}', first: 'Eerste begeleiding gestart op {{date}} (nieuwkomer van {{year}})',
      start: 'Een begeleiding starten', startDate: 'Begindatum', close: 'De begeleiding afsluiten', endDate: 'Einddatum', closingNote: 'Reden van afsluiting', reopen: 'De begeleiding heropenen',
    },
    stats: {
      title: 'Statistieken van de sociale permanenties {{year}}', year: 'Jaar', compare: 'Vergelijking met {{year}}', newArrivals: 'Nieuwkomers', newArrivalsHelp: 'Personen van wie de begeleiding in het jaar begon.',
      byAge: 'Nieuwkomers per leeftijdsklasse', bySex: 'Nieuwkomers per geslacht', byStudy: 'Nieuwkomers per studieniveau', byStatus: 'Nieuwkomers per beroepsstatuut',
      peopleSeen: 'Personen ontvangen in gesprek', interviews: 'Gesprekken', peopleSeenAll: 'Personen ontvangen in gesprek (alle locaties)', interviewsAll: 'Gesprekken (alle locaties)', bySite: 'Per vestiging', byKind: 'Per soort', categories: 'Problemen', categoryInterviews: 'Gesprekken', categoryPeople: 'Personen',
      noShows: 'Gemiste afspraken', noShowRate: 'Afwezigheidsgraad: {{rate}} ({{noShows}} op {{known}})', noShowNone: 'Nog geen afgesloten afspraken.', yearValue: '{{year}}: {{value}}',
      figure: 'Cijfer', change: 'Evolutie', open: 'De lijst bekijken: {{label}}', drill: 'Lijst: {{label}} ({{count}})', close: 'De lijst sluiten', born: 'Geboren in', start: 'Begin van de begeleiding',
      interviewsCount: 'Gesprekken',
    },
    categories: {
      title: 'Sociale problemen', intro: 'De lijst die bij de gesprekken wordt voorgesteld. Een gedeactiveerd probleem wordt niet meer voorgesteld maar blijft in de cijfers.', code: 'Code',
      labelFr: 'Label (FR)', labelNl: 'Label (NL)', labelEn: 'Label (EN)', order: 'Volgorde', active: 'Actief', add: 'Een probleem toevoegen', deactivate: '{{label}} deactiveren', activate: '{{label}} heractiveren',
    },
    timeline: { socialdesk_interview: 'Sociaal gesprek', socialdesk_followup_start: 'Begin van de sociale begeleiding', socialdesk_followup_end: 'Einde van de sociale begeleiding' },
  },
  en: {
    nav: { interviews: 'Social desk', stats: 'Social desk figures', categories: 'Social problem categories' },
    kind: { appointment: 'Appointment', drop_in: 'Drop-in desk', phone: 'Phone' },
    age: { under_25: 'Under 25', '25_34': '25-34', '35_44': '35-44', '45_54': '45-54', '55_plus': '55 and over', unknown: 'Unknown' },
    list: {
      title: 'Social desk', new: 'New interview', from: 'From', to: 'To', site: 'Site', allSites: 'All sites', category: 'Problem', allCategories: 'All',
      date: 'Date', person: 'Person', kind: 'Kind', categories: 'Problems', next: 'Next step', none: 'No interviews.', erased: 'Record erased',
      confidential: 'Confidential notes', caption: 'Interviews', open: 'Open the interview of {{date}} with {{name}}',
    },
    form: {
      titleNew: 'New interview', titleEdit: 'Edit the interview', person: 'Person', search: 'Search a person (name, first name)', results: 'People found',
      selected: '{{name}}', change: 'Change', date: 'Date', site: 'Site', kind: 'Kind of interview', categories: 'Problems (one or more)', actions: 'Actions taken',
      referrals: 'Referrals to partners', nextStep: 'Next step', nextStepDate: 'Date of the next step', choosePerson: 'Pick the person.',
      chooseCategory: 'Pick at least one problem.', confidentialHint: 'Confidential notes are added on the interview page, once it is saved.',
    },
    detail: {
      title: 'Interview of {{date}} – {{name}}', edit: 'Edit', delete: 'Delete the interview', deleteConfirm: 'Delete this interview and its notes?', person: 'See the person’s record',
      none: '—', referrals: 'Referrals', next: 'Next step',
    },
    notes: {
      title: 'Confidential notes', reserved: 'This interview has confidential notes, reserved to the social worker.', noneReserved: 'No confidential note.',
      none: 'No note yet.', add: 'Add a note', body: 'New confidential note', edit: 'Edit the note', editLabel: 'Text of the note', audited: 'Every reading of these notes is written to the audit log.',
      written: 'Written on {{date}}',
    },
    followup: {
      title: 'Social follow-up', none: 'No open follow-up.', open: 'Follow-up open since {{date}}', closed: 'Follow-up closed on {{date}}', first: 'First follow-up started on {{date}} (new arrival of {{year}})',
      start: 'Open a follow-up', startDate: 'Start date', close: 'Close the follow-up', endDate: 'End date', closingNote: 'Reason for closing', reopen: 'Reopen the follow-up',
    },
    stats: {
      title: 'Social desk statistics {{year}}', year: 'Year', compare: 'Compared with {{year}}', newArrivals: 'New arrivals', newArrivalsHelp: 'People whose follow-up started during the year.',
      byAge: 'New arrivals by age class', bySex: 'New arrivals by sex', byStudy: 'New arrivals by study level', byStatus: 'New arrivals by professional status',
      peopleSeen: 'People seen in interviews', interviews: 'Interviews', peopleSeenAll: 'People seen in interviews (all sites)', interviewsAll: 'Interviews (all sites)', bySite: 'By site', byKind: 'By kind', categories: 'Problems', categoryInterviews: 'Interviews', categoryPeople: 'People',
      noShows: 'Missed appointments', noShowRate: 'No-show rate: {{rate}} ({{noShows}} of {{known}})', noShowNone: 'No closed appointments yet.', yearValue: '{{year}}: {{value}}',
      figure: 'Figure', change: 'Change', open: 'See the list: {{label}}', drill: 'List: {{label}} ({{count}})', close: 'Close the list', born: 'Born in', start: 'Follow-up start',
      interviewsCount: 'Interviews',
    },
    categories: {
      title: 'Social problem categories', intro: 'The list offered during interviews. A deactivated category is no longer offered but stays in the figures.', code: 'Code',
      labelFr: 'Label (FR)', labelNl: 'Label (NL)', labelEn: 'Label (EN)', order: 'Order', active: 'Active', add: 'Add a category', deactivate: 'Deactivate {{label}}', activate: 'Reactivate {{label}}',
    },
    timeline: { socialdesk_interview: 'Social interview', socialdesk_followup_start: 'Social follow-up started', socialdesk_followup_end: 'Social follow-up ended' },
  },
};

registerCatalog('socialdesk', socialdeskCatalog);
