import { registerCatalog } from '../../app/i18n';

/** Strings of the website's editing screen (the public pages' words are in the server catalog). */
export const siteCatalog = {
  fr: {
    nav: { site: 'Site web' },
    list: {
      title: 'Site web : pages, actualités, publications', add: 'Nouveau texte', caption: 'Textes du site', kind: 'Type', titleCol: 'Titre', state: 'État',
      from: 'En ligne à partir du', missing: 'Traduction manquante', actions: 'Actions', edit: 'Modifier {{title}}', none: 'Aucun texte.', open: 'Voir le site',
    },
    kind: { page: 'Page d’information', news: 'Actualité', publication: 'Publication' },
    publicationKind: { article: 'Article', video: 'Vidéo', survey: 'Enquête' },
    state: { scheduled: 'Programmé', online: 'En ligne', offline: 'Retiré' },
    lang: { fr: 'Français', nl: 'Néerlandais', en: 'Anglais (facultatif)' },
    form: {
      newTitle: 'Nouveau texte', editTitle: 'Modifier le texte', kind: 'Type', publicationKind: 'Type de publication', slug: 'Adresse de la page',
      slugHint: 'minuscules, chiffres et traits d’union, ex. apprendre-le-neerlandais', fromDate: 'Publier le', fromTime: 'à', untilDate: 'Retirer le (facultatif)', untilTime: 'à',
      title: 'Titre', summary: 'Résumé', body: 'Texte (Markdown)', bodyHint: '## intertitre, **gras**, [lien](https://...), ![texte alternatif](/image.jpg). Pas de HTML.',
      imageUrl: 'Image (adresse, facultatif)', imageAltFr: 'Texte alternatif de l’image (français)', imageAltNl: 'Texte alternatif de l’image (néerlandais)',
      linkUrl: 'Lien de la vidéo ou de l’enquête', missing: 'Pas encore traduit : la page en {{lang}} montrera l’autre langue avec un avertissement.',
      preview: 'Aperçu', previewOf: 'Aperçu ({{lang}})', save: 'Enregistrer', cancel: 'Annuler', saved: 'Texte enregistré.', warnings: 'À corriger avant d’enregistrer',
    },
  },
  nl: {
    nav: { site: 'Website' },
    list: {
      title: 'Website: pagina’s, nieuws, publicaties', add: 'Nieuwe tekst', caption: 'Teksten van de website', kind: 'Soort', titleCol: 'Titel', state: 'Status',
      from: 'Online vanaf', missing: 'Vertaling ontbreekt', actions: 'Acties', edit: '{{title}} wijzigen', none: 'Geen teksten.', open: 'De website bekijken',
    },
    kind: { page: 'Informatiepagina', news: 'Nieuws', publication: 'Publicatie' },
    publicationKind: { article: 'Artikel', video: 'Video', survey: 'Enquête' },
    state: { scheduled: 'Gepland', online: 'Online', offline: 'Ingetrokken' },
    lang: { fr: 'Frans', nl: 'Nederlands', en: 'Engels (facultatief)' },
    form: {
      newTitle: 'Nieuwe tekst', editTitle: 'Tekst wijzigen', kind: 'Soort', publicationKind: 'Soort publicatie', slug: 'Adres van de pagina',
      slugHint: 'kleine letters, cijfers en koppeltekens, bv. nederlands-leren', fromDate: 'Publiceren op', fromTime: 'om', untilDate: 'Intrekken op (facultatief)', untilTime: 'om',
      title: 'Titel', summary: 'Samenvatting', body: 'Tekst (Markdown)', bodyHint: '## tussentitel, **vet**, [link](https://...), ![alternatieve tekst](/afbeelding.jpg). Geen HTML.',
      imageUrl: 'Afbeelding (adres, facultatief)', imageAltFr: 'Alternatieve tekst van de afbeelding (Frans)', imageAltNl: 'Alternatieve tekst van de afbeelding (Nederlands)',
      linkUrl: 'Link naar de video of de enquête', missing: 'Nog niet vertaald: de pagina in het {{lang}} toont de andere taal met een waarschuwing.',
      preview: 'Voorbeeld', previewOf: 'Voorbeeld ({{lang}})', save: 'Opslaan', cancel: 'Annuleren', saved: 'Tekst opgeslagen.', warnings: 'Te verbeteren voor het opslaan',
    },
  },
  en: {
    nav: { site: 'Website' },
    list: {
      title: 'Website: pages, news, publications', add: 'New text', caption: 'Texts of the website', kind: 'Kind', titleCol: 'Title', state: 'State',
      from: 'Online from', missing: 'Missing translation', actions: 'Actions', edit: 'Edit {{title}}', none: 'No texts.', open: 'View the website',
    },
    kind: { page: 'Information page', news: 'News item', publication: 'Publication' },
    publicationKind: { article: 'Article', video: 'Video', survey: 'Survey' },
    state: { scheduled: 'Scheduled', online: 'Online', offline: 'Taken down' },
    lang: { fr: 'French', nl: 'Dutch', en: 'English (optional)' },
    form: {
      newTitle: 'New text', editTitle: 'Edit the text', kind: 'Kind', publicationKind: 'Kind of publication', slug: 'Page address',
      slugHint: 'lowercase letters, digits and hyphens, e.g. learning-dutch', fromDate: 'Publish on', fromTime: 'at', untilDate: 'Take down on (optional)', untilTime: 'at',
      title: 'Title', summary: 'Summary', body: 'Text (Markdown)', bodyHint: '## heading, **bold**, [link](https://...), ![alternative text](/image.jpg). No HTML.',
      imageUrl: 'Image (address, optional)', imageAltFr: 'Alternative text of the image (French)', imageAltNl: 'Alternative text of the image (Dutch)',
      linkUrl: 'Link to the video or survey', missing: 'Not translated yet: the page in {{lang}} will show the other language with a warning.',
      preview: 'Preview', previewOf: 'Preview ({{lang}})', save: 'Save', cancel: 'Cancel', saved: 'Text saved.', warnings: 'To fix before saving',
    },
  },
};
registerCatalog('site', siteCatalog);
