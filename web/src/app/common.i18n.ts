/** Strings of the app shell and shared UI. Features keep theirs in web/src/features/<feature>/i18n.ts. */
export const common = {
  fr: {
    appName: 'Relais',
    skipToContent: 'Aller au contenu',
    nav: { home: 'Accueil', menu: 'Menu', mainNavigation: 'Navigation principale', admin: 'Administration' },
    language: { label: 'Langue', fr: 'Français', nl: 'Nederlands', en: 'English' },
    roles: {
      admin: 'Administrateur', director: 'Direction', reception: 'Accueil', social_worker: 'Assistant·e social·e',
      trainer: 'Formateur·rice informatique', project_officer: 'Chargé·e de projets', communication: 'Communication', logistics: 'Logistique', partner: 'Service partenaire',
    },
    user: { menu: 'Mon compte', logout: 'Se déconnecter', changePassword: 'Changer mon mot de passe' },
    login: {
      title: 'Connexion', email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter',
      intro: 'Espace du personnel : {{institution}}.',
    },
    setup: {
      title: 'Première installation', intro: 'Créez le premier compte administrateur. Le code d’installation est affiché dans le journal du serveur au démarrage.',
      token: 'Code d’installation', name: 'Nom complet', submit: 'Créer le compte administrateur', done: 'Le compte est créé. Vous pouvez vous connecter.',
    },
    password: {
      title: 'Changer mon mot de passe', current: 'Mot de passe actuel', new: 'Nouveau mot de passe', confirm: 'Confirmer le nouveau mot de passe',
      mismatch: 'Les deux mots de passe ne sont pas identiques.', changed: 'Mot de passe modifié.', mustChange: 'Veuillez choisir un nouveau mot de passe.',
      hint: 'Au moins 12 caractères, difficile à deviner : par exemple quatre mots sans lien entre eux.',
    },
    home: { title: 'Bonjour {{name}}', intro: 'Que souhaitez-vous faire ?' },
    passwordReset: {
      title: 'Votre mot de passe a été réinitialisé',
      text: 'Votre mot de passe a été réinitialisé par {{by}} le {{date}} à {{time}}. Si vous ne l’avez pas demandé, prévenez la direction.',
    },
    actions: {
      save: 'Enregistrer', cancel: 'Annuler', create: 'Créer', edit: 'Modifier', delete: 'Supprimer', search: 'Rechercher', close: 'Fermer',
      back: 'Retour', confirm: 'Confirmer', print: 'Imprimer', exportXlsx: 'Exporter (xlsx)', exportCsv: 'Exporter (csv)', next: 'Suivant',
      previous: 'Précédent', add: 'Ajouter', open: 'Ouvrir', retry: 'Réessayer',
    },
    unsaved: { confirm: 'Vos modifications ne sont pas enregistrées. Quitter quand même cette page ?' },
    state: { loading: 'Chargement…', empty: 'Rien à afficher.', saved: 'Enregistré.', error: 'Une erreur est survenue.', offline: 'Pas de connexion au serveur.' },
    pagination: { label: 'Pages', of: '{{from}}–{{to}} sur {{total}}' },
    /** a label before its value (French puts a space before the colon, Dutch and English do not) */
    labelled: '{{label}}\u00a0:',
    notFound: { title: 'Page introuvable', back: 'Retour à l’accueil' },
    forbidden: 'Votre rôle ne donne pas accès à cette page.',
    yes: 'Oui', no: 'Non', optional: 'facultatif', year: 'Année', figurePrevious: '{{year}} : {{value}}', figureChange: '{{year}} : {{value}} ({{change}})', total: 'Total', chart: 'Graphique', table: 'Tableau',
  },
  nl: {
    appName: 'Relais',
    skipToContent: 'Naar de inhoud',
    nav: { home: 'Startpagina', menu: 'Menu', mainNavigation: 'Hoofdnavigatie', admin: 'Beheer' },
    language: { label: 'Taal', fr: 'Français', nl: 'Nederlands', en: 'English' },
    roles: {
      admin: 'Beheerder', director: 'Directie', reception: 'Onthaal', social_worker: 'Maatschappelijk werker',
      trainer: 'IT-opleider', project_officer: 'Projectmedewerker', communication: 'Communicatie', logistics: 'Logistiek', partner: 'Partnerdienst',
    },
    user: { menu: 'Mijn account', logout: 'Afmelden', changePassword: 'Mijn wachtwoord wijzigen' },
    login: {
      title: 'Aanmelden', email: 'E-mailadres', password: 'Wachtwoord', submit: 'Aanmelden',
      intro: 'Personeelsruimte: {{institution}}.',
    },
    setup: {
      title: 'Eerste installatie', intro: 'Maak de eerste beheerdersaccount aan. De installatiecode staat bij het opstarten in het serverlogboek.',
      token: 'Installatiecode', name: 'Volledige naam', submit: 'Beheerdersaccount aanmaken', done: 'De account is aangemaakt. U kunt zich aanmelden.',
    },
    password: {
      title: 'Mijn wachtwoord wijzigen', current: 'Huidig wachtwoord', new: 'Nieuw wachtwoord', confirm: 'Bevestig het nieuwe wachtwoord',
      mismatch: 'De twee wachtwoorden zijn niet gelijk.', changed: 'Wachtwoord gewijzigd.', mustChange: 'Kies een nieuw wachtwoord.',
      hint: 'Minstens 12 tekens, moeilijk te raden: bijvoorbeeld vier woorden die niets met elkaar te maken hebben.',
    },
    home: { title: 'Dag {{name}}', intro: 'Wat wilt u doen?' },
    passwordReset: {
      title: 'Uw wachtwoord werd opnieuw ingesteld',
      text: 'Uw wachtwoord werd opnieuw ingesteld door {{by}} op {{date}} om {{time}}. Hebt u dat niet gevraagd, verwittig dan de directie.',
    },
    actions: {
      save: 'Opslaan', cancel: 'Annuleren', create: 'Aanmaken', edit: 'Wijzigen', delete: 'Verwijderen', search: 'Zoeken', close: 'Sluiten',
      back: 'Terug', confirm: 'Bevestigen', print: 'Afdrukken', exportXlsx: 'Exporteren (xlsx)', exportCsv: 'Exporteren (csv)', next: 'Volgende',
      previous: 'Vorige', add: 'Toevoegen', open: 'Openen', retry: 'Opnieuw proberen',
    },
    unsaved: { confirm: 'Uw wijzigingen zijn niet opgeslagen. Deze pagina toch verlaten?' },
    state: { loading: 'Laden…', empty: 'Niets te tonen.', saved: 'Opgeslagen.', error: 'Er is een fout opgetreden.', offline: 'Geen verbinding met de server.' },
    pagination: { label: 'Pagina’s', of: '{{from}}–{{to}} van {{total}}' },
    labelled: '{{label}}:',
    notFound: { title: 'Pagina niet gevonden', back: 'Terug naar de startpagina' },
    forbidden: 'Uw rol geeft geen toegang tot deze pagina.',
    yes: 'Ja', no: 'Nee', optional: 'optioneel', year: 'Jaar', figurePrevious: '{{year}}: {{value}}', figureChange: '{{year}}: {{value}} ({{change}})', total: 'Totaal', chart: 'Grafiek', table: 'Tabel',
  },
  en: {
    appName: 'Relais',
    skipToContent: 'Skip to content',
    nav: { home: 'Home', menu: 'Menu', mainNavigation: 'Main navigation', admin: 'Administration' },
    language: { label: 'Language', fr: 'Français', nl: 'Nederlands', en: 'English' },
    roles: {
      admin: 'Administrator', director: 'Director', reception: 'Reception', social_worker: 'Social worker',
      trainer: 'IT trainer', project_officer: 'Project officer', communication: 'Communication', logistics: 'Logistics', partner: 'Partner service',
    },
    user: { menu: 'My account', logout: 'Log out', changePassword: 'Change my password' },
    login: {
      title: 'Log in', email: 'Email address', password: 'Password', submit: 'Log in',
      intro: 'Staff area: {{institution}}.',
    },
    setup: {
      title: 'First-time setup', intro: 'Create the first administrator account. The setup code is printed in the server log at start-up.',
      token: 'Setup code', name: 'Full name', submit: 'Create the administrator account', done: 'The account is created. You can log in.',
    },
    password: {
      title: 'Change my password', current: 'Current password', new: 'New password', confirm: 'Confirm the new password',
      mismatch: 'The two passwords differ.', changed: 'Password changed.', mustChange: 'Please choose a new password.',
      hint: 'At least 12 characters, hard to guess: for example four unrelated words.',
    },
    home: { title: 'Hello {{name}}', intro: 'What would you like to do?' },
    passwordReset: {
      title: 'Your password was reset',
      text: 'Your password was reset by {{by}} on {{date}} at {{time}}. If you did not ask for it, tell the management.',
    },
    actions: {
      save: 'Save', cancel: 'Cancel', create: 'Create', edit: 'Edit', delete: 'Delete', search: 'Search', close: 'Close',
      back: 'Back', confirm: 'Confirm', print: 'Print', exportXlsx: 'Export (xlsx)', exportCsv: 'Export (csv)', next: 'Next',
      previous: 'Previous', add: 'Add', open: 'Open', retry: 'Retry',
    },
    unsaved: { confirm: 'Your changes are not saved. Leave this page anyway?' },
    state: { loading: 'Loading…', empty: 'Nothing to show.', saved: 'Saved.', error: 'Something went wrong.', offline: 'No connection to the server.' },
    pagination: { label: 'Pages', of: '{{from}}–{{to}} of {{total}}' },
    labelled: '{{label}}:',
    notFound: { title: 'Page not found', back: 'Back to home' },
    forbidden: 'Your role does not give access to this page.',
    yes: 'Yes', no: 'No', optional: 'optional', year: 'Year', figurePrevious: '{{year}}: {{value}}', figureChange: '{{year}}: {{value}} ({{change}})', total: 'Total', chart: 'Chart', table: 'Table',
  },
};
