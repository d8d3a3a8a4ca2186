import { registerCatalog } from '../../app/i18n';

/** Strings of the surveys, the screening desk and the public answering page. */
export const surveysCatalog = {
  fr: {
    nav: { surveys: 'Enquêtes', screening: 'Screening (salons)' },
    kind: { scale: 'Échelle', single: 'Choix unique', multiple: 'Choix multiple', text: 'Texte libre' },
    list: {
      title: 'Enquêtes', screeningTitle: 'Formulaires de screening', none: 'Aucune enquête pour l’instant.', name: 'Titre', subject: 'Sujet', status: 'État', answers: 'Réponses',
      questions: 'Questions', open: 'Ouverte', closed: 'Fermée', create: 'Nouvelle enquête', createScreening: 'Nouveau formulaire de screening', titleFr: 'Titre (FR)', titleNl: 'Titre (NL)',
      titleEn: 'Titre (EN, facultatif)', subjectType: 'Type de sujet (ex. event)', subjectId: 'Numéro du sujet', submit: 'Créer',
    },
    survey: {
      back: 'Toutes les enquêtes', open: 'Ouvrir aux réponses', close: 'Clôturer', openedElsewhere: 'Cette évaluation s’ouvre et se clôture depuis la page de la session de formation, où l’on encode aussi les formulaires papier.', status: 'État : {{status}}', link: 'Lien public de réponse', copy: 'Copier le lien', copied: 'Lien copié',
      noLink: 'Ouvrez l’enquête pour obtenir un lien de réponse (un nouveau lien à chaque ouverture).', questions: 'Questions', noQuestion: 'Aucune question. Ajoutez-en avant d’ouvrir l’enquête.',
      frozen: 'L’enquête a des réponses : ses questions ne changent plus.', remove: 'Retirer la question « {{text}} »', add: 'Ajouter une question', kind: 'Type de question',
      textFr: 'Question (FR)', textNl: 'Question (NL)', textEn: 'Question (EN, facultatif)', scale: 'Échelle', scale5: 'de 1 à 5', scale10: 'de 0 à 10',
      options: 'Propositions, une par ligne : « français | néerlandais »', required: 'Réponse obligatoire', addSubmit: 'Ajouter la question', anonymous: 'Les réponses sont anonymes : personne ne peut savoir qui a répondu quoi.',
      desk: 'Ouvrir le poste de screening',
    },
    results: {
      title: 'Résultats', answers: '{{count}} réponse', answers_other: '{{count}} réponses', average: 'Moyenne : {{value}}', answered: '{{count}} réponse(s) à cette question', none: 'Pas encore de réponse.',
      texts: 'Réponses libres', count: 'Réponses', xlsx: 'Exporter (xlsx)', csv: 'Exporter (csv)', orientations: 'Orientations', unoriented: 'Sans règle correspondante : {{count}}',
    },
    rules: {
      title: 'Règles d’orientation', intro: 'Les règles sont essayées dans l’ordre. Chaque règle oriente vers un stand ou une formation quand toutes ses conditions sont remplies.',
      none: 'Aucune règle : personne n’est orienté.', mode: 'Quand plusieurs règles conviennent', first: 'La première seulement', all: 'Toutes', condition: 'Condition', target: 'Orienter vers',
      question: 'Question', op: 'Comparaison', value: 'Valeur', equals: 'est', includes: 'comprend', at_least: 'au moins', at_most: 'au plus', targetFr: 'Orienter vers (FR)', targetNl: 'Orienter vers (NL)',
      targetEn: 'Orienter vers (EN, facultatif)', add: 'Ajouter la règle', addCondition: 'Ajouter une condition', removeCondition: 'Retirer la condition {{n}}', remove: 'Retirer la règle vers « {{target}} »',
      rule: 'Si {{conditions}}', and: ' et ',
    },
    desk: {
      title: 'Screening – {{name}}', intro: 'Posez les questions au candidat, puis montrez-lui où aller.', submit: 'Orienter le candidat', go: 'Orientation', none: 'Aucune règle ne correspond : orientez le candidat vers l’accueil général.',
      next: 'Candidat suivant', missing: 'Répondez à toutes les questions obligatoires.', closed: 'Ce formulaire est fermé : ouvrez-le pour orienter des candidats.',
    },
    public: {
      title: 'Votre avis', submit: 'Envoyer mes réponses', thanks: 'Merci ! Vos réponses ont été enregistrées.', anonymous: 'Vos réponses sont anonymes.', missing: 'Répondez aux questions obligatoires.',
      optional: '(facultatif)', score: 'Note {{n}}',
    },
    form: { choose: 'Choisir…' },
  },
  nl: {
    nav: { surveys: 'Enquêtes', screening: 'Screening (beurzen)' },
    kind: { scale: 'Schaal', single: 'Eén keuze', multiple: 'Meerdere keuzes', text: 'Vrije tekst' },
    list: {
      title: 'Enquêtes', screeningTitle: 'Screeningformulieren', none: 'Nog geen enquêtes.', name: 'Titel', subject: 'Onderwerp', status: 'Status', answers: 'Antwoorden',
      questions: 'Vragen', open: 'Open', closed: 'Gesloten', create: 'Nieuwe enquête', createScreening: 'Nieuw screeningformulier', titleFr: 'Titel (FR)', titleNl: 'Titel (NL)',
      titleEn: 'Titel (EN, facultatief)', subjectType: 'Soort onderwerp (bv. event)', subjectId: 'Nummer van het onderwerp', submit: 'Aanmaken',
    },
    survey: {
      back: 'Alle enquêtes', open: 'Openen voor antwoorden', close: 'Afsluiten', openedElsewhere: 'Deze evaluatie wordt geopend en afgesloten op de pagina van de opleidingssessie, waar ook de papieren formulieren worden ingevoerd.', status: 'Status: {{status}}', link: 'Openbare antwoordlink', copy: 'Link kopiëren', copied: 'Link gekopieerd',
      noLink: 'Open de enquête om een antwoordlink te krijgen (een nieuwe link bij elke opening).', questions: 'Vragen', noQuestion: 'Geen vragen. Voeg er toe voor u de enquête opent.',
      frozen: 'De enquête heeft antwoorden: de vragen veranderen niet meer.', remove: 'De vraag "{{text}}" verwijderen', add: 'Een vraag toevoegen', kind: 'Soort vraag',
      textFr: 'Vraag (FR)', textNl: 'Vraag (NL)', textEn: 'Vraag (EN, facultatief)', scale: 'Schaal', scale5: 'van 1 tot 5', scale10: 'van 0 tot 10',
      options: 'Voorstellen, één per regel: "Frans | Nederlands"', required: 'Antwoord verplicht', addSubmit: 'Vraag toevoegen', anonymous: 'De antwoorden zijn anoniem: niemand kan weten wie wat antwoordde.',
      desk: 'De screeningpost openen',
    },
    results: {
      title: 'Resultaten', answers: '{{count}} antwoord', answers_other: '{{count}} antwoorden', average: 'Gemiddelde: {{value}}', answered: '{{count}} antwoord(en) op deze vraag', none: 'Nog geen antwoorden.',
      texts: 'Vrije antwoorden', count: 'Antwoorden', xlsx: 'Exporteren (xlsx)', csv: 'Exporteren (csv)', orientations: 'Doorverwijzingen', unoriented: 'Zonder passende regel: {{count}}',
    },
    rules: {
      title: 'Doorverwijzingsregels', intro: 'De regels worden in volgorde geprobeerd. Een regel verwijst door naar een stand of een opleiding wanneer al zijn voorwaarden vervuld zijn.',
      none: 'Geen regels: niemand wordt doorverwezen.', mode: 'Wanneer meerdere regels passen', first: 'Alleen de eerste', all: 'Allemaal', condition: 'Voorwaarde', target: 'Doorverwijzen naar',
      question: 'Vraag', op: 'Vergelijking', value: 'Waarde', equals: 'is', includes: 'bevat', at_least: 'minstens', at_most: 'hoogstens', targetFr: 'Doorverwijzen naar (FR)', targetNl: 'Doorverwijzen naar (NL)',
      targetEn: 'Doorverwijzen naar (EN, facultatief)', add: 'Regel toevoegen', addCondition: 'Een voorwaarde toevoegen', removeCondition: 'Voorwaarde {{n}} verwijderen', remove: 'De regel naar "{{target}}" verwijderen',
      rule: 'Als {{conditions}}', and: ' en ',
    },
    desk: {
      title: 'Screening – {{name}}', intro: 'Stel de kandidaat de vragen en toon waar hij of zij heen moet.', submit: 'Kandidaat doorverwijzen', go: 'Doorverwijzing', none: 'Geen enkele regel past: verwijs de kandidaat naar het algemene onthaal.',
      next: 'Volgende kandidaat', missing: 'Beantwoord alle verplichte vragen.', closed: 'Dit formulier is gesloten: open het om kandidaten door te verwijzen.',
    },
    public: {
      title: 'Uw mening', submit: 'Mijn antwoorden versturen', thanks: 'Bedankt! Uw antwoorden werden geregistreerd.', anonymous: 'Uw antwoorden zijn anoniem.', missing: 'Beantwoord de verplichte vragen.',
      optional: '(facultatief)', score: 'Score {{n}}',
    },
    form: { choose: 'Kiezen…' },
  },
  en: {
    nav: { surveys: 'Surveys', screening: 'Screening (fairs)' },
    kind: { scale: 'Scale', single: 'Single choice', multiple: 'Multiple choice', text: 'Free text' },
    list: {
      title: 'Surveys', screeningTitle: 'Screening forms', none: 'No survey yet.', name: 'Title', subject: 'Subject', status: 'Status', answers: 'Answers',
      questions: 'Questions', open: 'Open', closed: 'Closed', create: 'New survey', createScreening: 'New screening form', titleFr: 'Title (FR)', titleNl: 'Title (NL)',
      titleEn: 'Title (EN, optional)', subjectType: 'Subject type (e.g. event)', subjectId: 'Subject number', submit: 'Create',
    },
    survey: {
      back: 'All surveys', open: 'Open for answers', close: 'Close', openedElsewhere: 'This evaluation is opened and closed from the training session’s page, where the paper forms are typed in too.', status: 'Status: {{status}}', link: 'Public answering link', copy: 'Copy the link', copied: 'Link copied',
      noLink: 'Open the survey to get an answering link (a new link each time it opens).', questions: 'Questions', noQuestion: 'No question. Add some before opening the survey.',
      frozen: 'The survey has answers: its questions no longer change.', remove: 'Remove the question "{{text}}"', add: 'Add a question', kind: 'Kind of question',
      textFr: 'Question (FR)', textNl: 'Question (NL)', textEn: 'Question (EN, optional)', scale: 'Scale', scale5: 'from 1 to 5', scale10: 'from 0 to 10',
      options: 'Options, one per line: "French | Dutch"', required: 'Answer required', addSubmit: 'Add the question', anonymous: 'Answers are anonymous: nobody can tell who answered what.',
      desk: 'Open the screening desk',
    },
    results: {
      title: 'Results', answers: '{{count}} answer', answers_other: '{{count}} answers', average: 'Average: {{value}}', answered: '{{count}} answer(s) to this question', none: 'No answer yet.',
      texts: 'Free answers', count: 'Answers', xlsx: 'Export (xlsx)', csv: 'Export (csv)', orientations: 'Orientations', unoriented: 'No matching rule: {{count}}',
    },
    rules: {
      title: 'Orientation rules', intro: 'Rules are tried in order. A rule orients to a stand or a training when all its conditions hold.',
      none: 'No rule: nobody is oriented.', mode: 'When several rules match', first: 'The first one only', all: 'All of them', condition: 'Condition', target: 'Orient to',
      question: 'Question', op: 'Comparison', value: 'Value', equals: 'is', includes: 'includes', at_least: 'at least', at_most: 'at most', targetFr: 'Orient to (FR)', targetNl: 'Orient to (NL)',
      targetEn: 'Orient to (EN, optional)', add: 'Add the rule', addCondition: 'Add a condition', removeCondition: 'Remove condition {{n}}', remove: 'Remove the rule to "{{target}}"',
      rule: 'If {{conditions}}', and: ' and ',
    },
    desk: {
      title: 'Screening – {{name}}', intro: 'Ask the candidate the questions, then show where to go.', submit: 'Orient the candidate', go: 'Orientation', none: 'No rule matches: send the candidate to the general desk.',
      next: 'Next candidate', missing: 'Answer every required question.', closed: 'This form is closed: open it to orient candidates.',
    },
    public: {
      title: 'Your opinion', submit: 'Send my answers', thanks: 'Thank you! Your answers were recorded.', anonymous: 'Your answers are anonymous.', missing: 'Answer the required questions.',
      optional: '(optional)', score: 'Score {{n}}',
    },
    form: { choose: 'Choose…' },
  },
};

registerCatalog('surveys', surveysCatalog);
