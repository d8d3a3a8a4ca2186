import { registerCatalog } from '../../app/i18n';

/** Strings of the front desk (reception): logging visitors, the day view, the figures. */
export const frontdeskCatalog = {
  fr: {
    nav: { day: 'Accueil des visiteurs', stats: 'Chiffres de l’accueil', reasons: 'Motifs de visite' },
    services: {
      information: 'Information donnée sur place', social_desk: 'Permanence sociale', epn: 'Espace Public Numérique', it_training: 'Formations informatiques',
      projects: 'Projets (chargés de projets)', rooms: 'Occupation des salles', actiris_desk: 'Accueil Actiris', other: 'Autre service interne',
    },
    day: {
      title: 'Accueil – {{site}}', titleNoSite: 'Accueil des visiteurs', site: 'Site', date: 'Jour', noSite: 'Aucun site actif : un administrateur doit en créer un.',
      count: '{{count}} visite', count_other: '{{count}} visites', anonymous: 'dont {{count}} anonyme(s)', outOfHours: '{{count}} hors heures d’ouverture',
      hours: 'Heures d’ouverture : {{hours}}', closed: 'Fermé ce jour-là (aucune heure d’ouverture).', none: 'Aucune visite enregistrée ce jour-là.',
      caption: 'Visites du {{date}}', time: 'Heure', visitor: 'Visiteur', reason: 'Motif', orientation: 'Orientation', actions: 'Actions',
      anonymousVisitor: 'Anonyme', erased: 'Fiche effacée', flagged: 'Hors heures', delete: 'Supprimer la visite de {{time}}', deleteConfirm: 'Supprimer la visite de {{time}} ({{reason}}) ?',
      edit: 'Corriger la visite de {{time}}', editShort: 'Corriger',
    },
    edit: {
      title: 'Corriger la visite de {{time}}', save: 'Enregistrer la correction', close: 'Fermer',
    },
    form: {
      title: 'Nouveau visiteur', visitor: 'Visiteur', anonymous: 'Anonyme', known: 'Personne connue', search: 'Rechercher une personne (nom, prénom)',
      results: 'Personnes trouvées', noResult: 'Aucune personne trouvée. Créez la fiche ci-dessous.', quickCreate: 'Créer rapidement une fiche', firstName: 'Prénom', lastName: 'Nom',
      create: 'Créer la fiche', duplicate: 'Cette personne existe peut-être déjà : choisissez-la dans la liste ou confirmez la création.', createAnyway: 'Créer quand même',
      selected: 'Visiteur : {{name}}', reason: 'Motif de la visite', orientation: 'Orientation', noOrientation: 'Pas d’orientation', internal: 'Services internes', partners: 'Partenaires',
      time: 'Heure (vide = maintenant)', note: 'Remarque', submit: 'Enregistrer la visite', saved: 'Visite enregistrée à {{time}}.', savedOutOfHours: 'Visite enregistrée à {{time}} (hors heures d’ouverture).',
      choosePerson: 'Choisissez la personne ou passez en « Anonyme ».', timeNeeded: 'Indiquez l’heure pour un autre jour qu’aujourd’hui.',
    },
    stats: {
      title: 'Chiffres de l’accueil', from: 'Du', to: 'Au', groupBy: 'Regrouper par', day: 'Jour', month: 'Mois', year: 'Année', site: 'Site', allSites: 'Tous les sites',
      total: 'Visites', anonymous: 'Anonymes', distinctPeople: 'Personnes distinctes', outOfHours: 'Hors heures', period: 'Période', chart: 'Visites par période',
      byReason: 'Par motif', byOrientation: 'Par orientation', count: 'Visites', none: 'Aucune visite sur cette période.', periods: 'Par période',
    },
    reasons: {
      title: 'Motifs de visite', intro: 'La liste proposée à l’accueil. Un motif désactivé n’est plus proposé mais reste dans les chiffres.', code: 'Code', labelFr: 'Libellé (FR)',
      labelNl: 'Libellé (NL)', labelEn: 'Libellé (EN)', order: 'Ordre', active: 'Actif', add: 'Ajouter un motif', deactivate: 'Désactiver {{label}}', activate: 'Réactiver {{label}}',
    },
    timeline: { frontdesk_visit: 'Passage à l’accueil' },
  },
  nl: {
    nav: { day: 'Onthaal van bezoekers', stats: 'Cijfers van het onthaal', reasons: 'Redenen van bezoek' },
    services: {
      information: 'Informatie ter plaatse gegeven', social_desk: 'Sociale permanentie', epn: 'Openbare Computerruimte', it_training: 'Computeropleidingen',
      projects: 'Projecten (projectmedewerkers)', rooms: 'Zaalgebruik', actiris_desk: 'Onthaal Actiris', other: 'Andere interne dienst',
    },
    day: {
      title: 'Onthaal – {{site}}', titleNoSite: 'Onthaal van bezoekers', site: 'Vestiging', date: 'Dag', noSite: 'Geen actieve vestiging: een beheerder moet er een aanmaken.',
      count: '{{count}} bezoek', count_other: '{{count}} bezoeken', anonymous: 'waarvan {{count}} anoniem', outOfHours: '{{count}} buiten de openingsuren',
      hours: 'Openingsuren: {{hours}}', closed: 'Gesloten op die dag (geen openingsuren).', none: 'Geen bezoek geregistreerd op die dag.',
      caption: 'Bezoeken van {{date}}', time: 'Uur', visitor: 'Bezoeker', reason: 'Reden', orientation: 'Doorverwijzing', actions: 'Acties',
      anonymousVisitor: 'Anoniem', erased: 'Fiche gewist', flagged: 'Buiten de uren', delete: 'Het bezoek van {{time}} verwijderen', deleteConfirm: 'Het bezoek van {{time}} ({{reason}}) verwijderen?',
      edit: 'Het bezoek van {{time}} corrigeren', editShort: 'Corrigeren',
    },
    edit: {
      title: 'Het bezoek van {{time}} corrigeren', save: 'Correctie opslaan', close: 'Sluiten',
    },
    form: {
      title: 'Nieuwe bezoeker', visitor: 'Bezoeker', anonymous: 'Anoniem', known: 'Gekende persoon', search: 'Een persoon zoeken (naam, voornaam)',
      results: 'Gevonden personen', noResult: 'Niemand gevonden. Maak hieronder de fiche aan.', quickCreate: 'Snel een fiche aanmaken', firstName: 'Voornaam', lastName: 'Naam',
      create: 'Fiche aanmaken', duplicate: 'Deze persoon bestaat misschien al: kies ze in de lijst of bevestig het aanmaken.', createAnyway: 'Toch aanmaken',
      selected: 'Bezoeker: {{name}}', reason: 'Reden van het bezoek', orientation: 'Doorverwijzing', noOrientation: 'Geen doorverwijzing', internal: 'Interne diensten', partners: 'Partners',
      time: 'Uur (leeg = nu)', note: 'Opmerking', submit: 'Bezoek registreren', saved: 'Bezoek geregistreerd om {{time}}.', savedOutOfHours: 'Bezoek geregistreerd om {{time}} (buiten de openingsuren).',
      choosePerson: 'Kies de persoon of kies « Anoniem ».', timeNeeded: 'Geef het uur op voor een andere dag dan vandaag.',
    },
    stats: {
      title: 'Cijfers van het onthaal', from: 'Van', to: 'Tot', groupBy: 'Groeperen per', day: 'Dag', month: 'Maand', year: 'Jaar', site: 'Vestiging', allSites: 'Alle vestigingen',
      total: 'Bezoeken', anonymous: 'Anoniem', distinctPeople: 'Verschillende personen', outOfHours: 'Buiten de uren', period: 'Periode', chart: 'Bezoeken per periode',
      byReason: 'Per reden', byOrientation: 'Per doorverwijzing', count: 'Bezoeken', none: 'Geen bezoeken in deze periode.', periods: 'Per periode',
    },
    reasons: {
      title: 'Redenen van bezoek', intro: 'De lijst die het onthaal voorstelt. Een gedeactiveerde reden wordt niet meer voorgesteld maar blijft in de cijfers.', code: 'Code',
      labelFr: 'Label (FR)', labelNl: 'Label (NL)', labelEn: 'Label (EN)', order: 'Volgorde', active: 'Actief', add: 'Een reden toevoegen', deactivate: '{{label}} deactiveren',
      activate: '{{label}} heractiveren',
    },
    timeline: { frontdesk_visit: 'Langs het onthaal' },
  },
  en: {
    nav: { day: 'Front desk', stats: 'Front desk figures', reasons: 'Visit reasons' },
    services: {
      information: 'Information given on the spot', social_desk: 'Social desk', epn: 'Public digital space', it_training: 'IT trainings',
      projects: 'Projects (project officers)', rooms: 'Room rental', actiris_desk: 'Actiris desk', other: 'Other internal service',
    },
    day: {
      title: 'Front desk – {{site}}', titleNoSite: 'Front desk', site: 'Site', date: 'Day', noSite: 'No active site: an administrator must create one.',
      count: '{{count}} visit', count_other: '{{count}} visits', anonymous: 'of which {{count}} anonymous', outOfHours: '{{count}} outside opening hours',
      hours: 'Opening hours: {{hours}}', closed: 'Closed that day (no opening hours).', none: 'No visit recorded that day.',
      caption: 'Visits of {{date}}', time: 'Time', visitor: 'Visitor', reason: 'Reason', orientation: 'Orientation', actions: 'Actions',
      anonymousVisitor: 'Anonymous', erased: 'Record erased', flagged: 'Out of hours', delete: 'Delete the visit of {{time}}', deleteConfirm: 'Delete the visit of {{time}} ({{reason}})?',
      edit: 'Correct the visit of {{time}}', editShort: 'Correct',
    },
    edit: {
      title: 'Correct the visit of {{time}}', save: 'Save the correction', close: 'Close',
    },
    form: {
      title: 'New visitor', visitor: 'Visitor', anonymous: 'Anonymous', known: 'Known person', search: 'Search a person (name, first name)',
      results: 'People found', noResult: 'Nobody found. Create the record below.', quickCreate: 'Quickly create a record', firstName: 'First name', lastName: 'Last name',
      create: 'Create the record', duplicate: 'This person may already exist: pick them in the list or confirm.', createAnyway: 'Create anyway',
      selected: 'Visitor: {{name}}', reason: 'Reason of the visit', orientation: 'Orientation', noOrientation: 'Not oriented', internal: 'Internal services', partners: 'Partners',
      time: 'Time (empty = now)', note: 'Note', submit: 'Record the visit', saved: 'Visit recorded at {{time}}.', savedOutOfHours: 'Visit recorded at {{time}} (outside opening hours).',
      choosePerson: 'Pick the person or choose “Anonymous”.', timeNeeded: 'Give the time for a day other than today.',
    },
    stats: {
      title: 'Front desk figures', from: 'From', to: 'To', groupBy: 'Group by', day: 'Day', month: 'Month', year: 'Year', site: 'Site', allSites: 'All sites',
      total: 'Visits', anonymous: 'Anonymous', distinctPeople: 'Distinct people', outOfHours: 'Out of hours', period: 'Period', chart: 'Visits per period',
      byReason: 'By reason', byOrientation: 'By orientation', count: 'Visits', none: 'No visit in this period.', periods: 'By period',
    },
    reasons: {
      title: 'Visit reasons', intro: 'The list offered at the desk. A deactivated reason is no longer offered but stays in the figures.', code: 'Code', labelFr: 'Label (FR)',
      labelNl: 'Label (NL)', labelEn: 'Label (EN)', order: 'Order', active: 'Active', add: 'Add a reason', deactivate: 'Deactivate {{label}}', activate: 'Reactivate {{label}}',
    },
    timeline: { frontdesk_visit: 'Front-desk visit' },
  },
};

registerCatalog('frontdesk', frontdeskCatalog);
