import { registerCatalog } from '../../app/i18n';

const field = {
  fr: { externalId: 'Identifiant dans la source', lastName: 'Nom', firstName: 'Prénom', birthDate: 'Date de naissance', gender: 'Sexe', niss: 'NISS', phone: 'Téléphone', email: 'E-mail', postalCode: 'Code postal', commune: 'Commune', professionalStatus: 'Statut professionnel', studyLevel: 'Niveau d’études', languages: 'Langues', firstContactDate: 'Premier contact', notes: 'Remarques', personExternalId: 'Identifiant de la personne', personNiss: 'NISS de la personne', date: 'Date', time: 'Heure', site: 'Site', reason: 'Motif', orientation: 'Orientation', note: 'Remarque', kind: 'Type d’entretien', categories: 'Problématiques', actions: 'Actions', followupStart: 'Début du suivi', start: 'Début', end: 'Fin', workstation: 'Poste', help: 'Aide apportée', desk: 'Guichet', status: 'Statut', purpose: 'Objet', programme: 'Formation', sessionDate: 'Jour de la session', attendance: 'Présences', outcome: 'Sortie', outcomeDate: 'Date de sortie', outcomeNote: 'Remarque sur la sortie', room: 'Salle', organisation: 'Organisation', attendees: 'Participants' },
  nl: { externalId: 'Identificatie in de bron', lastName: 'Naam', firstName: 'Voornaam', birthDate: 'Geboortedatum', gender: 'Geslacht', niss: 'Rijksregisternummer', phone: 'Telefoon', email: 'E-mail', postalCode: 'Postcode', commune: 'Gemeente', professionalStatus: 'Beroepsstatuut', studyLevel: 'Studieniveau', languages: 'Talen', firstContactDate: 'Eerste contact', notes: 'Opmerkingen', personExternalId: 'Identificatie van de persoon', personNiss: 'Rijksregisternummer van de persoon', date: 'Datum', time: 'Uur', site: 'Vestiging', reason: 'Reden', orientation: 'Doorverwijzing', note: 'Opmerking', kind: 'Soort gesprek', categories: 'Problematieken', actions: 'Acties', followupStart: 'Begin van de begeleiding', start: 'Begin', end: 'Einde', workstation: 'Werkpost', help: 'Geboden hulp', desk: 'Loket', status: 'Status', purpose: 'Onderwerp', programme: 'Opleiding', sessionDate: 'Dag van de sessie', attendance: 'Aanwezigheden', outcome: 'Uitstroom', outcomeDate: 'Datum van uitstroom', outcomeNote: 'Opmerking over de uitstroom', room: 'Zaal', organisation: 'Organisatie', attendees: 'Deelnemers' },
  en: { externalId: 'Id in the source', lastName: 'Last name', firstName: 'First name', birthDate: 'Birth date', gender: 'Sex', niss: 'National number', phone: 'Phone', email: 'E-mail', postalCode: 'Postal code', commune: 'Municipality', professionalStatus: 'Professional status', studyLevel: 'Study level', languages: 'Languages', firstContactDate: 'First contact', notes: 'Notes', personExternalId: 'Person’s id', personNiss: 'Person’s national number', date: 'Date', time: 'Time', site: 'Site', reason: 'Reason', orientation: 'Referred to', note: 'Note', kind: 'Kind of interview', categories: 'Problem categories', actions: 'Actions', followupStart: 'Follow-up start', start: 'Start', end: 'End', workstation: 'Workstation', help: 'Help given', desk: 'Desk', status: 'Status', purpose: 'Purpose', programme: 'Training', sessionDate: 'Day of the session', attendance: 'Attendance', outcome: 'Outcome', outcomeDate: 'Outcome date', outcomeNote: 'Outcome note', room: 'Room', organisation: 'Organisation', attendees: 'Attendees' },
};

