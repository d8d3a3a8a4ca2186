import { registerCatalog } from '../../app/i18n';

/** Strings of the contests: the organisers' pages and the juror's phone. */
export const contestsCatalog = {
  fr: {
    nav: { contests: 'Concours (jury)' },
    status: { draft: 'En préparation', open: 'Ouvert aux notes', closed: 'Clôturé' },
    list: { title: 'Concours', none: 'Aucun concours pour l’instant.', name: 'Nom', date: 'Date', status: 'État', candidates: 'Candidats', jurors: 'Jurés', create: 'Nouveau concours', submit: 'Créer', eventId: 'Numéro de l’événement (facultatif)' },
    contest: {
      back: 'Tous les concours', open: 'Ouvrir aux notes du jury', close: 'Clôturer et verrouiller les résultats', closeConfirm: 'Clôturer le concours ? Les notes seront verrouillées.', locked: 'Le concours est clôturé : les résultats sont verrouillés.',
      criteria: 'Critères', criterion: 'Critère', weight: 'Poids', max: 'Note maximale', addCriterion: 'Ajouter le critère', frozen: 'Les critères ne changent plus une fois le concours ouvert.', noCriteria: 'Aucun critère.',
      candidates: 'Candidats', candidate: 'Candidat', project: 'Projet', addCandidate: 'Ajouter le candidat', noCandidates: 'Aucun candidat.', removeCandidate: 'Retirer {{name}}', removeCriterion: 'Retirer le critère {{name}}',
      jurors: 'Jury', juror: 'Nom du juré', addJuror: 'Ajouter le juré', noJurors: 'Aucun juré.', link: 'Lien privé de {{name}}', linkNote: 'Ce lien n’est montré qu’une fois : envoyez-le au juré maintenant.', copy: 'Copier le lien', copied: 'Lien copié',
      renew: 'Nouveau lien pour {{name}}', renewShort: 'Nouveau lien', revoke: 'Retirer le lien de {{name}}', revokeShort: 'Retirer le lien', revoked: 'Lien retiré', scored: '{{count}} candidat(s) noté(s)',
      conflicts: 'Conflits d’intérêts', conflictsIntro: 'Cochez quand un juré ne doit pas noter un candidat : sa moyenne est alors faite par les autres jurés.', conflictOf: 'Conflit d’intérêts : {{juror}} et {{candidate}}',
    },
    ranking: {
      title: 'Classement en direct', table: 'Tableau du classement', live: 'Mis à jour toutes les 5 secondes.', rank: 'Rang', candidate: 'Candidat', score: 'Note sur 100', jurors: 'Jurés', tie: 'Égalité', none: 'Pas encore de note.',
      tieBroken: 'Égalité départagée par « {{criterion}} » (critère le plus lourd où les moyennes diffèrent)', tieStands: 'Ex æquo : aucun critère ne les départage', chart: 'Notes sur 100', xlsx: 'Exporter (xlsx)', csv: 'Exporter (csv)',
      jurorsOf: '{{scored}} / {{expected}}', conflictsNote: '{{count}} conflit(s)',
    },
    jury: {
      title: 'Jury – {{name}}', hello: 'Bonjour {{name}}. Notez chaque candidat sur chaque critère.', save: 'Enregistrer les notes de {{name}}', saveShort: 'Enregistrer les notes', saved: 'Notes enregistrées', conflict: 'Conflit d’intérêts : vous ne notez pas ce candidat.',
      closed: 'Le concours est clôturé : les résultats sont verrouillés.', draft: 'Le concours n’est pas encore ouvert aux notes.', scoreOf: '{{criterion}} (sur {{max}})', weight: 'poids {{weight}}', done: 'Noté', todo: 'À noter',
      choose: 'Note…',
    },
  },
  nl: {
    nav: { contests: 'Wedstrijden (jury)' },
    status: { draft: 'In voorbereiding', open: 'Open voor scores', closed: 'Afgesloten' },
    list: { title: 'Wedstrijden', none: 'Nog geen wedstrijden.', name: 'Naam', date: 'Datum', status: 'Status', candidates: 'Kandidaten', jurors: 'Juryleden', create: 'Nieuwe wedstrijd', submit: 'Aanmaken', eventId: 'Nummer van het evenement (facultatief)' },
    contest: {
      back: 'Alle wedstrijden', open: 'Openen voor de scores van de jury', close: 'Afsluiten en de resultaten vastleggen', closeConfirm: 'De wedstrijd afsluiten? De scores worden vastgelegd.', locked: 'De wedstrijd is afgesloten: de resultaten liggen vast.',
      criteria: 'Criteria', criterion: 'Criterium', weight: 'Gewicht', max: 'Maximumscore', addCriterion: 'Criterium toevoegen', frozen: 'De criteria veranderen niet meer zodra de wedstrijd open is.', noCriteria: 'Geen criteria.',
      candidates: 'Kandidaten', candidate: 'Kandidaat', project: 'Project', addCandidate: 'Kandidaat toevoegen', noCandidates: 'Geen kandidaten.', removeCandidate: '{{name}} verwijderen', removeCriterion: 'Het criterium {{name}} verwijderen',
      jurors: 'Jury', juror: 'Naam van het jurylid', addJuror: 'Jurylid toevoegen', noJurors: 'Geen juryleden.', link: 'Privélink van {{name}}', linkNote: 'Deze link wordt maar één keer getoond: stuur hem nu naar het jurylid.', copy: 'Link kopiëren', copied: 'Link gekopieerd',
      renew: 'Nieuwe link voor {{name}}', renewShort: 'Nieuwe link', revoke: 'Link intrekken voor {{name}}', revokeShort: 'Link intrekken', revoked: 'Link ingetrokken', scored: '{{count}} kandidaat/kandidaten gescoord',
      conflicts: 'Belangenconflicten', conflictsIntro: 'Vink aan wanneer een jurylid een kandidaat niet mag scoren: het gemiddelde wordt dan door de andere juryleden bepaald.', conflictOf: 'Belangenconflict: {{juror}} en {{candidate}}',
    },
    ranking: {
      title: 'Live rangschikking', table: 'Tabel van de rangschikking', live: 'Elke 5 seconden bijgewerkt.', rank: 'Rang', candidate: 'Kandidaat', score: 'Score op 100', jurors: 'Juryleden', tie: 'Gelijke stand', none: 'Nog geen scores.',
      tieBroken: 'Gelijke stand beslist door "{{criterion}}" (zwaarste criterium waarop de gemiddelden verschillen)', tieStands: 'Ex aequo: geen enkel criterium beslist', chart: 'Scores op 100', xlsx: 'Exporteren (xlsx)', csv: 'Exporteren (csv)',
      jurorsOf: '{{scored}} / {{expected}}', conflictsNote: '{{count}} conflict(en)',
    },
    jury: {
      title: 'Jury – {{name}}', hello: 'Goedendag {{name}}. Geef elke kandidaat een score op elk criterium.', save: 'Scores opslaan voor {{name}}', saveShort: 'Scores opslaan', saved: 'Scores opgeslagen', conflict: 'Belangenconflict: u beoordeelt deze kandidaat niet.',
      closed: 'De wedstrijd is afgesloten: de resultaten liggen vast.', draft: 'De wedstrijd staat nog niet open voor scores.', scoreOf: '{{criterion}} (op {{max}})', weight: 'gewicht {{weight}}', done: 'Gescoord', todo: 'Te scoren',
      choose: 'Score…',
    },
  },
  en: {
    nav: { contests: 'Contests (jury)' },
    status: { draft: 'In preparation', open: 'Open for scoring', closed: 'Closed' },
    list: { title: 'Contests', none: 'No contest yet.', name: 'Name', date: 'Date', status: 'Status', candidates: 'Candidates', jurors: 'Jurors', create: 'New contest', submit: 'Create', eventId: 'Event number (optional)' },
    contest: {
      back: 'All contests', open: 'Open for the jury’s scores', close: 'Close and lock the results', closeConfirm: 'Close the contest? The scores will be locked.', locked: 'The contest is closed: the results are locked.',
      criteria: 'Criteria', criterion: 'Criterion', weight: 'Weight', max: 'Maximum score', addCriterion: 'Add the criterion', frozen: 'The criteria no longer change once the contest is open.', noCriteria: 'No criteria.',
      candidates: 'Candidates', candidate: 'Candidate', project: 'Project', addCandidate: 'Add the candidate', noCandidates: 'No candidates.', removeCandidate: 'Remove {{name}}', removeCriterion: 'Remove the criterion {{name}}',
      jurors: 'Jury', juror: 'Juror’s name', addJuror: 'Add the juror', noJurors: 'No jurors.', link: 'Private link of {{name}}', linkNote: 'This link is shown only once: send it to the juror now.', copy: 'Copy the link', copied: 'Link copied',
      renew: 'New link for {{name}}', renewShort: 'New link', revoke: 'Revoke the link of {{name}}', revokeShort: 'Revoke the link', revoked: 'Link revoked', scored: '{{count}} candidate(s) scored',
      conflicts: 'Conflicts of interest', conflictsIntro: 'Tick when a juror must not score a candidate: that candidate’s mean is then made by the other jurors.', conflictOf: 'Conflict of interest: {{juror}} and {{candidate}}',
    },
    ranking: {
      title: 'Live ranking', table: 'Ranking table', live: 'Updated every 5 seconds.', rank: 'Rank', candidate: 'Candidate', score: 'Score out of 100', jurors: 'Jurors', tie: 'Tie', none: 'No score yet.',
      tieBroken: 'Tie broken by "{{criterion}}" (the heaviest criterion where the means differ)', tieStands: 'Tied: no criterion separates them', chart: 'Scores out of 100', xlsx: 'Export (xlsx)', csv: 'Export (csv)',
      jurorsOf: '{{scored}} / {{expected}}', conflictsNote: '{{count}} conflict(s)',
    },
    jury: {
      title: 'Jury – {{name}}', hello: 'Hello {{name}}. Score each candidate on each criterion.', save: 'Save the scores of {{name}}', saveShort: 'Save the scores', saved: 'Scores saved', conflict: 'Conflict of interest: you do not score this candidate.',
      closed: 'The contest is closed: the results are locked.', draft: 'The contest is not open for scoring yet.', scoreOf: '{{criterion}} (out of {{max}})', weight: 'weight {{weight}}', done: 'Scored', todo: 'To score',
      choose: 'Score…',
    },
  },
};

registerCatalog('contests', contestsCatalog);
