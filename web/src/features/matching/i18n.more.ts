/** Strings of the skills catalogue, a candidate's offers, equality data, intake, workshop days, follow-up and the person page. */
export const matchingMoreCatalog = {
  fr: {
    timeline: { profile: 'Profil de candidat (matching sans CV)', case: 'Situation présentée à un cercle', attended: 'Atelier ou cercle suivi' },
    skills: {
      title: 'Catalogue des compétences', intro: 'Les compétences que les profils et les offres utilisent, en français, néerlandais et anglais, avec leur concept ESCO quand il existe. Une compétence retirée ne se choisit plus, mais reste sur les profils qui l’ont.',
      family: 'Métier', labelFr: 'Nom en français', labelNl: 'Nom en néerlandais', labelEn: 'Nom en anglais', esco: 'Concept ESCO (adresse)', escoHint: 'http://data.europa.eu/esco/skill/… ; laissez vide si vous n’êtes pas sûr·e', noEsco: 'pas de concept ESCO',
      caption: 'Compétences du catalogue', state: 'État', active: 'en usage', retired: 'retirée', actions: 'Actions', edit: 'Modifier', editTitle: 'Modifier « {{label}} »', retire: 'Retirer', restore: 'Remettre en usage', retireLabel: 'Retirer « {{label}} »', restoreLabel: 'Remettre en usage « {{label}} »',
      save: 'Enregistrer', cancel: 'Annuler', saved: 'Compétence enregistrée.', add: 'Ajouter une compétence', addSubmit: 'Ajouter au catalogue', added: 'Compétence ajoutée.', showRetired: 'Montrer aussi les compétences retirées', allFamilies: 'Tous les métiers', open: 'Catalogue des compétences',
    },
    offersFor: {
      title: 'Offres pour ce candidat', intro: 'Les offres publiées, de la plus proche à la plus lointaine du profil, avec chaque exigence remplie, en partie ou non. Le score propose seulement.', caption: 'Offres classées pour ce candidat', rank: 'Rang', offer: 'Offre', score: 'Score', criteria: 'Exigences',
      none: 'Aucune offre publiée ne demande encore rien.', proposed: 'Déjà proposé', propose: 'Proposer', proposeLabel: 'Proposer ce candidat pour « {{offer}} »', noProfile: 'Enregistrez d’abord le profil.', withdrawn: 'Consentement retiré : le candidat n’est plus proposé.',
    },
    equality: {
      title: 'Données d’égalité (facultatives)', intro: 'La personne peut, si elle le veut, dire à quel groupe elle appartient. Ces données ne comptent jamais dans le score, ne sont jamais montrées à un employeur et ne servent qu’aux chiffres d’ensemble du service (par groupe de 5 personnes au moins), pour voir si la méthode réduit les discriminations.',
      consent: 'La personne accepte de donner ces données, pour les chiffres d’ensemble seulement', groups: 'Groupes auxquels la personne dit appartenir', consentAt: 'Accord donné le {{at}}.', needConsent: 'Cochez d’abord l’accord de la personne.',
    },
    intake: {
      title: 'Besoins en attente d’un cercle', intro: 'Un·e référent·e note le besoin d’une personne ; la situation attend ici jusqu’à ce qu’elle soit mise à l’ordre du jour d’un cercle.', new: 'Noter un besoin (accueil)', person: 'Personne', need: 'Besoin de la personne', submit: 'Enregistrer le besoin', saved: 'Besoin enregistré.',
      none: 'Aucun besoin en attente.', caption: 'Situations sans cercle', recorded: 'noté le {{at}}', toCircle: 'Mettre à l’ordre du jour de', toCircleLabel: 'Cercle pour {{name}}', noCircle: '— pas encore —', schedule: 'Mettre à l’ordre du jour', scheduleLabel: 'Mettre à l’ordre du jour : {{name}}',
    },
    caseEdit: { edit: 'Modifier la situation', editLabel: 'Modifier la situation de {{name}}', need: 'Besoin de la personne', circle: 'Cercle', noCircle: '— aucun (en attente) —', save: 'Enregistrer', cancel: 'Annuler', saved: 'Situation modifiée.' },
    circleEdit: { edit: 'Modifier le cercle', title: 'Modifier le cercle', save: 'Enregistrer les modifications', cancel: 'Annuler', saved: 'Cercle modifié.', endsOn: 'Dernier jour (atelier sur plusieurs jours)', endsOnHint: 'Vide pour un seul jour' },
    days: { range: 'du {{from}} au {{to}}' },
    attendance: {
      title: 'Présences', intro: 'Cochez, jour par jour, les personnes présentes.', caption: 'Présences par jour', person: 'Personne', add: 'Ajouter une personne à la liste', addSubmit: 'Ajouter', none: 'Personne sur la liste pour l’instant.',
      presentOn: '{{name}} présent·e le {{day}}', total: '{{count}} jour(s) de présence', saved: 'Présence enregistrée.', notYet: 'à venir', day: 'Jour', who: 'Personne à ajouter',
    },
    appointment: {
      revoke: 'Révoquer le lien du partenaire', revokeLabel: 'Révoquer le lien du partenaire : {{org}}, pour {{name}}', revoked: 'lien révoqué le {{at}}', revokeConfirm: 'Le partenaire ne pourra plus ouvrir ce rendez-vous avec son lien. Continuer ?',
      outcome: 'Rendez-vous honoré ?', outcomeLabel: 'Rendez-vous de {{name}} chez {{org}} : honoré ?', save: 'Enregistrer', saved: 'Réponse enregistrée.', notYet: '—',
    },
    followUp3: { title: 'Suivi à 3 mois', titleFor: 'Suivi à 3 mois de {{name}}', due: 'À faire à partir du {{date}}.', done: 'Suivi à 3 mois : {{followUp}} (le {{at}}).', situation: 'Ce que la personne est devenue', save: 'Enregistrer le suivi', saved: 'Suivi enregistré.' },
  },
  nl: {
    timeline: { profile: 'Kandidatenprofiel (matching zonder cv)', case: 'Situatie voorgelegd aan een kring', attended: 'Workshop of kring gevolgd' },
    skills: {
      title: 'Catalogus van vaardigheden', intro: 'De vaardigheden die profielen en vacatures gebruiken, in het Frans, Nederlands en Engels, met hun ESCO-concept als dat bestaat. Een ingetrokken vaardigheid kan je niet meer kiezen, maar ze blijft op de profielen die ze hebben.',
      family: 'Beroep', labelFr: 'Naam in het Frans', labelNl: 'Naam in het Nederlands', labelEn: 'Naam in het Engels', esco: 'ESCO-concept (adres)', escoHint: 'http://data.europa.eu/esco/skill/… ; laat leeg als u het niet zeker weet', noEsco: 'geen ESCO-concept',
      caption: 'Vaardigheden van de catalogus', state: 'Status', active: 'in gebruik', retired: 'ingetrokken', actions: 'Acties', edit: 'Wijzigen', editTitle: '“{{label}}” wijzigen', retire: 'Intrekken', restore: 'Terug in gebruik nemen', retireLabel: '“{{label}}” intrekken', restoreLabel: 'Terug in gebruik nemen: “{{label}}”',
      save: 'Opslaan', cancel: 'Annuleren', saved: 'Vaardigheid opgeslagen.', add: 'Een vaardigheid toevoegen', addSubmit: 'Aan de catalogus toevoegen', added: 'Vaardigheid toegevoegd.', showRetired: 'Ook de ingetrokken vaardigheden tonen', allFamilies: 'Alle beroepen', open: 'Catalogus van vaardigheden',
    },
    offersFor: {
      title: 'Vacatures voor deze kandidaat', intro: 'De gepubliceerde vacatures, van de best tot de minst passende voor het profiel, met elke vereiste voldaan, gedeeltelijk of niet. De score stelt enkel voor.', caption: 'Gerangschikte vacatures voor deze kandidaat', rank: 'Rang', offer: 'Vacature', score: 'Score', criteria: 'Vereisten',
      none: 'Geen enkele gepubliceerde vacature vraagt al iets.', proposed: 'Al voorgesteld', propose: 'Voorstellen', proposeLabel: 'Deze kandidaat voorstellen voor “{{offer}}”', noProfile: 'Sla eerst het profiel op.', withdrawn: 'Toestemming ingetrokken: de kandidaat wordt niet meer voorgesteld.',
    },
    equality: {
      title: 'Gelijkheidsgegevens (vrijwillig)', intro: 'De persoon kan, als hij of zij dat wil, zeggen tot welke groep hij of zij behoort. Deze gegevens tellen nooit mee in de score, worden nooit aan een werkgever getoond en dienen enkel voor de totaalcijfers van de dienst (per groep van minstens 5 personen), om te zien of de methode discriminatie vermindert.',
      consent: 'De persoon aanvaardt deze gegevens te geven, enkel voor de totaalcijfers', groups: 'Groepen waartoe de persoon zegt te behoren', consentAt: 'Toestemming gegeven op {{at}}.', needConsent: 'Vink eerst de toestemming van de persoon aan.',
    },
    intake: {
      title: 'Noden die op een kring wachten', intro: 'Een referent noteert de nood van een persoon; de situatie wacht hier tot ze op de agenda van een kring komt.', new: 'Een nood noteren (intake)', person: 'Persoon', need: 'Nood van de persoon', submit: 'De nood opslaan', saved: 'Nood opgeslagen.',
      none: 'Geen wachtende noden.', caption: 'Situaties zonder kring', recorded: 'genoteerd op {{at}}', toCircle: 'Op de agenda zetten van', toCircleLabel: 'Kring voor {{name}}', noCircle: '— nog niet —', schedule: 'Op de agenda zetten', scheduleLabel: 'Op de agenda zetten: {{name}}',
    },
    caseEdit: { edit: 'De situatie wijzigen', editLabel: 'De situatie wijzigen van {{name}}', need: 'Nood van de persoon', circle: 'Kring', noCircle: '— geen (wachtend) —', save: 'Opslaan', cancel: 'Annuleren', saved: 'Situatie gewijzigd.' },
    circleEdit: { edit: 'De kring wijzigen', title: 'De kring wijzigen', save: 'De wijzigingen opslaan', cancel: 'Annuleren', saved: 'Kring gewijzigd.', endsOn: 'Laatste dag (workshop over meerdere dagen)', endsOnHint: 'Leeg voor één dag' },
    days: { range: 'van {{from}} tot {{to}}' },
    attendance: {
      title: 'Aanwezigheden', intro: 'Vink dag per dag de aanwezige personen aan.', caption: 'Aanwezigheden per dag', person: 'Persoon', add: 'Een persoon aan de lijst toevoegen', addSubmit: 'Toevoegen', none: 'Nog niemand op de lijst.',
      presentOn: '{{name}} aanwezig op {{day}}', total: '{{count}} dag(en) aanwezig', saved: 'Aanwezigheid opgeslagen.', notYet: 'nog niet', day: 'Dag', who: 'Toe te voegen persoon',
    },
    appointment: {
      revoke: 'De link van de partner intrekken', revokeLabel: 'De link van de partner intrekken: {{org}}, voor {{name}}', revoked: 'link ingetrokken op {{at}}', revokeConfirm: 'De partner kan deze afspraak dan niet meer openen met zijn link. Doorgaan?',
      outcome: 'Afspraak nagekomen?', outcomeLabel: 'Afspraak van {{name}} bij {{org}}: nagekomen?', save: 'Opslaan', saved: 'Antwoord opgeslagen.', notYet: '—',
    },
    followUp3: { title: 'Opvolging na 3 maanden', titleFor: 'Opvolging na 3 maanden van {{name}}', due: 'Te doen vanaf {{date}}.', done: 'Opvolging na 3 maanden: {{followUp}} (op {{at}}).', situation: 'Wat er van de persoon geworden is', save: 'De opvolging opslaan', saved: 'Opvolging opgeslagen.' },
  },
  en: {
    timeline: { profile: 'Candidate profile (blind hiring)', case: 'Case brought to a circle', attended: 'Workshop or circle attended' },
    skills: {
      title: 'Skills catalogue', intro: 'The skills that profiles and offers use, in French, Dutch and English, with their ESCO concept where one exists. A retired skill can no longer be chosen, but stays on the profiles that have it.',
      family: 'Job family', labelFr: 'Name in French', labelNl: 'Name in Dutch', labelEn: 'Name in English', esco: 'ESCO concept (URI)', escoHint: 'http://data.europa.eu/esco/skill/… ; leave empty if you are not sure', noEsco: 'no ESCO concept',
      caption: 'Skills of the catalogue', state: 'State', active: 'in use', retired: 'retired', actions: 'Actions', edit: 'Edit', editTitle: 'Edit “{{label}}”', retire: 'Retire', restore: 'Bring back into use', retireLabel: 'Retire “{{label}}”', restoreLabel: 'Bring back into use: “{{label}}”',
      save: 'Save', cancel: 'Cancel', saved: 'Skill saved.', add: 'Add a skill', addSubmit: 'Add to the catalogue', added: 'Skill added.', showRetired: 'Show retired skills too', allFamilies: 'All job families', open: 'Skills catalogue',
    },
    offersFor: {
      title: 'Offers for this candidate', intro: 'The published offers, from the closest to the furthest from the profile, with every requirement met, partly met or not met. The score only proposes.', caption: 'Offers ranked for this candidate', rank: 'Rank', offer: 'Offer', score: 'Score', criteria: 'Requirements',
      none: 'No published offer asks for anything yet.', proposed: 'Already proposed', propose: 'Propose', proposeLabel: 'Propose this candidate for “{{offer}}”', noProfile: 'Save the profile first.', withdrawn: 'Consent withdrawn: the candidate is no longer proposed.',
    },
    equality: {
      title: 'Equality data (voluntary)', intro: 'The person may, if they wish, say which group they belong to. This data never counts in the score, is never shown to an employer and only feeds the service’s overall figures (groups of at least 5 people), to see whether the method reduces discrimination.',
      consent: 'The person agrees to give this data, for the overall figures only', groups: 'Groups the person says they belong to', consentAt: 'Agreed on {{at}}.', needConsent: 'Tick the person’s agreement first.',
    },
    intake: {
      title: 'Needs waiting for a circle', intro: 'A referent records a person’s need; the case waits here until it is put on a circle’s agenda.', new: 'Record a need (intake)', person: 'Person', need: 'The person’s need', submit: 'Save the need', saved: 'Need saved.',
      none: 'No need waiting.', caption: 'Cases without a circle', recorded: 'recorded on {{at}}', toCircle: 'Put on the agenda of', toCircleLabel: 'Circle for {{name}}', noCircle: '— not yet —', schedule: 'Put on the agenda', scheduleLabel: 'Put on the agenda: {{name}}',
    },
    caseEdit: { edit: 'Edit the case', editLabel: 'Edit the case of {{name}}', need: 'The person’s need', circle: 'Circle', noCircle: '— none (waiting) —', save: 'Save', cancel: 'Cancel', saved: 'Case changed.' },
    circleEdit: { edit: 'Edit the circle', title: 'Edit the circle', save: 'Save the changes', cancel: 'Cancel', saved: 'Circle changed.', endsOn: 'Last day (workshop over several days)', endsOnHint: 'Empty for one day' },
    days: { range: 'from {{from}} to {{to}}' },
    attendance: {
      title: 'Attendance', intro: 'Tick, day by day, the people who came.', caption: 'Attendance by day', person: 'Person', add: 'Add a person to the list', addSubmit: 'Add', none: 'Nobody on the list yet.',
      presentOn: '{{name}} present on {{day}}', total: '{{count}} day(s) present', saved: 'Attendance saved.', notYet: 'to come', day: 'Day', who: 'Person to add',
    },
    appointment: {
      revoke: 'Revoke the partner’s link', revokeLabel: 'Revoke the partner’s link: {{org}}, for {{name}}', revoked: 'link revoked on {{at}}', revokeConfirm: 'The partner will no longer be able to open this appointment with its link. Continue?',
      outcome: 'Appointment kept?', outcomeLabel: 'Appointment of {{name}} at {{org}}: kept?', save: 'Save', saved: 'Answer saved.', notYet: '—',
    },
    followUp3: { title: '3-month follow-up', titleFor: '3-month follow-up of {{name}}', due: 'Due from {{date}}.', done: '3-month follow-up: {{followUp}} (on {{at}}).', situation: 'What became of the person', save: 'Save the follow-up', saved: 'Follow-up saved.' },
  },
};