export const importsCatalog = {
  fr: {
    nav: { title: 'Importer des données' },
    field: field.fr,
    batchStatus: { draft: 'À valider', committed: 'Importé', undone: 'Annulé' },
    rowStatus: {
      waiting: 'En attente de la personne', waitingCount_one: '{{n}} en attente de sa personne', waitingCount_other: '{{n}} en attente de leur personne',
      new: 'Nouvelle fiche', update: 'Mise à jour', duplicate: 'Doublon possible', error: 'Erreur', skipped: 'Ignorée',
      newCount_one: '{{n}} nouvelle', newCount_other: '{{n}} nouvelles',
      updateCount_one: '{{n}} mise à jour', updateCount_other: '{{n}} mises à jour',
      duplicateCount_one: '{{n}} doublon possible', duplicateCount_other: '{{n}} doublons possibles',
      errorCount_one: '{{n}} erreur', errorCount_other: '{{n}} erreurs',
    },
    list: {
      title: 'Importer des données',
      intro: 'Amenez dans Relais les personnes suivies dans des fichiers Excel ou d’autres outils. Rien n’est enregistré avant que vous validiez l’import, et un import peut être annulé.',
      history: 'Imports précédents', file: 'Fichier', source: 'Source', date: 'Date', status: 'État', rows: 'Lignes', written: 'Enregistré',
      writtenValue: '{{created}} créées, {{updated}} mises à jour', none: 'Aucun import pour l’instant.',
    },
    kind: { label: 'Ce que contient le fichier', people: 'Des personnes', frontdesk_visits: 'Des passages à l’accueil', socialdesk_interviews: 'Des entretiens du service social', epn_visits: 'Des visites à l’EPN', training_participations: 'Des participations aux formations', room_bookings: 'Des réservations de salles', appointments: 'Des rendez-vous', hint: 'Importez d’abord les personnes : chaque ligne d’historique nomme sa personne par son identifiant dans la même source ou son NISS.' },
    upload: {
      title: 'Nouveau fichier', file: 'Fichier Excel (.xlsx) ou CSV', fileHint: '20 Mo au maximum ; la première ligne doit nommer les colonnes.',
      source: 'Source', sourceHint: 'D’où viennent ces données (par exemple « actiris » ou « fichier-2023 ») : un second import de la même source met les fiches à jour au lieu de les dupliquer.',
      submit: 'Lire le fichier', clear: 'Retirer le fichier',
    },
    batch: { title: 'Import : {{file}}', source: 'Source : {{source}}', back: 'Tous les imports' },
    mapping: {
      title: '1. Colonnes', intro: 'Dites ce que contient chaque colonne. La correspondance est proposée d’après les noms des colonnes et retenue pour le prochain fichier de même forme.',
      column: 'Colonne « {{name}} »', unnamed: 'colonne {{n}}', none: '— Ne pas importer', save: 'Enregistrer les colonnes', saved: 'Colonnes enregistrées ; les lignes ont été vérifiées à nouveau.',
    },
    rows: {
      title: '2. Vérification des lignes', counts: 'Résumé des lignes', filter: 'Lignes à afficher', all: 'Toutes', errors: 'Erreurs', duplicates: 'Doublons',
      none: 'Aucune ligne à afficher.', line: 'Ligne', status: 'État', fixLabel: '{{field}}, ligne {{line}}',
    },
    duplicate: {
      registry: 'Peut-être déjà dans Relais :', file: 'Comme la ligne {{line}} du fichier : {{who}}',
      reason: { same_niss: 'même NISS', same_birth_date_and_name: 'même date de naissance et nom proche', same_external_id: 'même identifiant' },
      decisionLabel: 'Que faire de la ligne {{line}} ?', undecided: 'À décider (ignorée)', skip: 'Ignorer la ligne', link: 'C’est la même personne : relier', merge: 'Même personne : compléter sa fiche', new: 'Personne différente : créer',
    },
    commit: {
      title: '3. Validation', intro: 'Les lignes en erreur ne sont pas importées, ni les doublons non décidés. Tout est enregistré d’un coup, ou rien.',
      dryRun: 'Simuler l’import', submit: 'Valider l’import', dryTitle: 'Simulation (rien n’est enregistré)',
      dryResult: '{{create}} fiches seraient créées, {{update}} mises à jour, {{refuse}} lignes refusées (erreurs) et {{skip}} ignorées.',
      dryNoted: '{{count}} ligne(s) seraient écrites autrement qu’elles ne le disent : voyez la note de la ligne (par exemple, une session complète : liste d’attente).',
      checking: 'Vérification des lignes…', writing: 'Enregistrement : {{done}} sur {{total}}',
    },
    done: {
      title: 'Import terminé', result: '{{created}} fiches créées, {{updated}} mises à jour ; {{refused}} lignes refusées et {{skipped}} ignorées.',
      undone: 'Cet import a été annulé : les fiches qu’il avait créées sont supprimées et les fiches mises à jour ont retrouvé leurs valeurs.',
      undoHint: 'Annuler l’import supprime les fiches qu’il a créées et remet les fiches mises à jour comme avant, tant que rien n’a été enregistré depuis pour elles.',
      undo: 'Annuler l’import', undoConfirm_one: 'Supprimer la fiche créée par cet import ?', undoConfirm_other: 'Supprimer les {{count}} fiches créées par cet import ?', undoYes: 'Oui, annuler l’import', undoNo: 'Non',
    },
  },
  nl: {
    nav: { title: 'Gegevens importeren' },
    field: field.nl,
    batchStatus: { draft: 'Te bevestigen', committed: 'Geïmporteerd', undone: 'Ongedaan gemaakt' },
    rowStatus: {
      waiting: 'Wacht op de persoon', waitingCount_one: '{{n}} wacht op de persoon', waitingCount_other: '{{n}} wachten op hun persoon',
      new: 'Nieuwe fiche', update: 'Bijwerking', duplicate: 'Mogelijk dubbel', error: 'Fout', skipped: 'Overgeslagen',
      newCount_one: '{{n}} nieuwe', newCount_other: '{{n}} nieuwe',
      updateCount_one: '{{n}} bijwerking', updateCount_other: '{{n}} bijwerkingen',
      duplicateCount_one: '{{n}} mogelijk dubbel', duplicateCount_other: '{{n}} mogelijk dubbel',
      errorCount_one: '{{n}} fout', errorCount_other: '{{n}} fouten',
    },
    list: {
      title: 'Gegevens importeren',
      intro: 'Breng de personen die u in Excel-bestanden of andere tools volgt naar Relais. Niets wordt opgeslagen voordat u de import bevestigt, en een import kan ongedaan worden gemaakt.',
      history: 'Vorige imports', file: 'Bestand', source: 'Bron', date: 'Datum', status: 'Stand', rows: 'Rijen', written: 'Opgeslagen',
      writtenValue: '{{created}} aangemaakt, {{updated}} bijgewerkt', none: 'Nog geen import.',
    },
    kind: { label: 'Wat het bestand bevat', people: 'Personen', frontdesk_visits: 'Bezoeken aan het onthaal', socialdesk_interviews: 'Gesprekken van de sociale dienst', epn_visits: 'Bezoeken aan de OCR', training_participations: 'Deelnames aan opleidingen', room_bookings: 'Zaalreservaties', appointments: 'Afspraken', hint: 'Importeer eerst de personen: elke rij van de geschiedenis noemt haar persoon bij zijn identificatie in dezelfde bron of zijn rijksregisternummer.' },
    upload: {
      title: 'Nieuw bestand', file: 'Excel- (.xlsx) of CSV-bestand', fileHint: 'Maximaal 20 MB; de eerste rij moet de kolommen benoemen.',
      source: 'Bron', sourceHint: 'Waar deze gegevens vandaan komen (bijvoorbeeld "actiris" of "bestand-2023"): een tweede import uit dezelfde bron werkt de fiches bij in plaats van ze te verdubbelen.',
      submit: 'Bestand lezen', clear: 'Bestand verwijderen',
    },
    batch: { title: 'Import: {{file}}', source: 'Bron: {{source}}', back: 'Alle imports' },
    mapping: {
      title: '1. Kolommen', intro: 'Zeg wat elke kolom bevat. De koppeling wordt voorgesteld op basis van de kolomnamen en onthouden voor het volgende bestand met dezelfde vorm.',
      column: 'Kolom "{{name}}"', unnamed: 'kolom {{n}}', none: '— Niet importeren', save: 'Kolommen opslaan', saved: 'Kolommen opgeslagen; de rijen zijn opnieuw gecontroleerd.',
    },
    rows: {
      title: '2. Controle van de rijen', counts: 'Overzicht van de rijen', filter: 'Te tonen rijen', all: 'Alle', errors: 'Fouten', duplicates: 'Dubbels',
      none: 'Geen rijen om te tonen.', line: 'Rij', status: 'Stand', fixLabel: '{{field}}, rij {{line}}',
    },
    duplicate: {
      registry: 'Misschien al in Relais:', file: 'Zoals rij {{line}} van het bestand: {{who}}',
      reason: { same_niss: 'zelfde rijksregisternummer', same_birth_date_and_name: 'zelfde geboortedatum en gelijkaardige naam', same_external_id: 'zelfde identificatie' },
      decisionLabel: 'Wat doen met rij {{line}}?', undecided: 'Te beslissen (overgeslagen)', skip: 'Rij overslaan', link: 'Zelfde persoon: koppelen', merge: 'Zelfde persoon: fiche aanvullen', new: 'Andere persoon: aanmaken',
    },
    commit: {
      title: '3. Bevestiging', intro: 'Rijen met fouten worden niet geïmporteerd, en ook geen dubbels waarover niet beslist is. Alles wordt in één keer opgeslagen, of niets.',
      dryRun: 'Import simuleren', submit: 'Import bevestigen', dryTitle: 'Simulatie (niets wordt opgeslagen)',
      dryResult: '{{create}} fiches zouden worden aangemaakt, {{update}} bijgewerkt, {{refuse}} rijen geweigerd (fouten) en {{skip}} overgeslagen.',
      dryNoted: '{{count}} rij(en) zouden anders geschreven worden dan ze zeggen: zie de opmerking bij de rij (bijvoorbeeld een volzette sessie: wachtlijst).',
      checking: 'Rijen controleren…', writing: 'Opslaan: {{done}} van {{total}}',
    },
    done: {
      title: 'Import voltooid', result: '{{created}} fiches aangemaakt, {{updated}} bijgewerkt; {{refused}} rijen geweigerd en {{skipped}} overgeslagen.',
      undone: 'Deze import is ongedaan gemaakt: de fiches die hij had aangemaakt zijn verwijderd en de bijgewerkte fiches hebben hun waarden terug.',
      undoHint: 'Een import ongedaan maken verwijdert de fiches die hij heeft aangemaakt en zet de bijgewerkte fiches terug zoals voordien, zolang er sindsdien niets voor hen is geregistreerd.',
      undo: 'Import ongedaan maken', undoConfirm_one: 'De fiche die deze import heeft aangemaakt verwijderen?', undoConfirm_other: 'De {{count}} fiches die deze import heeft aangemaakt verwijderen?', undoYes: 'Ja, import ongedaan maken', undoNo: 'Nee',
    },
  },
  en: {
    nav: { title: 'Import data' },
    field: field.en,
    batchStatus: { draft: 'To commit', committed: 'Imported', undone: 'Undone' },
    rowStatus: {
      waiting: 'Waiting for the person', waitingCount_one: '{{n}} waiting for its person', waitingCount_other: '{{n}} waiting for their person',
      new: 'New record', update: 'Update', duplicate: 'Possible duplicate', error: 'Error', skipped: 'Skipped',
      newCount_one: '{{n}} new', newCount_other: '{{n}} new',
      updateCount_one: '{{n}} update', updateCount_other: '{{n}} updates',
      duplicateCount_one: '{{n}} possible duplicate', duplicateCount_other: '{{n}} possible duplicates',
      errorCount_one: '{{n}} error', errorCount_other: '{{n}} errors',
    },
    list: {
      title: 'Import data',
      intro: 'Bring into Relais the people followed in Excel files or other tools. Nothing is saved before you commit the import, and an import can be undone.',
      history: 'Previous imports', file: 'File', source: 'Source', date: 'Date', status: 'State', rows: 'Rows', written: 'Saved',
      writtenValue: '{{created}} created, {{updated}} updated', none: 'No import yet.',
    },
    kind: { label: 'What the file holds', people: 'People', frontdesk_visits: 'Front-desk visits', socialdesk_interviews: 'Social-desk interviews', epn_visits: 'EPN visits', training_participations: 'Training participations', room_bookings: 'Room bookings', appointments: 'Appointments', hint: 'Import the people first: each row of history names its person by their id in the same source or their national number.' },
    upload: {
      title: 'New file', file: 'Excel (.xlsx) or CSV file', fileHint: '20 MB at most; the first row must name the columns.',
      source: 'Source', sourceHint: 'Where these data come from (for example "actiris" or "file-2023"): a second import from the same source updates the records instead of duplicating them.',
      submit: 'Read the file', clear: 'Remove the file',
    },
    batch: { title: 'Import: {{file}}', source: 'Source: {{source}}', back: 'All imports' },
    mapping: {
      title: '1. Columns', intro: 'Say what each column holds. The mapping is suggested from the column names and remembered for the next file of the same shape.',
      column: 'Column "{{name}}"', unnamed: 'column {{n}}', none: '— Do not import', save: 'Save the columns', saved: 'Columns saved; the rows were checked again.',
    },
    rows: {
      title: '2. Checking the rows', counts: 'Summary of the rows', filter: 'Rows to show', all: 'All', errors: 'Errors', duplicates: 'Duplicates',
      none: 'No row to show.', line: 'Row', status: 'State', fixLabel: '{{field}}, row {{line}}',
    },
    duplicate: {
      registry: 'Maybe already in Relais:', file: 'Like row {{line}} of the file: {{who}}',
      reason: { same_niss: 'same national number', same_birth_date_and_name: 'same birth date and a close name', same_external_id: 'same id' },
      decisionLabel: 'What to do with row {{line}}?', undecided: 'To decide (skipped)', skip: 'Skip the row', link: 'Same person: link', merge: 'Same person: complete the record', new: 'Another person: create',
    },
    commit: {
      title: '3. Commit', intro: 'Rows with errors are not imported, nor undecided duplicates. Everything is saved at once, or nothing.',
      dryRun: 'Simulate the import', submit: 'Commit the import', dryTitle: 'Simulation (nothing is saved)',
      dryResult: '{{create}} records would be created, {{update}} updated, {{refuse}} rows refused (errors) and {{skip}} skipped.',
      dryNoted: '{{count}} row(s) would be written otherwise than they say: see the row’s note (for instance, a full session: waiting list).',
      checking: 'Checking the rows…', writing: 'Saving: {{done}} of {{total}}',
    },
    done: {
      title: 'Import done', result: '{{created}} records created, {{updated}} updated; {{refused}} rows refused and {{skipped}} skipped.',
      undone: 'This import was undone: the records it created are deleted and the updated records have their values back.',
      undoHint: 'Undoing the import deletes the records it created and puts the updated records back as they were, as long as nothing was recorded for them since.',
      undo: 'Undo the import', undoConfirm_one: 'Delete the record this import created?', undoConfirm_other: 'Delete the {{count}} records this import created?', undoYes: 'Yes, undo the import', undoNo: 'No',
    },
  },
};

registerCatalog('imports', importsCatalog);
