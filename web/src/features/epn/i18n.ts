import { registerCatalog } from '../../app/i18n';

/** Strings of the public digital space (EPN). */
export const epnCatalog = {
  fr: {
    nav: { board: 'Espace numérique (EPN)', stats: 'Statistiques EPN', settings: 'Réglages EPN' },
    board: {
      title: 'Espace public numérique',
      open: 'Ouvert', closed: 'Fermé', today: '{{count}} visite aujourd’hui', today_other: '{{count}} visites aujourd’hui',
      hours: 'Heures d’ouverture aujourd’hui : {{hours}}', noHours: 'Pas d’ouverture aujourd’hui',
      workstations: 'Postes', free: 'Libre', in_use: 'Occupé', out_of_order: 'Hors service',
      since: 'depuis {{time}} ({{minutes}} min)', anonymous: 'Visiteur anonyme', checkOut: 'Terminer la visite',
      checkOutOf: 'Terminer la visite au poste {{name}}', waiting: 'File d’attente', noWaiting: 'Personne n’attend.',
      seat: 'Donner un poste', seatLabel: 'Donner un poste à {{name}}', waitingFor: 'attend depuis {{minutes}} min', position: 'n° {{n}}',
      checkedIn: 'Visite enregistrée.', queued: 'Aucun poste libre : la personne est dans la file d’attente.',
    },
    checkin: {
      title: 'Enregistrer une arrivée', who: 'Visiteur', anonymous: 'Anonyme (sexe et âge seulement)', person: 'Personne du registre',
      search: 'Rechercher une personne', pick: 'Choisir {{name}}', picked: 'Personne choisie : {{name}}', change: 'Changer',
      gender: 'Sexe', ageBracket: 'Tranche d’âge', label: 'Repère sur le tableau (facultatif)', workstation: 'Poste',
      firstFree: 'Premier poste libre', help: 'Aide apportée', submit: 'Enregistrer l’arrivée',
    },
    gender: { F: 'Femme', M: 'Homme', X: 'X', unknown: 'Non précisé' },
    age: { under_20: 'Moins de 20 ans', '20_30': '20 à 30 ans', '30_40': '30 à 40 ans', '40_50': '40 à 50 ans', '50_60': '50 à 60 ans', '60_plus': '60 ans et plus', unknown: 'Inconnue' },
    help: {
      e_guichet: 'E-guichet de la commune', unemployment_stamping: 'Pointage de chômage numérique', temp_contract_signing: 'Signature de contrat intérim',
      cv_job_search: 'CV et recherche d’emploi', tax_on_web: 'Tax-on-web', pc_banking: 'PC banking', pension: 'Dossier de pension',
      student_at_work: 'Student@work', video_interview: 'Entretien vidéo', individual_coaching: 'Coaching individuel', other: 'Autre',
    },
    stats: {
      title: 'Statistiques de l’EPN {{year}}', visits: 'Fréquentation (visites)', distinctPeople: 'Personnes identifiées distinctes',
      anonymousVisits: 'Visites anonymes', coaching: 'Coaching individuel', autoClosed: 'Visites clôturées automatiquement',
      perMonth: 'Visites par mois', month: 'Mois', bySex: 'Visites par sexe', sex: 'Sexe', byAge: 'Tranches d’âge des utilisateurs',
      ageBracket: 'Tranche d’âge', byHelp: 'Aide apportée', helpKind: 'Type d’aide', count: 'Visites', distinctHelp: 'Une personne venue plusieurs fois compte une fois ; les visites anonymes ne sont pas des personnes distinctes.',
    },
    settings: {
      title: 'Réglages de l’EPN', workstations: 'Postes', name: 'Nom du poste', add: 'Ajouter le poste', state: 'État',
      markOut: 'Mettre {{name}} hors service', markOk: 'Remettre {{name}} en service', note: 'Remarque', helpKinds: 'Types d’aide',
      newHelp: 'Nouveau type d’aide', addHelp: 'Ajouter le type d’aide', deactivate: 'Désactiver {{name}}', activate: 'Réactiver {{name}}', inactive: 'inactif',
    },
  },
  nl: {
    nav: { board: 'Digitale ruimte (OCR)', stats: 'OCR-statistieken', settings: 'OCR-instellingen' },
    board: {
      title: 'Openbare computerruimte',
      open: 'Open', closed: 'Gesloten', today: '{{count}} bezoek vandaag', today_other: '{{count}} bezoeken vandaag',
      hours: 'Openingsuren vandaag: {{hours}}', noHours: 'Vandaag gesloten',
      workstations: 'Werkposten', free: 'Vrij', in_use: 'Bezet', out_of_order: 'Buiten gebruik',
      since: 'sinds {{time}} ({{minutes}} min)', anonymous: 'Anonieme bezoeker', checkOut: 'Bezoek beëindigen',
      checkOutOf: 'Bezoek aan werkpost {{name}} beëindigen', waiting: 'Wachtrij', noWaiting: 'Niemand wacht.',
      seat: 'Werkpost geven', seatLabel: 'Een werkpost geven aan {{name}}', waitingFor: 'wacht sinds {{minutes}} min', position: 'nr. {{n}}',
      checkedIn: 'Bezoek geregistreerd.', queued: 'Geen vrije werkpost: de persoon staat in de wachtrij.',
    },
    checkin: {
      title: 'Aankomst registreren', who: 'Bezoeker', anonymous: 'Anoniem (enkel geslacht en leeftijd)', person: 'Persoon uit het register',
      search: 'Een persoon zoeken', pick: '{{name}} kiezen', picked: 'Gekozen persoon: {{name}}', change: 'Wijzigen',
      gender: 'Geslacht', ageBracket: 'Leeftijdsklasse', label: 'Herkenningsteken op het bord (facultatief)', workstation: 'Werkpost',
      firstFree: 'Eerste vrije werkpost', help: 'Geboden hulp', submit: 'Aankomst registreren',
    },
    gender: { F: 'Vrouw', M: 'Man', X: 'X', unknown: 'Niet opgegeven' },
    age: { under_20: 'Jonger dan 20', '20_30': '20 tot 30 jaar', '30_40': '30 tot 40 jaar', '40_50': '40 tot 50 jaar', '50_60': '50 tot 60 jaar', '60_plus': '60 jaar en ouder', unknown: 'Onbekend' },
    help: {
      e_guichet: 'E-loket van de gemeente', unemployment_stamping: 'Digitale stempelkaart', temp_contract_signing: 'Interimcontract ondertekenen',
      cv_job_search: 'Cv en werk zoeken', tax_on_web: 'Tax-on-web', pc_banking: 'PC-banking', pension: 'Pensioendossier',
      student_at_work: 'Student@work', video_interview: 'Videosollicitatie', individual_coaching: 'Individuele coaching', other: 'Andere',
    },
    stats: {
      title: 'OCR-statistieken {{year}}', visits: 'Bezoeken', distinctPeople: 'Verschillende geïdentificeerde personen',
      anonymousVisits: 'Anonieme bezoeken', coaching: 'Individuele coaching', autoClosed: 'Automatisch afgesloten bezoeken',
      perMonth: 'Bezoeken per maand', month: 'Maand', bySex: 'Bezoeken per geslacht', sex: 'Geslacht', byAge: 'Leeftijdsklassen van de gebruikers',
      ageBracket: 'Leeftijdsklasse', byHelp: 'Geboden hulp', helpKind: 'Soort hulp', count: 'Bezoeken', distinctHelp: 'Wie meermaals kwam, telt één keer; anonieme bezoeken zijn geen verschillende personen.',
    },
    settings: {
      title: 'OCR-instellingen', workstations: 'Werkposten', name: 'Naam van de werkpost', add: 'Werkpost toevoegen', state: 'Toestand',
      markOut: '{{name}} buiten gebruik stellen', markOk: '{{name}} weer in gebruik nemen', note: 'Opmerking', helpKinds: 'Soorten hulp',
      newHelp: 'Nieuwe soort hulp', addHelp: 'Soort hulp toevoegen', deactivate: '{{name}} deactiveren', activate: '{{name}} heractiveren', inactive: 'inactief',
    },
  },
  en: {
    nav: { board: 'Digital space (EPN)', stats: 'EPN statistics', settings: 'EPN settings' },
    board: {
      title: 'Public digital space',
      open: 'Open', closed: 'Closed', today: '{{count}} visit today', today_other: '{{count}} visits today',
      hours: 'Opening hours today: {{hours}}', noHours: 'Closed today',
      workstations: 'Workstations', free: 'Free', in_use: 'In use', out_of_order: 'Out of order',
      since: 'since {{time}} ({{minutes}} min)', anonymous: 'Anonymous visitor', checkOut: 'End the visit',
      checkOutOf: 'End the visit at workstation {{name}}', waiting: 'Waiting list', noWaiting: 'Nobody is waiting.',
      seat: 'Give a workstation', seatLabel: 'Give a workstation to {{name}}', waitingFor: 'waiting for {{minutes}} min', position: 'no. {{n}}',
      checkedIn: 'Visit recorded.', queued: 'No free workstation: the person is on the waiting list.',
    },
    checkin: {
      title: 'Check a visitor in', who: 'Visitor', anonymous: 'Anonymous (sex and age only)', person: 'Person of the registry',
      search: 'Search for a person', pick: 'Choose {{name}}', picked: 'Person chosen: {{name}}', change: 'Change',
      gender: 'Sex', ageBracket: 'Age bracket', label: 'Marker on the board (optional)', workstation: 'Workstation',
      firstFree: 'First free workstation', help: 'Help given', submit: 'Check in',
    },
    gender: { F: 'Woman', M: 'Man', X: 'X', unknown: 'Not given' },
    age: { under_20: 'Under 20', '20_30': '20 to 30', '30_40': '30 to 40', '40_50': '40 to 50', '50_60': '50 to 60', '60_plus': '60 and over', unknown: 'Unknown' },
    help: {
      e_guichet: 'Commune e-counter', unemployment_stamping: 'Unemployment e-stamping', temp_contract_signing: 'Temp-work contract signing',
      cv_job_search: 'CV and job search', tax_on_web: 'Tax-on-web', pc_banking: 'PC banking', pension: 'Pension file',
      student_at_work: 'Student@work', video_interview: 'Video interview', individual_coaching: 'Individual coaching', other: 'Other',
    },
    stats: {
      title: 'EPN statistics {{year}}', visits: 'Attendance (visits)', distinctPeople: 'Distinct identified people',
      anonymousVisits: 'Anonymous visits', coaching: 'Individual coaching', autoClosed: 'Visits closed automatically',
      perMonth: 'Visits per month', month: 'Month', bySex: 'Visits by sex', sex: 'Sex', byAge: 'Age brackets of the users',
      ageBracket: 'Age bracket', byHelp: 'Help given', helpKind: 'Kind of help', count: 'Visits', distinctHelp: 'Someone who came several times counts once; anonymous visits are not distinct people.',
    },
    settings: {
      title: 'EPN settings', workstations: 'Workstations', name: 'Workstation name', add: 'Add the workstation', state: 'State',
      markOut: 'Mark {{name}} out of order', markOk: 'Put {{name}} back in service', note: 'Note', helpKinds: 'Kinds of help',
      newHelp: 'New kind of help', addHelp: 'Add the kind of help', deactivate: 'Deactivate {{name}}', activate: 'Reactivate {{name}}', inactive: 'inactive',
    },
  },
};

registerCatalog('epn', epnCatalog);
