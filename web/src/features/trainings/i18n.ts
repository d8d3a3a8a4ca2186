import { registerCatalog } from '../../app/i18n';

/** Strings of the trainings module (programmes, sessions, evaluation, certificate, statistics). */
export const trainingsCatalog = {
  fr: {
    nav: { programmes: 'Formations', stats: 'Statistiques formations' },
    list: { title: 'Formations', new: 'Nouveau programme', none: 'Aucun programme.', sessions: 'Sessions', participants: 'Participants', next: 'Prochain jour', name: 'Programme' },
    programme: {
      name: 'Nom du programme (FR)', nameNl: 'Nom du programme (NL)', description: 'Description (FR)', descriptionNl: 'Description (NL)', targetPublic: 'Public cible (FR)', targetPublicNl: 'Public cible (NL)', notTranslated: 'Pas encore traduit en néerlandais : le site le montre en français, signalé comme tel.', editTexts: 'Modifier les textes (FR et NL)', save: 'Enregistrer', saved: 'Textes enregistrés.', textsLegend: 'Textes du programme', funder: 'Financement ou projet', partners: 'Partenaires',
      trainers: 'Formateur·rice·s', questions: 'Questions de l’évaluation (une par ligne)', questionsList: 'Questions de l’évaluation', create: 'Créer le programme',
      sessions: 'Sessions', noSessions: 'Aucune session.', outcomes: 'Sorties positives : {{positive}} sur {{participants}} ({{rate}} %)',
    },
    session: {
      title: 'Titre (FR)', titleNl: 'Titre (NL)', room: 'Salle', capacity: 'Capacité', days: 'Jours', daysLegend: 'Jours de la session', dayN: 'Jour {{n}}', fromN: 'De (jour {{n}})', toN: 'À (jour {{n}})', addDay: 'Ajouter un jour', removeDay: 'Retirer le jour {{n}}', created: 'Session « {{title}} » ajoutée.', from: 'De', to: 'À', add: 'Ajouter la session',
      newTitle: 'Nouvelle session', status: 'Statut', enrolled: '{{enrolled}} inscrit·e·s sur {{capacity}}', waiting: '{{count}} en attente', open: 'Ouvrir',
      cancelReason: 'Raison de l’annulation', setStatus: 'Changer le statut', apply: 'Appliquer', cancelled: 'Annulée : {{reason}}', public: 'Ouverte au public (dans l’agenda du site web)', publicHint: 'Le site montre la session, ses jours et un formulaire de demande d’inscription (les demandes arrivent ci-dessous), ou l’accueil.', publicBadge: 'Publique', publicSaved: 'Enregistré.',
    },
    status: { planned: 'Prévue', running: 'En cours', done: 'Terminée', cancelled: 'Annulée' },
    participants: {
      title: 'Participants', waitingList: 'Liste d’attente', none: 'Aucun participant.', name: 'Nom', organisation: 'Organisation', status: 'Statut',
      outcome: 'Devenir', withdraw: 'Désister', withdrawOf: 'Désister {{name}}', certificate: 'Attestation', certificateOf: 'Attestation de {{name}}',
      presentOn: '{{name}} présent·e le {{date}}', savedAsTicked: 'Chaque case est enregistrée dès qu’elle est cochée ou décochée.', tickPresent: 'Enregistré : {{name}} présent·e le {{date}}.', tickAbsent: 'Enregistré : {{name}} absent·e le {{date}}.',
      enrol: 'Inscrire', enrolTitle: 'Inscrire un participant', kind: 'Participant', person: 'Personne du registre', professional: 'Professionnel·le',
      search: 'Rechercher une personne', pick: 'Inscrire {{name}}', professionalName: 'Nom du professionnel', jobTitle: 'Fonction', organisationPick: 'Organisation',
      noOrganisation: '—', outcomeOf: 'Devenir de {{name}}', day: 'Jour des présences',
      enrolled: '{{name}} est inscrit·e.', queued: 'Session complète : {{name}} est sur la liste d’attente.', outcomeSaved: 'Devenir de {{name}} enregistré : {{outcome}}.',
    },
    requests: {
      title: 'Demandes d’inscription du site web', none: 'Aucune demande en attente.', name: 'Nom', contact: 'Contact', commune: 'Commune', sent: 'Envoyée le', reference: 'Référence',
      waitingList: 'Pour la liste d’attente', accept: 'Accepter', acceptOf: 'Accepter la demande de {{name}}', decline: 'Refuser', declineOf: 'Refuser la demande de {{name}}',
      duplicates: '{{name}} est peut-être déjà dans le registre :', isPerson: 'C’est {{name}}', isPersonBorn: 'C’est {{name}} (né·e le {{date}})', newPerson: 'Aucune de ces personnes : créer une nouvelle fiche',
      accepted: '{{name}} est inscrit·e.', acceptedWaiting: 'Session complète : {{name}} est sur la liste d’attente.', declined: 'Demande de {{name}} refusée.',
      toldEmail: 'Un e-mail l’en informe.', toldManual: 'Le message est dans la liste des messages à envoyer : prévenez la personne.', toldNone: '',
      decided: '{{count}} demande traitée (ses coordonnées effacées)', decided_other: '{{count}} demandes traitées (leurs coordonnées effacées)',
    },
    participantStatus: { enrolled: 'Inscrit·e', waiting: 'En attente', withdrawn: 'Désisté·e' },
    outcome: { unknown: 'Inconnu', entered_training: 'Entré·e en formation', found_job: 'A trouvé un emploi', still_looking: 'Toujours en recherche' },
    evaluation: {
      title: 'Évaluation de fin de formation', open: 'Ouvrir l’évaluation', close: 'Clôturer l’évaluation', isOpen: 'L’évaluation est ouverte : les participants scannent le code avec leur téléphone.',
      isClosed: 'L’évaluation est fermée.', newLink: 'La rouvrir donne un nouveau lien et un nouveau code QR : l’ancien sera refusé.', cap: 'Le lien accepte un formulaire par participant présent.', qr: 'Code QR du formulaire d’évaluation', link: 'Lien du formulaire', forms: '{{count}} formulaire rempli', forms_other: '{{count}} formulaires remplis',
      average: 'Moyenne', question: 'Question', answers: 'Réponses', comments: 'Commentaires',
    },
    public: {
      title: 'Votre avis sur la formation', intro: 'Donnez une note de 1 (pas du tout satisfait·e) à 5 (très satisfait·e). Ce formulaire est anonyme.',
      score: '{{n}} sur 5', comments: 'Vos commentaires (facultatif)', submit: 'Envoyer mon avis', thanks: 'Merci ! Votre avis a bien été envoyé.', missing: 'Répondez à chaque question.',
    },
    certificate: {
      title: 'Attestation de participation', intro: '{{issuer}} atteste que', followed: 'a suivi la formation',
      days: 'Jours de présence', hours: 'Total : {{attended}} h sur {{total}} h', trainers: 'Formateur·rice·s : {{names}}', issued: 'Fait à Bruxelles, le {{date}}', signature: 'Signature',
    },
    stats: {
      title: 'Statistiques des formations {{year}}', programmes: 'Programmes', sessionsHeld: 'Sessions données', sessionsCancelled: 'Sessions annulées',
      participations: 'Participations', distinctPeople: 'Personnes distinctes (registre)', professionals: 'Professionnels', attendanceRate: 'Taux de présence',
      evaluationAverage: 'Satisfaction moyenne (sur 5)', positiveOutcomes: 'Sorties positives', outcomeRate: 'Taux de sorties positives', perProgramme: 'Par programme', byOrganisation: 'Organisations des participants',
      organisation: 'Organisation', count: 'Participants', programme: 'Programme', chart: 'Participations par programme',
    },
  },
  nl: {
    nav: { programmes: 'Opleidingen', stats: 'Opleidingsstatistieken' },
    list: { title: 'Opleidingen', new: 'Nieuw programma', none: 'Geen programma.', sessions: 'Sessies', participants: 'Deelnemers', next: 'Volgende dag', name: 'Programma' },
    programme: {
      name: 'Naam van het programma (FR)', nameNl: 'Naam van het programma (NL)', description: 'Beschrijving (FR)', descriptionNl: 'Beschrijving (NL)', targetPublic: 'Doelpubliek (FR)', targetPublicNl: 'Doelpubliek (NL)', notTranslated: 'Nog niet in het Nederlands vertaald: de website toont het in het Frans, met een melding.', editTexts: 'Teksten bewerken (FR en NL)', save: 'Opslaan', saved: 'Teksten opgeslagen.', textsLegend: 'Teksten van het programma', funder: 'Financiering of project', partners: 'Partners',
      trainers: 'Opleiders', questions: 'Evaluatievragen (één per regel)', questionsList: 'Evaluatievragen', create: 'Programma aanmaken',
      sessions: 'Sessies', noSessions: 'Geen sessie.', outcomes: 'Positieve uitstroom: {{positive}} op {{participants}} ({{rate}} %)',
    },
    session: {
      title: 'Titel (FR)', titleNl: 'Titel (NL)', room: 'Zaal', capacity: 'Capaciteit', days: 'Dagen', daysLegend: 'Dagen van de sessie', dayN: 'Dag {{n}}', fromN: 'Van (dag {{n}})', toN: 'Tot (dag {{n}})', addDay: 'Een dag toevoegen', removeDay: 'Dag {{n}} verwijderen', created: 'Sessie ‘{{title}}’ toegevoegd.', from: 'Van', to: 'Tot', add: 'Sessie toevoegen',
      newTitle: 'Nieuwe sessie', status: 'Status', enrolled: '{{enrolled}} ingeschreven op {{capacity}}', waiting: '{{count}} wachtend', open: 'Openen',
      cancelReason: 'Reden van de annulering', setStatus: 'Status wijzigen', apply: 'Toepassen', cancelled: 'Geannuleerd: {{reason}}', public: 'Open voor het publiek (in de agenda van de website)', publicHint: 'De website toont de sessie, haar dagen en een formulier voor een inschrijvingsaanvraag (de aanvragen komen hieronder binnen), of het onthaal.', publicBadge: 'Openbaar', publicSaved: 'Opgeslagen.',
    },
    status: { planned: 'Gepland', running: 'Bezig', done: 'Afgelopen', cancelled: 'Geannuleerd' },
    participants: {
      title: 'Deelnemers', waitingList: 'Wachtlijst', none: 'Geen deelnemers.', name: 'Naam', organisation: 'Organisatie', status: 'Status',
      outcome: 'Uitstroom', withdraw: 'Uitschrijven', withdrawOf: '{{name}} uitschrijven', certificate: 'Attest', certificateOf: 'Attest van {{name}}',
      presentOn: '{{name}} aanwezig op {{date}}', savedAsTicked: 'Elk vakje wordt opgeslagen zodra het aangevinkt of uitgevinkt wordt.', tickPresent: 'Opgeslagen: {{name}} aanwezig op {{date}}.', tickAbsent: 'Opgeslagen: {{name}} afwezig op {{date}}.',
      enrol: 'Inschrijven', enrolTitle: 'Een deelnemer inschrijven', kind: 'Deelnemer', person: 'Persoon uit het register', professional: 'Professional',
      search: 'Een persoon zoeken', pick: '{{name}} inschrijven', professionalName: 'Naam van de professional', jobTitle: 'Functie', organisationPick: 'Organisatie',
      noOrganisation: '—', outcomeOf: 'Uitstroom van {{name}}', day: 'Dag van de aanwezigheden',
      enrolled: '{{name}} is ingeschreven.', queued: 'Sessie volzet: {{name}} staat op de wachtlijst.', outcomeSaved: 'Uitstroom van {{name}} opgeslagen: {{outcome}}.',
    },
    requests: {
      title: 'Inschrijvingsaanvragen via de website', none: 'Geen openstaande aanvragen.', name: 'Naam', contact: 'Contact', commune: 'Gemeente', sent: 'Verstuurd op', reference: 'Referentie',
      waitingList: 'Voor de wachtlijst', accept: 'Aanvaarden', acceptOf: 'De aanvraag van {{name}} aanvaarden', decline: 'Weigeren', declineOf: 'De aanvraag van {{name}} weigeren',
      duplicates: '{{name}} staat misschien al in het register:', isPerson: 'Het is {{name}}', isPersonBorn: 'Het is {{name}} (geboren op {{date}})', newPerson: 'Geen van deze personen: een nieuwe fiche aanmaken',
      accepted: '{{name}} is ingeschreven.', acceptedWaiting: 'Sessie volzet: {{name}} staat op de wachtlijst.', declined: 'Aanvraag van {{name}} geweigerd.',
      toldEmail: 'Een e-mail brengt de persoon op de hoogte.', toldManual: 'Het bericht staat in de lijst van te versturen berichten: verwittig de persoon.', toldNone: '',
      decided: '{{count}} aanvraag behandeld (gegevens gewist)', decided_other: '{{count}} aanvragen behandeld (gegevens gewist)',
    },
    participantStatus: { enrolled: 'Ingeschreven', waiting: 'Wachtend', withdrawn: 'Uitgeschreven' },
    outcome: { unknown: 'Onbekend', entered_training: 'Startte een opleiding', found_job: 'Vond werk', still_looking: 'Nog op zoek' },
    evaluation: {
      title: 'Evaluatie op het einde van de opleiding', open: 'Evaluatie openen', close: 'Evaluatie afsluiten', isOpen: 'De evaluatie is open: de deelnemers scannen de code met hun telefoon.',
      isClosed: 'De evaluatie is gesloten.', newLink: 'Wie ze opnieuw opent, krijgt een nieuwe link en een nieuwe QR-code: de oude wordt geweigerd.', cap: 'De link aanvaardt één formulier per aanwezige deelnemer.', qr: 'QR-code van het evaluatieformulier', link: 'Link naar het formulier', forms: '{{count}} ingevuld formulier', forms_other: '{{count}} ingevulde formulieren',
      average: 'Gemiddelde', question: 'Vraag', answers: 'Antwoorden', comments: 'Opmerkingen',
    },
    public: {
      title: 'Uw mening over de opleiding', intro: 'Geef een score van 1 (helemaal niet tevreden) tot 5 (zeer tevreden). Dit formulier is anoniem.',
      score: '{{n}} op 5', comments: 'Uw opmerkingen (facultatief)', submit: 'Mijn mening versturen', thanks: 'Dank u! Uw mening werd verstuurd.', missing: 'Beantwoord elke vraag.',
    },
    certificate: {
      title: 'Deelnameattest', intro: '{{issuer}} verklaart dat', followed: 'de opleiding volgde',
      days: 'Dagen aanwezig', hours: 'Totaal: {{attended}} u op {{total}} u', trainers: 'Opleiders: {{names}}', issued: 'Opgemaakt te Brussel op {{date}}', signature: 'Handtekening',
    },
    stats: {
      title: 'Opleidingsstatistieken {{year}}', programmes: 'Programma’s', sessionsHeld: 'Gegeven sessies', sessionsCancelled: 'Geannuleerde sessies',
      participations: 'Deelnames', distinctPeople: 'Verschillende personen (register)', professionals: 'Professionals', attendanceRate: 'Aanwezigheidsgraad',
      evaluationAverage: 'Gemiddelde tevredenheid (op 5)', positiveOutcomes: 'Positieve uitstroom', outcomeRate: 'Aandeel positieve uitstroom', perProgramme: 'Per programma', byOrganisation: 'Organisaties van de deelnemers',
      organisation: 'Organisatie', count: 'Deelnemers', programme: 'Programma', chart: 'Deelnames per programma',
    },
  },
  en: {
    nav: { programmes: 'Trainings', stats: 'Training statistics' },
    list: { title: 'Trainings', new: 'New programme', none: 'No programme.', sessions: 'Sessions', participants: 'Participants', next: 'Next day', name: 'Programme' },
    programme: {
      name: 'Programme name (FR)', nameNl: 'Programme name (NL)', description: 'Description (FR)', descriptionNl: 'Description (NL)', targetPublic: 'Target public (FR)', targetPublicNl: 'Target public (NL)', notTranslated: 'Not translated into Dutch yet: the website shows it in French, marked as such.', editTexts: 'Edit the texts (FR and NL)', save: 'Save', saved: 'Texts saved.', textsLegend: 'Texts of the programme', funder: 'Funder or project', partners: 'Partners',
      trainers: 'Trainers', questions: 'Evaluation questions (one per line)', questionsList: 'Evaluation questions', create: 'Create the programme',
      sessions: 'Sessions', noSessions: 'No session.', outcomes: 'Positive outcomes: {{positive}} of {{participants}} ({{rate}} %)',
    },
    session: {
      title: 'Title (FR)', titleNl: 'Title (NL)', room: 'Room', capacity: 'Capacity', days: 'Days', daysLegend: 'Days of the session', dayN: 'Day {{n}}', fromN: 'From (day {{n}})', toN: 'To (day {{n}})', addDay: 'Add a day', removeDay: 'Remove day {{n}}', created: 'Session “{{title}}” added.', from: 'From', to: 'To', add: 'Add the session',
      newTitle: 'New session', status: 'Status', enrolled: '{{enrolled}} enrolled of {{capacity}}', waiting: '{{count}} waiting', open: 'Open',
      cancelReason: 'Reason for cancelling', setStatus: 'Change the status', apply: 'Apply', cancelled: 'Cancelled: {{reason}}', public: 'Open to the public (in the website’s agenda)', publicHint: 'The website shows the session, its days and a form to request a place (the requests arrive below), or the desk.', publicBadge: 'Public', publicSaved: 'Saved.',
    },
    status: { planned: 'Planned', running: 'Running', done: 'Done', cancelled: 'Cancelled' },
    participants: {
      title: 'Participants', waitingList: 'Waiting list', none: 'No participants.', name: 'Name', organisation: 'Organisation', status: 'Status',
      outcome: 'Outcome', withdraw: 'Withdraw', withdrawOf: 'Withdraw {{name}}', certificate: 'Certificate', certificateOf: 'Certificate of {{name}}',
      presentOn: '{{name}} present on {{date}}', savedAsTicked: 'Each box is saved as soon as it is ticked or unticked.', tickPresent: 'Saved: {{name}} present on {{date}}.', tickAbsent: 'Saved: {{name}} absent on {{date}}.',
      enrol: 'Enrol', enrolTitle: 'Enrol a participant', kind: 'Participant', person: 'Person of the registry', professional: 'Professional',
      search: 'Search for a person', pick: 'Enrol {{name}}', professionalName: 'Professional’s name', jobTitle: 'Job title', organisationPick: 'Organisation',
      noOrganisation: '—', outcomeOf: 'Outcome of {{name}}', day: 'Attendance day',
      enrolled: '{{name}} is enrolled.', queued: 'Session full: {{name}} is on the waiting list.', outcomeSaved: 'Outcome of {{name}} saved: {{outcome}}.',
    },
    requests: {
      title: 'Registration requests from the website', none: 'No pending request.', name: 'Name', contact: 'Contact', commune: 'Municipality', sent: 'Sent on', reference: 'Reference',
      waitingList: 'For the waiting list', accept: 'Accept', acceptOf: 'Accept the request of {{name}}', decline: 'Decline', declineOf: 'Decline the request of {{name}}',
      duplicates: '{{name}} may already be in the registry:', isPerson: 'It is {{name}}', isPersonBorn: 'It is {{name}} (born on {{date}})', newPerson: 'None of them: create a new record',
      accepted: '{{name}} is enrolled.', acceptedWaiting: 'Session full: {{name}} is on the waiting list.', declined: 'Request of {{name}} declined.',
      toldEmail: 'An e-mail tells them.', toldManual: 'The message is in the list of messages to send: let the person know.', toldNone: '',
      decided: '{{count}} request dealt with (contact details erased)', decided_other: '{{count}} requests dealt with (contact details erased)',
    },
    participantStatus: { enrolled: 'Enrolled', waiting: 'Waiting', withdrawn: 'Withdrawn' },
    outcome: { unknown: 'Unknown', entered_training: 'Entered training', found_job: 'Found a job', still_looking: 'Still looking' },
    evaluation: {
      title: 'End-of-training evaluation', open: 'Open the evaluation', close: 'Close the evaluation', isOpen: 'The evaluation is open: participants scan the code with their phone.',
      isClosed: 'The evaluation is closed.', newLink: 'Reopening it gives a new link and QR code: the old one will be refused.', cap: 'The link accepts one form per participant present.', qr: 'QR code of the evaluation form', link: 'Link to the form', forms: '{{count}} form filled in', forms_other: '{{count}} forms filled in',
      average: 'Average', question: 'Question', answers: 'Answers', comments: 'Comments',
    },
    public: {
      title: 'Your opinion of the training', intro: 'Give a score from 1 (not satisfied at all) to 5 (very satisfied). This form is anonymous.',
      score: '{{n}} of 5', comments: 'Your comments (optional)', submit: 'Send my opinion', thanks: 'Thank you! Your opinion has been sent.', missing: 'Answer every question.',
    },
    certificate: {
      title: 'Certificate of attendance', intro: '{{issuer}} certifies that', followed: 'attended the training',
      days: 'Days attended', hours: 'Total: {{attended}} h of {{total}} h', trainers: 'Trainers: {{names}}', issued: 'Brussels, {{date}}', signature: 'Signature',
    },
    stats: {
      title: 'Training statistics {{year}}', programmes: 'Programmes', sessionsHeld: 'Sessions held', sessionsCancelled: 'Sessions cancelled',
      participations: 'Participations', distinctPeople: 'Distinct people (registry)', professionals: 'Professionals', attendanceRate: 'Attendance rate',
      evaluationAverage: 'Average satisfaction (out of 5)', positiveOutcomes: 'Positive outcomes', outcomeRate: 'Positive outcome rate', perProgramme: 'Per programme', byOrganisation: 'Participants’ organisations',
      organisation: 'Organisation', count: 'Participants', programme: 'Programme', chart: 'Participations per programme',
    },
  },
};

registerCatalog('trainings', trainingsCatalog);
