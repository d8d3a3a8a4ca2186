import { registerCatalog } from '../../app/i18n';
import { matchingCirclesCatalog as circles, matchingStaffCatalog as staff } from './i18n.staff';
import { matchingMoreCatalog as more } from './i18n.more';

/** Strings of the employer's pseudonymous list and the partner's appointment page. */
export const matchingCatalog = {
  fr: {
    family: { horeca: 'Horeca', cleaning: 'Nettoyage', logistics: 'Logistique et entrepôt', retail: 'Commerce de détail', care: 'Soins et petite enfance', construction: 'Construction', security: 'Sécurité', administration: 'Administration', it: 'Informatique et numérique' },
    result: { met: 'rempli', partly: 'en partie', not_met: 'non rempli' },
    daypart: { morning: 'matin', afternoon: 'après-midi', evening: 'soir', night: 'nuit' },
    transport: { walk: 'à pied', bike: 'à vélo', public_transport: 'transports en commun', car: 'en voiture' },
    employer: {
      title: 'Candidats proposés', intro: 'Ces candidats sont présentés sans nom ni photo, seulement par leurs compétences et leurs conditions. Demandez à rencontrer ceux qui vous intéressent : {{institution}} leur demande s’ils acceptent d’être présentés.',
      until: 'Lien valable jusqu’au {{date}}.', none: 'Aucun candidat proposé pour l’instant.', score: 'Correspondance : {{score}} %', criteria: 'Exigences de l’offre',
      weight: 'poids {{weight}}', skills: 'Compétences', experience: 'Expérience', months: '{{family}} : {{count}} mois', languages: 'Langues', licence: 'Permis de conduire', yes: 'oui', no: 'non',
      availability: 'Disponibilité', from: 'à partir du {{date}}', mobility: 'Mobilité', km: 'jusqu’à {{km}} km', meet: 'Demander une rencontre avec {{pseudonym}}', requested: 'Rencontre demandée : {{institution}} revient vers vous.',
      agreed: '{{pseudonym}} accepte d’être présenté·e.', reveal: 'Voir l’identité de {{pseudonym}}', identity: 'Identité', meeting: 'Rencontre le {{date}}, {{place}}',
    },
    partner: { title: 'Rendez-vous d’orientation', intro: '{{institution}} vous adresse cette personne à la suite d’un cercle professionnel.', who: 'Personne', when: 'Quand', where: 'Où', contact: 'Contact chez vous', confirm: 'Confirmer le rendez-vous', confirmed: 'Rendez-vous confirmé le {{date}}.', outcomeTitle: 'Après le rendez-vous', kept: 'La personne est venue', missed: 'La personne n’est pas venue', rescheduled: 'Rendez-vous reporté', outcome: { kept: 'Venue au rendez-vous', missed: 'Absente', rescheduled: 'Reporté' }, recorded: 'Réponse enregistrée : {{outcome}}.' },
  },
  nl: {
    family: { horeca: 'Horeca', cleaning: 'Schoonmaak', logistics: 'Logistiek en magazijn', retail: 'Kleinhandel', care: 'Zorg en kinderopvang', construction: 'Bouw', security: 'Beveiliging', administration: 'Administratie', it: 'IT en digitaal' },
    result: { met: 'voldaan', partly: 'gedeeltelijk', not_met: 'niet voldaan' },
    daypart: { morning: 'ochtend', afternoon: 'namiddag', evening: 'avond', night: 'nacht' },
    transport: { walk: 'te voet', bike: 'met de fiets', public_transport: 'openbaar vervoer', car: 'met de auto' },
    employer: {
      title: 'Voorgestelde kandidaten', intro: 'Deze kandidaten worden voorgesteld zonder naam of foto, enkel met hun vaardigheden en voorwaarden. Vraag een ontmoeting met wie u interesseert: {{institution}} vraagt hen of ze voorgesteld willen worden.',
      until: 'Link geldig tot {{date}}.', none: 'Nog geen kandidaten voorgesteld.', score: 'Overeenkomst: {{score}} %', criteria: 'Vereisten van de vacature',
      weight: 'gewicht {{weight}}', skills: 'Vaardigheden', experience: 'Ervaring', months: '{{family}}: {{count}} maanden', languages: 'Talen', licence: 'Rijbewijs', yes: 'ja', no: 'nee',
      availability: 'Beschikbaarheid', from: 'vanaf {{date}}', mobility: 'Mobiliteit', km: 'tot {{km}} km', meet: 'Een ontmoeting vragen met {{pseudonym}}', requested: 'Ontmoeting gevraagd: {{institution}} neemt contact met u op.',
      agreed: '{{pseudonym}} aanvaardt om voorgesteld te worden.', reveal: 'De identiteit van {{pseudonym}} bekijken', identity: 'Identiteit', meeting: 'Ontmoeting op {{date}}, {{place}}',
    },
    partner: { title: 'Oriëntatieafspraak', intro: '{{institution}} verwijst deze persoon naar u na een beroepskring.', who: 'Persoon', when: 'Wanneer', where: 'Waar', contact: 'Contact bij u', confirm: 'De afspraak bevestigen', confirmed: 'Afspraak bevestigd op {{date}}.', outcomeTitle: 'Na de afspraak', kept: 'De persoon is gekomen', missed: 'De persoon is niet gekomen', rescheduled: 'Afspraak verplaatst', outcome: { kept: 'Op de afspraak gekomen', missed: 'Afwezig', rescheduled: 'Verplaatst' }, recorded: 'Antwoord geregistreerd: {{outcome}}.' },
  },
  en: {
    family: { horeca: 'Hospitality', cleaning: 'Cleaning', logistics: 'Logistics and warehouse', retail: 'Retail', care: 'Care and childcare', construction: 'Construction', security: 'Security', administration: 'Administration', it: 'IT and digital' },
    result: { met: 'met', partly: 'partly met', not_met: 'not met' },
    daypart: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night' },
    transport: { walk: 'on foot', bike: 'by bike', public_transport: 'public transport', car: 'by car' },
    employer: {
      title: 'Proposed candidates', intro: 'These candidates are shown without name or photo, only by their skills and conditions. Ask to meet those you are interested in: {{institution}} asks them whether they agree to be introduced.',
      until: 'Link valid until {{date}}.', none: 'No candidate proposed yet.', score: 'Match: {{score}} %', criteria: 'The offer’s requirements',
      weight: 'weight {{weight}}', skills: 'Skills', experience: 'Experience', months: '{{family}}: {{count}} months', languages: 'Languages', licence: 'Driving licence', yes: 'yes', no: 'no',
      availability: 'Availability', from: 'from {{date}}', mobility: 'Mobility', km: 'up to {{km}} km', meet: 'Ask to meet {{pseudonym}}', requested: 'Meeting requested: {{institution}} will get back to you.',
      agreed: '{{pseudonym}} agrees to be introduced.', reveal: 'See who {{pseudonym}} is', identity: 'Identity', meeting: 'Meeting on {{date}}, {{place}}',
    },
    partner: { title: 'Referral appointment', intro: '{{institution}} refers this person to you after a professional circle.', who: 'Person', when: 'When', where: 'Where', contact: 'Your contact', confirm: 'Confirm the appointment', confirmed: 'Appointment confirmed on {{date}}.', outcomeTitle: 'After the appointment', kept: 'The person came', missed: 'The person did not come', rescheduled: 'Appointment postponed', outcome: { kept: 'Came to the appointment', missed: 'Did not come', rescheduled: 'Postponed' }, recorded: 'Answer recorded: {{outcome}}.' },
  },
};
registerCatalog('matching', { fr: { ...matchingCatalog.fr, ...staff.fr, ...circles.fr, ...more.fr }, nl: { ...matchingCatalog.nl, ...staff.nl, ...circles.nl, ...more.nl }, en: { ...matchingCatalog.en, ...staff.en, ...circles.en, ...more.en } });
