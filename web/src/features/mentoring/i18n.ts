import { registerCatalog } from '../../app/i18n';

/** Strings of the mentoring (Diginômes): mentors, pairs, sessions, progress. */
export const mentoringCatalog = {
  fr: {
    nav: { pairs: 'Mentorat numérique' },
    page: {
      title: 'Mentorat numérique (Diginômes)', mentors: 'Mentors', pairs: 'Binômes en cours', newMentor: 'Ajouter un mentor', newPair: 'Créer un binôme', fromRegistry: 'Personne du registre',
      volunteer: 'Nom du bénévole (s’il n’est pas dans le registre)', phone: 'Téléphone', email: 'E-mail', trainedOn: 'Formé(e) le', training: 'Formation suivie', add: 'Ajouter', mentor: 'Mentor', mentee: 'Mentoré(e)',
      startNow: 'Commencer tout de suite', create: 'Créer le binôme', status: 'Statut', sessions: 'Séances', hours: 'Heures', progress: 'Progrès (1er → dernier diagnostic)', none: 'Aucun binôme en cours.', noMentor: 'Aucun mentor.',
      openPairs: '{{count}} binôme en cours', openPairs_other: '{{count}} binômes en cours', chooseMentor: 'Choisissez un mentor', figures: 'Chiffres de l’année', export: 'Exporter (xlsx)', view: 'Ouvrir le binôme de {{name}}',
      noDiagnostic: 'Pas encore de diagnostic',
    },
    status: { proposed: 'Proposé', active: 'En cours', ended: 'Terminé' },
    fig: { mentorsTrained: 'Mentors formés', pairsActive: 'Binômes actifs', sessions: 'Séances', hours: 'Heures', mentees: 'Mentorés', menteesImproved: 'Niveau en hausse' },
    pair: {
      title: 'Binôme {{mentor}} – {{mentee}}', start: 'Commencer le binôme', end: 'Terminer le binôme', log: 'Noter une séance', on: 'Date', minutes: 'Durée (minutes)', areas: 'Thèmes travaillés', topics: 'Ce qui a été fait',
      save: 'Enregistrer la séance', sessions: 'Séances', none: 'Aucune séance notée.', progress: 'Progrès de {{name}}', first: 'Premier diagnostic', latest: 'Dernier diagnostic', noSecond: 'Un second diagnostic montrera le progrès.',
      newDiagnostic: 'Faire un diagnostic avec la personne', saved: 'Séance enregistrée.',
    },
  },
  nl: {
    nav: { pairs: 'Digitale mentoring' },
    page: {
      title: 'Digitale mentoring (Diginômes)', mentors: 'Mentors', pairs: 'Lopende duo’s', newMentor: 'Een mentor toevoegen', newPair: 'Een duo vormen', fromRegistry: 'Persoon uit het register',
      volunteer: 'Naam van de vrijwilliger (als die niet in het register staat)', phone: 'Telefoon', email: 'E-mail', trainedOn: 'Opgeleid op', training: 'Gevolgde opleiding', add: 'Toevoegen', mentor: 'Mentor', mentee: 'Mentee',
      startNow: 'Meteen beginnen', create: 'Het duo vormen', status: 'Status', sessions: 'Sessies', hours: 'Uren', progress: 'Vooruitgang (1e → laatste diagnose)', none: 'Geen lopende duo’s.', noMentor: 'Geen mentors.',
      openPairs: '{{count}} lopend duo', openPairs_other: '{{count}} lopende duo’s', chooseMentor: 'Kies een mentor', figures: 'Cijfers van het jaar', export: 'Exporteren (xlsx)', view: 'Het duo van {{name}} openen',
      noDiagnostic: 'Nog geen diagnose',
    },
    status: { proposed: 'Voorgesteld', active: 'Lopend', ended: 'Beëindigd' },
    fig: { mentorsTrained: 'Opgeleide mentors', pairsActive: 'Actieve duo’s', sessions: 'Sessies', hours: 'Uren', mentees: 'Mentees', menteesImproved: 'Niveau gestegen' },
    pair: {
      title: 'Duo {{mentor}} – {{mentee}}', start: 'Het duo starten', end: 'Het duo beëindigen', log: 'Een sessie noteren', on: 'Datum', minutes: 'Duur (minuten)', areas: 'Behandelde thema’s', topics: 'Wat er gedaan werd',
      save: 'De sessie opslaan', sessions: 'Sessies', none: 'Nog geen sessies genoteerd.', progress: 'Vooruitgang van {{name}}', first: 'Eerste diagnose', latest: 'Laatste diagnose', noSecond: 'Een tweede diagnose zal de vooruitgang tonen.',
      newDiagnostic: 'Een diagnose doen met de persoon', saved: 'Sessie opgeslagen.',
    },
  },
  en: {
    nav: { pairs: 'Digital mentoring' },
    page: {
      title: 'Digital mentoring (Diginômes)', mentors: 'Mentors', pairs: 'Open pairs', newMentor: 'Add a mentor', newPair: 'Make a pair', fromRegistry: 'Person of the registry',
      volunteer: 'Volunteer’s name (if not in the registry)', phone: 'Phone', email: 'E-mail', trainedOn: 'Trained on', training: 'Training followed', add: 'Add', mentor: 'Mentor', mentee: 'Mentee',
      startNow: 'Start right away', create: 'Make the pair', status: 'Status', sessions: 'Sessions', hours: 'Hours', progress: 'Progress (1st → latest diagnostic)', none: 'No open pairs.', noMentor: 'No mentors.',
      openPairs: '{{count}} open pair', openPairs_other: '{{count}} open pairs', chooseMentor: 'Choose a mentor', figures: 'This year’s figures', export: 'Export (xlsx)', view: 'Open the pair of {{name}}',
      noDiagnostic: 'No diagnostic yet',
    },
    status: { proposed: 'Proposed', active: 'Active', ended: 'Ended' },
    fig: { mentorsTrained: 'Mentors trained', pairsActive: 'Active pairs', sessions: 'Sessions', hours: 'Hours', mentees: 'Mentees', menteesImproved: 'Level up' },
    pair: {
      title: 'Pair {{mentor}} – {{mentee}}', start: 'Start the pair', end: 'End the pair', log: 'Log a session', on: 'Date', minutes: 'Length (minutes)', areas: 'Themes worked on', topics: 'What was done',
      save: 'Save the session', sessions: 'Sessions', none: 'No session logged yet.', progress: 'Progress of {{name}}', first: 'First diagnostic', latest: 'Latest diagnostic', noSecond: 'A second diagnostic will show the progress.',
      newDiagnostic: 'Take a diagnostic with the person', saved: 'Session saved.',
    },
  },
};
registerCatalog('mentoring', mentoringCatalog);
