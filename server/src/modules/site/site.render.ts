import type { Services } from '../../platform/module';
import { LOCALES, translate, type Locale } from '../../platform/i18n/messages';
import { BRUSSELS, addDays, brusselsDay, brusselsInstant, brusselsTime } from '../../platform/brussels-time';
import { renderInline, renderMarkdown } from './site.markdown';
import { COMMUNES, type Commune } from './site.communes';
import { PUBLICS, THEMES } from './site.table';
import { DIRECTORY_LANGUAGES } from './site.codes';
import type { ContentRow, SiteService } from './site.service';
import type { Institution } from '../../platform/settings/institution';
import type { PublicTrainingSession } from '../trainings/public';

/**
 * The public website's HTML, written by the server: every page has its content, its JSON-LD and its links to the
 * other languages without JavaScript (and ships none). One small stylesheet inline, no web font, no image by default.
 */
export type PublicEvent = Awaited<ReturnType<Services['events']['publicList']>>['items'][number];
export type PublicOffer = Awaited<ReturnType<Services['offers']['offers']['publicList']>>['items'][number];
export type DirectoryEntry = Awaited<ReturnType<SiteService['directory']>>[number];
export type Place = Awaited<ReturnType<SiteService['places']>>[number];
export type PublicTraining = PublicTrainingSession;
export type RoomOccupation = Awaited<ReturnType<Services['rooms']['occupation']>>;

/** The site's pages and their address in each language. */
export const PAGES = {
  home: { fr: '', nl: '', en: '' },
  agenda: { fr: 'agenda', nl: 'agenda', en: 'agenda' },
  /** one training session open to the public (its days, how to register); reached from the agenda */
  training: { fr: 'formations', nl: 'opleidingen', en: 'trainings' },
  offers: { fr: 'offres', nl: 'vacatures', en: 'jobs' },
  directory: { fr: 'repertoire', nl: 'gids', en: 'directory' },
  news: { fr: 'actualites', nl: 'nieuws', en: 'news' },
  publications: { fr: 'publications', nl: 'publicaties', en: 'publications' },
  info: { fr: 'infos', nl: 'info', en: 'info' },
  contact: { fr: 'contact', nl: 'contact', en: 'contact' },
  privacy: { fr: 'vie-privee', nl: 'privacy', en: 'privacy' },
  /** the rooms' occupation, day and week (the public's second most visited page); linked from every footer */
  rooms: { fr: 'salles', nl: 'zalen', en: 'rooms' },
} as const satisfies Record<string, Record<Locale, string>>;
export type PageKey = keyof typeof PAGES;
const MENU: PageKey[] = ['agenda', 'offers', 'directory', 'info', 'news', 'publications', 'contact'];

export const pathOf = (locale: Locale, page: PageKey, tail?: string | number) => {
  const slug = PAGES[page][locale];
  if (!slug) return `/${locale}`;
  return `/${locale}/${slug}${tail !== undefined ? `/${tail}` : ''}`;
};
export const rssPath = (locale: Locale) => `${pathOf(locale, 'news')}.rss`;
export const icsPath = (locale: Locale) => `${pathOf(locale, 'agenda')}.ics`;

export const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** JSON for a <script type="application/ld+json">: nothing in it can close the element. */
const ldJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

const INTL: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };
export const fmtDate = (locale: Locale, iso: string | Date) => new Intl.DateTimeFormat(INTL[locale], { dateStyle: 'long', timeZone: BRUSSELS }).format(new Date(iso));
const fmtDateTime = (locale: Locale, iso: string | Date) =>
  new Intl.DateTimeFormat(INTL[locale], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: BRUSSELS }).format(new Date(iso));
const fmtTime = (locale: Locale, iso: string) => new Intl.DateTimeFormat(INTL[locale], { hour: '2-digit', minute: '2-digit', timeZone: BRUSSELS }).format(new Date(iso));

/** A text in the page's language, else in the institution's other language (marked with its language). */
export function pick(locale: Locale, texts: { fr?: string | null; nl?: string | null; en?: string | null }): { text: string; lang: Locale } | null {
  const order: Locale[] = locale === 'nl' ? ['nl', 'fr', 'en'] : locale === 'fr' ? ['fr', 'nl', 'en'] : ['en', 'fr', 'nl'];
  for (const l of order) if (texts[l]) return { text: texts[l]!, lang: l };
  return null;
}
const langAttr = (locale: Locale, p: { lang: Locale } | null) => (p && p.lang !== locale ? ` lang="${p.lang}"` : '');
const inLang = (locale: Locale, p: { text: string; lang: Locale } | null) => (p ? `<span${langAttr(locale, p)}>${esc(p.text)}</span>` : '');
export const contentTexts = (c: ContentRow, field: 'title' | 'summary' | 'body' | 'imageAlt') => ({
  fr: c[`${field}Fr`],
  nl: c[`${field}Nl`],
  en: c[`${field}En`],
});

const CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
a{color:#0b4f8a}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:2}
header{background:#0b4f8a;color:#fff;padding:12px 16px}header a{color:#fff}.brand{font-weight:700;font-size:1.2rem;text-decoration:none;display:inline-flex;align-items:center;gap:8px}.logo{height:32px;width:auto;background:#fff;border-radius:3px}
nav ul{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px}nav a{display:inline-block;padding:6px 0}
.langs{float:right;display:flex;gap:12px}.langs a{padding:4px}
main{max-width:960px;margin:0 auto;padding:16px}h1{font-size:1.6rem;line-height:1.2}h2{font-size:1.25rem}
.cards{list-style:none;padding:0;display:grid;gap:12px;grid-template-columns:repeat(auto-fill,minmax(260px,1fr))}
.cards.wide{grid-template-columns:repeat(auto-fill,minmax(min(100%,420px),1fr))}.card ul{padding-left:1.2rem;margin:4px 0 8px}table.week .time{white-space:nowrap;font-variant-numeric:tabular-nums}@media(min-width:480px){table.week th{white-space:nowrap}}
.card{border:1px solid #c8ccd0;border-radius:6px;padding:12px}.card h2,.card h3{margin:0 0 6px;font-size:1.1rem}
.meta{color:#4a4f55;font-size:.9rem;margin:4px 0}.note{background:#fff4e0;border-left:4px solid #b35c00;padding:8px 12px}
.button{display:inline-block;background:#0b4f8a;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none;border:0;font:inherit;cursor:pointer}
form.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end;margin:12px 0}form.filters label{display:flex;flex-direction:column;font-size:.9rem;min-width:0;max-width:100%}
input,select{font:inherit;padding:6px;border:1px solid #6b7075;border-radius:4px;min-height:40px;max-width:100%}
img{max-width:100%;height:auto}table{border-collapse:collapse}td,th{padding:4px 12px 4px 0;text-align:left;vertical-align:top}
form.register{max-width:32rem}form.register .field{margin:0 0 14px}form.register label{display:block;font-weight:600;margin-bottom:4px}form.register input:not([type=checkbox]){width:100%;min-height:48px;font-size:1.05rem}
.check{display:flex;flex-wrap:wrap;gap:8px 12px;align-items:flex-start}.check label{flex:1 1 0;font-weight:400!important}.check input{width:28px;height:28px;margin:0;flex:none}.check .error{flex-basis:100%}
.button.big{min-height:48px;padding:12px 20px;font-size:1.1rem;width:100%;max-width:32rem}.hp{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
.error{display:block;color:#a4001d;font-weight:600}.errors{border:2px solid #a4001d;border-radius:6px;padding:8px 12px;margin:12px 0}.errors h3{margin:0 0 4px;font-size:1.05rem}.done{font-size:1.2rem;background:#e8f3ec;border-left:4px solid #1e6b3a;padding:12px}.done strong{white-space:nowrap}
footer{border-top:1px solid #c8ccd0;margin-top:32px;padding:16px;font-size:.9rem}footer ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:8px 16px}`;

/** The institution in the page's language (from its settings, never from code). */
export interface Inst {
  name: string;
  shortName: string;
  address: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  logoUrl: string | null;
}
export const instIn = (locale: Locale, i: Institution): Inst => ({
  name: i.name[locale],
  shortName: i.shortName[locale],
  address: i.address[locale],
  phone: i.phone,
  email: i.email,
  website: i.website,
  logoUrl: i.logoUrl,
});

export interface Layout {
  locale: Locale;
  base: string;
  inst: Inst;
  page: PageKey;
  /** the page's path in each language (hreflang); the list pages' own path by default */
  alternates?: Record<Locale, string>;
  title: string;
  description: string;
  body: string;
  jsonLd?: unknown[];
  ogType?: 'website' | 'article';
  image?: { url: string; alt: string } | null;
  status?: number;
}

export function layout(l: Layout): string {
  const { locale, base } = l;
  const { inst } = l;
  const t = (k: string, p?: Record<string, unknown>) => translate(locale, k, p);
  const alternates = l.alternates ?? (Object.fromEntries(LOCALES.map((x) => [x, pathOf(x, l.page)])) as Record<Locale, string>);
  const self = alternates[locale];
  const abs = (p: string) => (/^https?:/.test(p) ? p : `${base}${p}`);
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(l.title)} · ${esc(inst.shortName)}</title>`,
    `<meta name="description" content="${esc(l.description)}">`,
    `<link rel="canonical" href="${esc(abs(self))}">`,
    ...LOCALES.map((x) => `<link rel="alternate" hreflang="${x}" href="${esc(abs(alternates[x]))}">`),
    `<link rel="alternate" hreflang="x-default" href="${esc(abs(alternates.fr))}">`,
    `<link rel="alternate" type="application/rss+xml" title="${esc(t('site.page.news'))}" href="${esc(abs(rssPath(locale)))}">`,
    `<meta property="og:site_name" content="${esc(inst.name)}">`,
    `<meta property="og:title" content="${esc(l.title)}">`,
    `<meta property="og:description" content="${esc(l.description)}">`,
    `<meta property="og:type" content="${l.ogType ?? 'website'}">`,
    `<meta property="og:url" content="${esc(abs(self))}">`,
    `<meta property="og:locale" content="${INTL[locale].replace('-', '_')}">`,
    ...LOCALES.filter((x) => x !== locale).map((x) => `<meta property="og:locale:alternate" content="${INTL[x].replace('-', '_')}">`),
    ...(l.image ? [`<meta property="og:image" content="${esc(abs(l.image.url))}">`, `<meta property="og:image:alt" content="${esc(l.image.alt)}">`] : []),
    `<style>${CSS}</style>`,
    ...(l.jsonLd ?? []).map((d) => `<script type="application/ld+json">${ldJson(d)}</script>`),
  ];
  const nav = MENU.map((k) => `<li><a href="${pathOf(locale, k)}"${k === l.page ? ' aria-current="page"' : ''}>${esc(t(`site.page.${k}`))}</a></li>`).join('');
  const langs = LOCALES.map((x) =>
    x === locale ? `<span aria-current="true" lang="${x}">${x.toUpperCase()}</span>` : `<a href="${esc(alternates[x])}" hreflang="${x}" lang="${x}">${x.toUpperCase()}</a>`,
  ).join('');
  return `<!doctype html>
<html lang="${locale}">
<head>
${head.join('\n')}
</head>
<body>
<a class="skip" href="#main">${esc(t('site.skip'))}</a>
<header>
<nav class="langs" aria-label="${esc(t('site.languages'))}">${langs}</nav>
<a class="brand" href="${pathOf(locale, 'home')}">${inst.logoUrl ? `<img src="${esc(inst.logoUrl)}" alt="" height="32" class="logo">` : ''}${esc(inst.shortName)}</a>
<nav aria-label="${esc(t('site.menu'))}"><ul>${nav}</ul></nav>
</header>
<main id="main">
${l.body}
</main>
<footer>
<p><strong>${esc(inst.name)}</strong><br>${esc(inst.address)}${contacts(inst)}</p>
<ul>
<li><a href="${pathOf(locale, 'contact')}">${esc(t('site.page.contact'))}</a></li>
<li><a href="${pathOf(locale, 'rooms')}">${esc(t('site.page.rooms'))}</a></li>
<li><a href="${pathOf(locale, 'privacy')}">${esc(t('site.page.privacy'))}</a></li>
<li><a href="${rssPath(locale)}">${esc(t('site.news.rss'))}</a></li>
<li><a href="${icsPath(locale)}">${esc(t('site.agenda.ics'))}</a></li>
</ul></footer>
</body>
</html>`;
}

const webUrl = (u: string | null) => (u && /^https?:\/\//.test(u) ? u : null);
/** The institution's phone, e-mail and website as links (what it has of them). */
function contacts(inst: Inst) {
  const website = webUrl(inst.website);
  const links = [
    inst.phone ? `<a href="tel:${esc(inst.phone.replace(/[^+\d]/g, ''))}">${esc(inst.phone)}</a>` : '',
    inst.email ? `<a href="mailto:${esc(inst.email)}">${esc(inst.email)}</a>` : '',
    website ? `<a href="${esc(website)}" rel="noopener">${esc(website.replace(/^https?:\/\//, ''))}</a>` : '',
  ].filter(Boolean);
  return links.length ? `<br>${links.join(' · ')}` : '';
}

// ---------- JSON-LD ----------
/** The institution as a schema.org organisation (publisher, organiser). */
const orgRef = (locale: Locale, base: string, inst: Inst) => ({ '@type': 'Organization', '@id': `${base}/#organisation`, name: inst.name, url: `${base}${pathOf(locale, 'home')}` });
export function organisationLd(locale: Locale, base: string, inst: Inst, places: Place[]) {
  const abs = (p: string) => (/^https?:/.test(p) ? p : `${base}${p}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': `${base}/#organisation`,
    name: inst.name,
    alternateName: inst.shortName !== inst.name ? inst.shortName : undefined,
    url: `${base}${pathOf(locale, 'home')}`,
    sameAs: webUrl(inst.website) ?? undefined,
    logo: inst.logoUrl ? abs(inst.logoUrl) : undefined,
    address: { '@type': 'PostalAddress', streetAddress: inst.address, addressCountry: 'BE' },
    telephone: inst.phone ?? undefined,
    email: inst.email ?? undefined,
    location: places.map((p) => placeLd(locale, p)),
  };
}
function placeLd(locale: Locale, p: Place) {
  return {
    '@type': 'Place',
    name: p.name,
    address: { '@type': 'PostalAddress', streetAddress: p.address ?? undefined, postalCode: p.postalCode ?? undefined, addressLocality: p.commune ? p.commune[locale === 'nl' ? 'nl' : 'fr'] : undefined, addressCountry: 'BE' },
    openingHoursSpecification: p.openingHours.map((o) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][o.weekday - 1]}`,
      opens: o.from,
      closes: o.to,
    })),
  };
}
export function eventLd(locale: Locale, base: string, inst: Inst, e: PublicEvent) {
  const name = pick(locale, e.title)?.text ?? '';
  const description = pick(locale, e.description)?.text;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name,
    description,
    startDate: e.startsAt,
    endDate: e.endsAt,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: e.place ?? inst.name, address: e.venueAddress ?? (e.place ? e.place : inst.address) },
    organizer: orgRef(locale, base, inst),
    url: `${base}/p/events/${e.id}`,
    isAccessibleForFree: true,
    inLanguage: locale,
  };
}
/** A public training session as a schema.org Event (its first day's start to its last day's end, each day a subEvent). */
export function trainingLd(locale: Locale, base: string, inst: Inst, s: PublicTraining) {
  const location = { '@type': 'Place', name: s.room ?? inst.name, address: inst.address };
  const x = trainingTexts(locale, s);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: x.name.text,
    inLanguage: x.name.lang,
    description: x.description?.text ?? undefined,
    startDate: s.startsAt,
    endDate: s.endsAt,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location,
    organizer: orgRef(locale, base, inst),
    url: `${base}${pathOf(locale, 'training', s.id)}`,
    audience: x.targetPublic ? { '@type': 'Audience', audienceType: x.targetPublic.text } : undefined,
    maximumAttendeeCapacity: s.capacity,
    remainingAttendeeCapacity: s.placesLeft,
    isAccessibleForFree: true,
    subEvent: s.days.length > 1 ? s.days.map((d) => ({ '@type': 'Event', name: x.name.text, startDate: d.startsAt, endDate: d.endsAt, location })) : undefined,
  };
}
const EMPLOYMENT: Record<string, string> = { temp_agency: 'TEMPORARY', fixed_term: 'TEMPORARY', student: 'TEMPORARY', internship: 'INTERN', work_study: 'INTERN', self_employed: 'CONTRACTOR' };
export function jobPostingLd(locale: Locale, base: string, o: PublicOffer) {
  const title = pick(locale, o.title)?.text ?? '';
  const description = pick(locale, o.description ?? {})?.text;
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title,
    description: description ? renderMarkdown(description) : `<p>${esc(title)} — ${esc(o.employer.name)}</p>`,
    datePosted: o.publishedAt ?? `${o.validThrough}`,
    // the offer's last day, to its end in Brussels (winter or summer time)
    validThrough: brusselsInstant(o.validThrough, '23:59').toISOString(),
    employmentType: [o.workingTime === 'part_time' ? 'PART_TIME' : 'FULL_TIME', ...(EMPLOYMENT[o.contractType] ? [EMPLOYMENT[o.contractType]] : [])],
    hiringOrganization: { '@type': 'Organization', name: o.employer.name },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', streetAddress: o.address ?? undefined, addressLocality: o.commune ?? 'Bruxelles', addressCountry: 'BE' } },
    totalJobOpenings: o.positions,
    url: `${base}${pathOf(locale, 'offers', o.id)}`,
    identifier: { '@type': 'PropertyValue', name: 'Relais', value: String(o.id) },
  };
}
export function directoryOrganisationLd(locale: Locale, e: DirectoryEntry) {
  const o = e.organisation;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: o.name,
    description: o.services ?? undefined,
    url: o.website ?? undefined,
    telephone: o.phone ?? undefined,
    email: o.email ?? undefined,
    address: { '@type': 'PostalAddress', streetAddress: o.address ?? undefined, postalCode: o.postalCode ?? undefined, addressLocality: e.commune ? e.commune[locale === 'nl' ? 'nl' : 'fr'] : undefined, addressCountry: 'BE' },
    makesOffer: e.services.map((s) => ({ '@type': 'Offer', itemOffered: { '@type': 'Service', name: pick(locale, { fr: s.nameFr, nl: s.nameNl })?.text, description: pick(locale, { fr: s.descriptionFr, nl: s.descriptionNl })?.text } })),
  };
}
export function articleLd(locale: Locale, base: string, inst: Inst, c: ContentRow, url: string) {
  const type = c.kind === 'news' ? 'NewsArticle' : c.publicationKind === 'video' ? 'VideoObject' : c.kind === 'publication' ? 'Article' : 'WebPage';
  const title = pick(locale, contentTexts(c, 'title'))?.text ?? '';
  const summary = pick(locale, contentTexts(c, 'summary'))?.text;
  const common = { '@context': 'https://schema.org', '@type': type, inLanguage: pick(locale, contentTexts(c, 'body'))?.lang ?? locale, url: `${base}${url}` };
  if (type === 'VideoObject')
    return { ...common, name: title, description: summary ?? title, uploadDate: c.publishFrom.toISOString(), contentUrl: c.linkUrl ?? undefined, thumbnailUrl: c.imageUrl ? (c.imageUrl.startsWith('/') ? `${base}${c.imageUrl}` : c.imageUrl) : undefined };
  return {
    ...common,
    headline: title,
    name: title,
    description: summary,
    datePublished: c.publishFrom.toISOString(),
    dateModified: c.updatedAt.toISOString(),
    image: c.imageUrl ? (c.imageUrl.startsWith('/') ? `${base}${c.imageUrl}` : c.imageUrl) : undefined,
    publisher: orgRef(locale, base, inst),
  };
}

// ---------- pieces ----------
function eventCard(locale: Locale, e: PublicEvent) {
  const t = (k: string, p?: Record<string, unknown>) => translate(locale, k, p);
  const title = pick(locale, e.title);
  const state =
    e.registrationState === 'open'
      ? `<a class="button" href="/p/events/${e.id}?lang=${locale}">${esc(t('site.agenda.register'))}<span class="skip"> — ${esc(title?.text)}</span></a>${e.placesLeft !== null ? ` <span class="meta">${esc(t('site.agenda.places_left', { count: e.placesLeft }))}</span>` : ''}`
      : e.registrationState === 'waiting_list'
        ? `<a class="button" href="/p/events/${e.id}?lang=${locale}">${esc(t('site.agenda.waiting'))}<span class="skip"> — ${esc(title?.text)}</span></a>`
        : `<span class="meta">${esc(t(e.registrationState === 'full' ? 'site.agenda.full' : 'site.agenda.closed'))}</span>`;
  const desc = pick(locale, e.description);
  return `<li class="card"><h3>${inLang(locale, title)}</h3>
<p class="meta"><time datetime="${esc(e.startsAt)}">${esc(fmtDateTime(locale, e.startsAt))}</time> – <time datetime="${esc(e.endsAt)}">${esc(fmtTime(locale, e.endsAt))}</time>${e.place ? ` · ${esc(e.place)}` : ''}</p>
${desc ? `<p${langAttr(locale, desc)}>${renderInline(desc.text.split('\n')[0])}</p>` : ''}<p>${state}</p></li>`;
}
/** A message whose parameter `name` is HTML already made safe (a text marked with its language): the rest is escaped. */
const withHtml = (locale: Locale, key: string, name: string, html: string, params: Record<string, unknown> = {}) =>
  esc(translate(locale, key, { ...params, [name]: '\u0000' })).replace('\u0000', html);
/** A training's texts in the page's language, or in French marked as such (never silently in place of Dutch). */
export function trainingTexts(locale: Locale, s: PublicTraining) {
  const name = pick(locale, { fr: s.name, nl: s.nameNl })!;
  const description = pick(locale, { fr: s.programme.description, nl: s.programme.descriptionNl });
  const targetPublic = pick(locale, { fr: s.programme.targetPublic, nl: s.programme.targetPublicNl });
  const programme = pick(locale, { fr: s.programme.name, nl: s.programme.nameNl })!;
  const missing = [name, description, targetPublic].some((x) => x && x.lang !== locale);
  return { name, description, targetPublic, programme, missing };
}
const trainingDays = (locale: Locale, s: PublicTraining) =>
  s.days.map((d) => `<li><time datetime="${esc(d.startsAt)}">${esc(fmtDateTime(locale, d.startsAt))}</time> – <time datetime="${esc(d.endsAt)}">${esc(fmtTime(locale, d.endsAt))}</time></li>`).join('');
function trainingCard(locale: Locale, s: PublicTraining) {
  const t = (k: string, p?: Record<string, unknown>) => translate(locale, k, p);
  const first = s.days[0];
  const more = s.days.length > 1 ? ` (+${s.days.length - 1})` : '';
  const x = trainingTexts(locale, s);
  return `<li class="card" id="training-${s.id}"><h3><a href="${pathOf(locale, 'training', s.id)}">${inLang(locale, x.name)}</a></h3>
<p class="meta">${esc(t('site.training.kind'))} · <time datetime="${esc(first.startsAt)}">${esc(fmtDateTime(locale, first.startsAt))}</time>${esc(more)}${s.room ? ` · ${esc(s.room)}` : ''}</p>
${x.targetPublic ? `<p class="meta">${withHtml(locale, 'site.training.for', 'public', inLang(locale, x.targetPublic))}</p>` : ''}
<p><a class="button" href="${pathOf(locale, 'training', s.id)}">${esc(t('site.training.more'))}<span class="skip"> — ${inLang(locale, x.name)}</span></a> <span class="meta">${esc(s.placesLeft > 0 ? t('site.agenda.places_left', { count: s.placesLeft }) : t('site.agenda.full'))}</span></p></li>`;
}
function offerCard(locale: Locale, o: PublicOffer) {
  const t = (k: string, p?: Record<string, unknown>) => translate(locale, k, p);
  return `<li class="card"><h3><a href="${pathOf(locale, 'offers', o.id)}">${inLang(locale, pick(locale, o.title))}</a></h3>
<p class="meta">${esc(o.employer.name)}${o.commune ? ` · ${esc(o.commune)}` : ''} · ${esc(t(`offers.contract.${o.contractType}`))} · ${esc(t(o.workingTime === 'part_time' ? 'site.offers.part_time' : 'site.offers.full_time'))}</p>
<p class="meta">${esc(t('site.offers.until', { date: fmtDate(locale, `${o.validThrough}T12:00:00Z`) }))}</p></li>`;
}
function contentCard(locale: Locale, c: ContentRow, page: PageKey) {
  const t = (k: string, p?: Record<string, unknown>) => translate(locale, k, p);
  const summary = pick(locale, contentTexts(c, 'summary'));
  return `<li class="card"><h3><a href="${pathOf(locale, page, c.slug)}">${inLang(locale, pick(locale, contentTexts(c, 'title')))}</a></h3>
<p class="meta">${c.kind === 'publication' && c.publicationKind ? `${esc(t(`site.publication.${c.publicationKind}`))} · ` : ''}<time datetime="${c.publishFrom.toISOString()}">${esc(fmtDate(locale, c.publishFrom))}</time></p>
${summary ? `<p${langAttr(locale, summary)}>${renderInline(summary.text)}</p>` : ''}</li>`;
}
const list = (items: string[], empty: string) => (items.length ? `<ul class="cards">${items.join('\n')}</ul>` : `<p>${esc(empty)}</p>`);

// ---------- pages ----------
export interface Ctx {
  locale: Locale;
  base: string;
  inst: Inst;
}
const T = (locale: Locale) => (k: string, p?: Record<string, unknown>) => translate(locale, k, p);

export function homePage(c: Ctx, d: { events: PublicEvent[]; trainings?: PublicTraining[]; offers: PublicOffer[]; news: ContentRow[]; places: Place[] }) {
  const t = T(c.locale);
  // the next events and public training sessions together, by their start: the three first events and sessions
  const next = [...d.events.slice(0, 3).map((e) => ({ at: e.startsAt, html: eventCard(c.locale, e) })), ...(d.trainings ?? []).slice(0, 3).map((s) => ({ at: s.startsAt, html: trainingCard(c.locale, s) }))]
    .sort((a, b) => a.at.localeCompare(b.at))
    .slice(0, 4);
  const body = `<h1>${esc(c.inst.name)}</h1><p>${esc(t('site.tagline'))}</p>
<h2>${esc(t('site.home.next_events'))}</h2>${list(next.map((x) => x.html), t('site.agenda.empty'))}
<p><a href="${pathOf(c.locale, 'agenda')}">${esc(t('site.page.agenda'))}</a></p>
<h2>${esc(t('site.home.latest_offers'))}</h2>${list(d.offers.slice(0, 3).map((o) => offerCard(c.locale, o)), t('site.offers.empty'))}
<p><a href="${pathOf(c.locale, 'offers')}">${esc(t('site.page.offers'))}</a></p>
<h2>${esc(t('site.home.latest_news'))}</h2>${list(d.news.slice(0, 3).map((n) => contentCard(c.locale, n, 'news')), t('site.news.empty'))}
<p><a href="${pathOf(c.locale, 'directory')}">${esc(t('site.page.directory'))}</a> · <a href="${pathOf(c.locale, 'rooms')}">${esc(t('site.page.rooms'))}</a></p>`;
  const website = { '@context': 'https://schema.org', '@type': 'WebSite', name: c.inst.name, alternateName: c.inst.shortName !== c.inst.name ? c.inst.shortName : undefined, publisher: { '@id': `${c.base}/#organisation` }, url: `${c.base}${pathOf(c.locale, 'home')}`, inLanguage: c.locale };
  return layout({ ...c, page: 'home', title: t('site.page.home'), description: t('site.tagline'), body, jsonLd: [organisationLd(c.locale, c.base, c.inst, d.places), website] });
}

export function agendaPage(c: Ctx, events: PublicEvent[], trainings: PublicTraining[] = []) {
  const t = T(c.locale);
  const body = `<h1>${esc(t('site.page.agenda'))}</h1>
<h2>${esc(t('site.agenda.events'))}</h2>${list(events.map((e) => eventCard(c.locale, e)), t('site.agenda.empty'))}
<h2 id="trainings">${esc(t('site.agenda.trainings'))}</h2>${list(trainings.map((s) => trainingCard(c.locale, s)), t('site.agenda.trainings_empty'))}
<p><a href="${icsPath(c.locale)}">${esc(t('site.agenda.ics'))}</a></p>`;
  const jsonLd = [...events.map((e) => eventLd(c.locale, c.base, c.inst, e)), ...trainings.map((s) => trainingLd(c.locale, c.base, c.inst, s))];
  return layout({ ...c, page: 'agenda', title: t('site.page.agenda'), description: t('site.tagline'), body, jsonLd });
}

/** What the registration form holds when it is shown again: what was typed, the errors by field, its token. */
export interface TrainingForm {
  token: string;
  values?: Partial<Record<'firstName' | 'lastName' | 'email' | 'phone' | 'commune' | 'consent', string>>;
  /** field -> message key (the trainings module's checks); `form` for what is not one field's */
  errors?: { field: string; code: string; params?: Record<string, unknown> }[];
}

const FORM_FIELDS = ['firstName', 'lastName', 'phone', 'email', 'commune', 'consent'] as const;

/** The registration form: a plain POST (no JavaScript), large targets, every field labelled, errors tied to their field. */
function trainingForm(c: Ctx, s: PublicTraining, f: TrainingForm) {
  const t = T(c.locale);
  const v = f.values ?? {};
  const errs = f.errors ?? [];
  const errorOf = (field: string) => errs.find((e) => e.field === field);
  const input = (name: (typeof FORM_FIELDS)[number], type: string, autocomplete: string, max: number, extra = '') => {
    const e = errorOf(name);
    const id = `r-${name}`;
    const described = [e ? `${id}-error` : '', name === 'phone' || name === 'email' ? 'r-contact-hint' : ''].filter(Boolean).join(' ');
    return `<p class="field"><label for="${id}">${esc(t(`site.training.form.${name}`))}</label>
${e ? `<span class="error" id="${id}-error">${esc(t(e.code, e.params))}</span>` : ''}<input id="${id}" name="${name}" type="${type}" autocomplete="${autocomplete}" maxlength="${max}" value="${esc(v[name])}"${described ? ` aria-describedby="${described}"` : ''}${e ? ' aria-invalid="true"' : ''}${extra}></p>`;
  };
  const consentError = errorOf('consent');
  const summary = errs.length
    ? `<div class="errors" role="alert"><h3>${esc(t('site.training.form.errors', { count: errs.length }))}</h3><ul>${errs
        .map((e) => `<li>${FORM_FIELDS.includes(e.field as never) ? `<a href="#r-${e.field}">${esc(t(e.code, e.params))}</a>` : esc(t(e.code, e.params))}</li>`)
        .join('')}</ul></div>`
    : '';
  const communes = COMMUNES.map((k) => `<option value="${esc(c.locale === 'nl' ? k.nl : k.fr)}"></option>`).join('');
  return `${summary}<form class="register" method="post" action="${pathOf(c.locale, 'training', s.id)}" novalidate>
<input type="hidden" name="token" value="${esc(f.token)}"><input type="hidden" name="locale" value="${c.locale}">
<p class="hp" aria-hidden="true"><label for="r-website">${esc(t('site.training.form.website'))}</label><input id="r-website" name="website" type="text" tabindex="-1" autocomplete="off"></p>
${input('firstName', 'text', 'given-name', 100, ' required')}
${input('lastName', 'text', 'family-name', 100, ' required')}
<p class="meta" id="r-contact-hint">${esc(t('site.training.form.contact_hint'))}</p>
${input('phone', 'tel', 'tel', 40, ' inputmode="tel"')}
${input('email', 'email', 'email', 200)}
${input('commune', 'text', 'address-level2', 100, ' list="r-communes"')}<datalist id="r-communes">${communes}</datalist>
<p class="field check">${consentError ? `<span class="error" id="r-consent-error">${esc(t(consentError.code))}</span>` : ''}<input id="r-consent" name="consent" type="checkbox"${v.consent ? ' checked' : ''}${consentError ? ' aria-invalid="true" aria-describedby="r-consent-error"' : ''} required><label for="r-consent">${esc(t('site.training.form.consent', { institution: c.inst.shortName }))}</label></p>
<p><button class="button big" type="submit">${esc(t(s.placesLeft > 0 ? 'site.training.form.send' : 'site.training.form.send_waiting'))}</button></p>
</form>`;
}

/**
 * One training session open to the public: its programme, days, place, and its registration form (a request for a
 * place that a trainer confirms; the waiting list when the session is full), or the desk (phone, e-mail, hours).
 */
export function trainingPage(c: Ctx, s: PublicTraining, form: TrainingForm) {
  const t = T(c.locale);
  const phone = c.inst.phone ? `<a href="tel:${esc(c.inst.phone.replace(/[^+\d]/g, ''))}">${esc(c.inst.phone)}</a>` : '';
  const x = trainingTexts(c.locale, s);
  const mail = c.inst.email ? `<a href="mailto:${esc(c.inst.email)}?subject=${encodeURIComponent(`${t('site.training.kind')} — ${x.name.text}`)}">${esc(c.inst.email)}</a>` : '';
  const body = `<p><a href="${pathOf(c.locale, 'agenda')}#trainings">${esc(t('site.agenda.trainings'))}</a></p>
<article><h1>${inLang(c.locale, x.name)}</h1>
<p class="meta">${esc(t('site.training.kind'))}${s.title && s.title !== s.programme.name ? ` · ${inLang(c.locale, x.programme)}` : ''}</p>
${x.missing ? `<p class="note">${esc(t('site.missing_translation'))}</p>` : ''}
${x.description ? `<p${langAttr(c.locale, x.description)}>${esc(x.description.text)}</p>` : ''}
${x.targetPublic ? `<p>${withHtml(c.locale, 'site.training.for', 'public', inLang(c.locale, x.targetPublic))}</p>` : ''}
<h2>${esc(t('site.training.dates'))}</h2><ul>${trainingDays(c.locale, s)}</ul>
${s.room ? `<p>${esc(t('site.training.room', { room: s.room }))}</p>` : ''}
<p class="meta">${esc(s.placesLeft > 0 ? t('site.agenda.places_left', { count: s.placesLeft }) : t('site.agenda.full'))}</p>
<h2 id="register">${esc(t('site.agenda.register'))}</h2>
<p class="note">${esc(t(s.placesLeft > 0 ? 'site.training.register_online' : 'site.training.full'))}</p>
${trainingForm(c, s, form)}
<h3>${esc(t('site.training.or_desk'))}</h3>
<p>${esc(t('site.training.register_desk'))}</p>
${phone || mail ? `<p>${[phone, mail].filter(Boolean).join(' · ')}</p>` : ''}
<p><a href="${pathOf(c.locale, 'contact')}">${esc(t('site.training.opening_hours'))}</a></p>
</article>`;
  const alternates = Object.fromEntries(LOCALES.map((x) => [x, pathOf(x, 'training', s.id)])) as Record<Locale, string>;
  return layout({ ...c, page: 'agenda', alternates, title: x.name.text, description: x.description?.text ?? x.name.text, body, jsonLd: [trainingLd(c.locale, c.base, c.inst, s)], ogType: 'article' });
}

/** After the form: the reference, whether it is for the waiting list, and truthfully whether a receipt is e-mailed. */
export function trainingRequestedPage(c: Ctx, s: PublicTraining, r: { reference: string; waitingList: boolean; receipt: 'email' | 'listed' | 'none' }) {
  const t = T(c.locale);
  const name = trainingTexts(c.locale, s).name;
  const body = `<p><a href="${pathOf(c.locale, 'agenda')}#trainings">${esc(t('site.agenda.trainings'))}</a></p>
<article><h1>${esc(t(r.waitingList ? 'site.training.done.title_waiting' : 'site.training.done.title'))}</h1>
<p class="done" role="status">${esc(t('site.training.done.reference'))} <strong>${esc(r.reference)}</strong></p>
<p>${withHtml(c.locale, 'site.training.done.for', 'name', inLang(c.locale, name), { date: fmtDate(c.locale, s.startsAt) })}</p>
<p>${esc(t(r.waitingList ? 'site.training.done.next_waiting' : 'site.training.done.next'))}</p>
<p class="note">${esc(t(`site.training.done.receipt_${r.receipt}`))}</p>
<p><a href="${pathOf(c.locale, 'training', s.id)}">${inLang(c.locale, name)}</a> · <a href="${pathOf(c.locale, 'agenda')}">${esc(t('site.page.agenda'))}</a></p>
</article>`;
  const alternates = Object.fromEntries(LOCALES.map((x) => [x, pathOf(x, 'training', s.id)])) as Record<Locale, string>;
  return layout({ ...c, page: 'agenda', alternates, title: t('site.training.done.title'), description: name.text, body });
}

/** A session whose page was open but that no longer takes requests (over, cancelled, no longer public). */
export function trainingClosedPage(c: Ctx) {
  const t = T(c.locale);
  return layout({ ...c, page: 'agenda', title: t('site.training.closed'), description: t('site.training.closed'), body: `<h1>${esc(t('site.training.closed'))}</h1><p>${esc(t('site.training.closed_text'))}</p><p><a href="${pathOf(c.locale, 'agenda')}#trainings">${esc(t('site.agenda.trainings'))}</a></p>` });
}

export function offersPage(c: Ctx, d: { items: PublicOffer[]; total: number; q?: string }) {
  const t = T(c.locale);
  const body = `<h1>${esc(t('site.page.offers'))}</h1>
<form class="filters" method="get" role="search"><label>${esc(t('site.offers.search'))}<input type="search" name="q" value="${esc(d.q)}"></label><button class="button" type="submit">${esc(t('site.search'))}</button></form>
<p class="meta">${esc(t('site.offers.count', { count: d.total }))}</p>
${list(d.items.map((o) => offerCard(c.locale, o)), t('site.offers.empty'))}`;
  return layout({ ...c, page: 'offers', title: t('site.page.offers'), description: t('site.offers.apply', { institution: c.inst.shortName }), body, jsonLd: d.items.map((o) => jobPostingLd(c.locale, c.base, o)) });
}

export function offerPage(c: Ctx, o: PublicOffer) {
  const t = T(c.locale);
  const title = pick(c.locale, o.title);
  const desc = pick(c.locale, o.description ?? {});
  const body = `<p><a href="${pathOf(c.locale, 'offers')}">${esc(t('site.page.offers'))}</a></p>
<h1>${inLang(c.locale, title)}</h1>
<p class="meta">${esc(o.employer.name)}${o.commune ? ` · ${esc(o.commune)}` : ''} · ${esc(t(`offers.contract.${o.contractType}`))} · ${esc(t(o.workingTime === 'part_time' ? 'site.offers.part_time' : 'site.offers.full_time'))} · ${esc(t('site.offers.positions', { count: o.positions }))}</p>
<p class="meta">${esc(t('site.offers.until', { date: fmtDate(c.locale, `${o.validThrough}T12:00:00Z`) }))}</p>
${desc ? `<div${langAttr(c.locale, desc)}>${renderMarkdown(desc.text)}</div>` : ''}
<p class="note">${esc(t('site.offers.apply', { institution: c.inst.shortName }))} <a href="${pathOf(c.locale, 'contact')}">${esc(t('site.page.contact'))}</a></p>`;
  const alternates = Object.fromEntries(LOCALES.map((x) => [x, pathOf(x, 'offers', o.id)])) as Record<Locale, string>;
  return layout({ ...c, page: 'offers', alternates, title: title?.text ?? '', description: `${title?.text ?? ''} — ${o.employer.name}`, body, jsonLd: [jobPostingLd(c.locale, c.base, o)], ogType: 'article' });
}

export interface DirectoryFilter {
  q?: string;
  theme?: string;
  public?: string;
  commune?: string;
  language?: string;
}
export function directoryPage(c: Ctx, entries: DirectoryEntry[], f: DirectoryFilter) {
  const t = T(c.locale);
  const select = (name: keyof DirectoryFilter, label: string, options: [string, string][]) =>
    `<label>${esc(label)}<select name="${name}"><option value="">${esc(t('site.directory.all'))}</option>${options.map(([v, l]) => `<option value="${esc(v)}"${f[name] === v ? ' selected' : ''}>${esc(l)}</option>`).join('')}</select></label>`;
  const communeName = (k: Commune) => (c.locale === 'nl' ? k.nl : k.fr);
  const cards = entries.map((e) => {
    const o = e.organisation;
    const services = e.services
      .map((s) => {
        const name = pick(c.locale, { fr: s.nameFr, nl: s.nameNl });
        const desc = pick(c.locale, { fr: s.descriptionFr, nl: s.descriptionNl });
        return `<li><strong>${inLang(c.locale, name)}</strong>${desc ? ` — <span${langAttr(c.locale, desc)}>${esc(desc.text)}</span>` : ''}<br><span class="meta">${[...s.themes.map((x) => t(`site.theme.${x}`)), ...s.publics.map((x) => t(`site.public.${x}`))].map(esc).join(' · ')}${s.languages.length ? ` · ${s.languages.map((x) => esc(t(`site.language.${x}`))).join(', ')}` : ''}</span></li>`;
      })
      .join('');
    return `<li class="card"><h2>${esc(o.name)}</h2>
<p class="meta">${[o.address, [o.postalCode, e.commune ? communeName(e.commune) : null].filter(Boolean).join(' ')].filter(Boolean).map(esc).join(', ')}</p>
<p>${[o.phone ? `<a href="tel:${esc(o.phone.replace(/[^+\d]/g, ''))}">${esc(o.phone)}</a>` : '', o.email ? `<a href="mailto:${esc(o.email)}">${esc(o.email)}</a>` : '', o.website && /^https?:\/\//.test(o.website) ? `<a href="${esc(o.website)}" rel="noopener">${esc(o.website.replace(/^https?:\/\//, ''))}</a>` : ''].filter(Boolean).join(' · ')}</p>
${services ? `<ul>${services}</ul>` : o.services ? `<p>${esc(o.services)}</p>` : ''}</li>`;
  });
  const body = `<h1>${esc(t('site.page.directory'))}</h1>
<form class="filters" method="get" role="search">
<label>${esc(t('site.directory.search'))}<input type="search" name="q" value="${esc(f.q)}"></label>
${select('theme', t('site.directory.theme'), THEMES.map((x) => [x, t(`site.theme.${x}`)]))}
${select('public', t('site.directory.public'), PUBLICS.map((x) => [x, t(`site.public.${x}`)]))}
${select('commune', t('site.directory.commune'), COMMUNES.map((k) => [k.nis, communeName(k)]))}
${select('language', t('site.directory.language'), DIRECTORY_LANGUAGES.map((x) => [x, t(`site.language.${x}`)]))}
<button class="button" type="submit">${esc(t('site.search'))}</button></form>
<p class="meta" role="status">${esc(t('site.directory.count', { count: entries.length }))}</p>
${list(cards, t('site.directory.empty'))}
<p><a href="/api/public/site/directory">${esc(t('site.directory.export'))}</a></p>`;
  return layout({ ...c, page: 'directory', title: t('site.page.directory'), description: t('site.tagline'), body, jsonLd: entries.map((e) => directoryOrganisationLd(c.locale, e)) });
}

export function contentListPage(c: Ctx, page: 'news' | 'publications' | 'info', items: ContentRow[]) {
  const t = T(c.locale);
  const empty = page === 'news' ? 'site.news.empty' : page === 'publications' ? 'site.publications.empty' : 'site.info.empty';
  const body = `<h1>${esc(t(`site.page.${page}`))}</h1>${list(items.map((x) => contentCard(c.locale, x, page)), t(empty))}${page === 'news' ? `<p><a href="${rssPath(c.locale)}">${esc(t('site.news.rss'))}</a></p>` : ''}`;
  const itemList = { '@context': 'https://schema.org', '@type': 'ItemList', itemListElement: items.map((x, i) => ({ '@type': 'ListItem', position: i + 1, url: `${c.base}${pathOf(c.locale, page, x.slug)}` })) };
  return layout({ ...c, page, title: t(`site.page.${page}`), description: t('site.tagline'), body, jsonLd: [itemList] });
}

export function contentPage(c: Ctx, page: 'news' | 'publications' | 'info', x: ContentRow) {
  const t = T(c.locale);
  const title = pick(c.locale, contentTexts(x, 'title'));
  const body = pick(c.locale, contentTexts(x, 'body'));
  const summary = pick(c.locale, contentTexts(x, 'summary'));
  const alt = pick(c.locale, contentTexts(x, 'imageAlt'));
  const missing = (body && body.lang !== c.locale) || (title && title.lang !== c.locale);
  const url = pathOf(c.locale, page, x.slug);
  const html = `<p><a href="${pathOf(c.locale, page)}">${esc(t(`site.page.${page}`))}</a></p>
<article><h1>${inLang(c.locale, title)}</h1>
${page === 'info' ? '' : `<p class="meta">${esc(t('site.published_on', { date: fmtDate(c.locale, x.publishFrom) }))}</p>`}
${missing ? `<p class="note">${esc(t('site.missing_translation'))}</p>` : ''}
${x.imageUrl ? `<img src="${esc(x.imageUrl)}" alt="${esc(alt?.text ?? '')}">` : ''}
${summary && !body ? `<p${langAttr(c.locale, summary)}>${renderInline(summary.text)}</p>` : ''}
${body ? `<div${langAttr(c.locale, body)}>${renderMarkdown(body.text)}</div>` : ''}
${x.linkUrl ? `<p><a class="button" href="${esc(x.linkUrl)}" rel="noopener">${esc(t('site.publication.open'))}${x.publicationKind ? ` (${esc(t(`site.publication.${x.publicationKind}`))})` : ''}</a></p>` : ''}
</article>`;
  const alternates = Object.fromEntries(LOCALES.map((l) => [l, pathOf(l, page, x.slug)])) as Record<Locale, string>;
  return layout({
    ...c,
    page,
    alternates,
    title: title?.text ?? '',
    description: summary?.text ?? title?.text ?? '',
    body: html,
    jsonLd: [articleLd(c.locale, c.base, c.inst, x, url)],
    ogType: page === 'info' ? 'website' : 'article',
    image: x.imageUrl ? { url: x.imageUrl, alt: alt?.text ?? '' } : null,
  });
}

export function contactPage(c: Ctx, places: Place[]) {
  const t = T(c.locale);
  const cards = places.map((p) => {
    const rows = [1, 2, 3, 4, 5, 6, 7]
      .map((d) => {
        const spans = p.openingHours.filter((o) => o.weekday === d).sort((a, b) => a.from.localeCompare(b.from));
        return `<tr><th scope="row">${esc(t(`site.weekday.${d}`))}</th><td>${spans.length ? spans.map((s) => `${esc(s.from)}–${esc(s.to)}`).join(', ') : esc(t('site.contact.closed'))}</td></tr>`;
      })
      .join('');
    return `<li class="card"><h2>${esc(p.name)}</h2><p>${[p.address, [p.postalCode, p.commune ? (c.locale === 'nl' ? p.commune.nl : p.commune.fr) : null].filter(Boolean).join(' ')].filter(Boolean).map(esc).join(', ')}</p>
<table><caption class="meta">${esc(t('site.contact.hours'))}</caption><tbody>${rows}</tbody></table></li>`;
  });
  const body = `<h1>${esc(t('site.page.contact'))}</h1>${list(cards, '')}<p><a href="${pathOf(c.locale, 'rooms')}">${esc(t('site.page.rooms'))}</a></p>`;
  return layout({ ...c, page: 'contact', title: t('site.page.contact'), description: t('site.tagline'), body, jsonLd: [organisationLd(c.locale, c.base, c.inst, places)] });
}

/** A local day (YYYY-MM-DD) written out in the page's language, as in Brussels. */
const fmtDay = (locale: Locale, day: string, opts: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(INTL[locale], { ...opts, timeZone: BRUSSELS }).format(brusselsInstant(day, '12:00'));
/** The room request form (the rooms module's page) */
const ROOM_REQUEST_PATH = '/p/rooms/request';

/**
 * The rooms' occupation: the day's and the week's taken slots of each room, named only when the organisation agreed
 * (the rooms module decides that), closures, a plain GET form to show another day, the weeks before and after.
 */
export function roomsPage(c: Ctx, o: RoomOccupation, today: string) {
  const t = T(c.locale);
  const self = pathOf(c.locale, 'rooms');
  const long = (d: string) => fmtDay(c.locale, d, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const short = (d: string) => fmtDay(c.locale, d, { weekday: 'long', day: 'numeric', month: 'short' });
  const dayHeading = o.date === today ? t('site.rooms.today', { day: long(o.date) }) : t('site.rooms.day', { day: long(o.date) });
  const who = (s: { organisation: string | null }) => esc(s.organisation ?? t('site.rooms.occupied'));
  /** whole days (midnight to midnight in Brussels) as days, else from instant to instant */
  const closure = (x: { startsAt: Date | string; endsAt: Date | string }) => {
    const [from, to] = [new Date(x.startsAt), new Date(x.endsAt)];
    if (brusselsTime(from) === '00:00' && brusselsTime(to) === '00:00') {
      const [first, last] = [brusselsDay(from), addDays(brusselsDay(to), -1)];
      return first === last ? long(first) : `${long(first)} – ${long(last)}`;
    }
    return `${fmtDateTime(c.locale, from)} – ${fmtDateTime(c.locale, to)}`;
  };
  const cards = o.rooms.map((r) => {
    const facts = [t('site.rooms.seats', { count: r.capacity }), ...r.equipment.map((e) => t(`site.rooms.equipment.${e}`))];
    const today = r.today.length
      ? `<ul>${r.today.map((s) => `<li>${esc(s.from)}–${esc(s.to)} : ${who(s)}</li>`).join('')}</ul>`
      : `<p>${esc(t('site.rooms.nothing_day'))}</p>`;
    const week = r.week.length
      ? `<table class="week" aria-label="${esc(`${r.name} — ${t('site.rooms.week_label')}`)}"><tbody>${r.week
          .map((s) => `<tr><th scope="row">${esc(short(s.day))}</th><td><span class="time">${esc(s.from)}–${esc(s.to)}</span> ${who(s)}</td></tr>`)
          .join('')}</tbody></table>`
      : `<p>${esc(t('site.rooms.nothing_week'))}</p>`;
    const closures = r.closures.length ? `<p class="note">${esc(t('site.rooms.closed'))} ${r.closures.map((x) => esc(closure(x))).join('; ')}</p>` : '';
    return `<li class="card"><section aria-labelledby="room-${r.id}"><h2 id="room-${r.id}">${esc(r.name)}</h2><p class="meta">${facts.map(esc).join(' · ')}</p>
<h3>${esc(dayHeading)}</h3>${today}
<h3>${esc(t('site.rooms.week', { from: short(o.week.from), to: long(o.week.to) }))}</h3>${week}${closures}</section></li>`;
  });
  const at = (d: string) => `${self}?date=${d}`;
  const body = `<h1>${esc(t('site.page.rooms'))}</h1><p>${esc(t('site.rooms.intro', { institution: c.inst.shortName }))}</p>
<form class="filters" method="get" action="${self}"><label>${esc(t('site.rooms.date'))}<input type="date" name="date" value="${esc(o.date)}" required></label><button class="button" type="submit">${esc(t('site.rooms.show'))}</button></form>
<p><a href="${at(addDays(o.week.from, -7))}">${esc(t('site.rooms.previous_week'))}</a> · ${o.date === today ? '' : `<a href="${self}">${esc(t('site.rooms.back_today'))}</a> · `}<a href="${at(addDays(o.week.from, 7))}">${esc(t('site.rooms.next_week'))}</a></p>
<p><a class="button" href="${ROOM_REQUEST_PATH}">${esc(t('site.rooms.request'))}</a></p>
${cards.length ? `<ul class="cards wide">${cards.join('\n')}</ul>` : `<p>${esc(t('site.rooms.none'))}</p>`}`;
  const ld = { '@context': 'https://schema.org', '@type': 'WebPage', name: t('site.page.rooms'), url: `${c.base}${self}`, inLanguage: c.locale, description: t('site.rooms.intro', { institution: c.inst.shortName }) };
  // another day than today: the other languages show that day too
  const alternates = Object.fromEntries(LOCALES.map((x) => [x, `${pathOf(x, 'rooms')}${o.date === today ? '' : `?date=${o.date}`}`])) as Record<Locale, string>;
  return layout({ ...c, page: 'rooms', alternates, title: t('site.page.rooms'), description: t('site.rooms.intro', { institution: c.inst.shortName }), body, jsonLd: [ld] });
}

export function privacyPage(c: Ctx) {
  const t = T(c.locale);
  const body = `<h1>${esc(t('site.page.privacy'))}</h1><p>${esc(t('site.privacy.text'))}</p>`;
  const ld = { '@context': 'https://schema.org', '@type': 'WebPage', name: t('site.page.privacy'), url: `${c.base}${pathOf(c.locale, 'privacy')}`, inLanguage: c.locale };
  return layout({ ...c, page: 'privacy', title: t('site.page.privacy'), description: t('site.page.privacy'), body, jsonLd: [ld] });
}

export function notFoundPage(c: Ctx) {
  const t = T(c.locale);
  return layout({ ...c, page: 'home', title: t('site.not_found'), description: t('site.not_found'), body: `<h1>${esc(t('site.not_found'))}</h1><p><a href="${pathOf(c.locale, 'home')}">${esc(t('site.page.home'))}</a></p>` });
}

// ---------- sitemap, RSS ----------
export function sitemap(base: string, urls: { paths: Record<Locale, string>; lastmod?: string }[]) {
  const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const entries = urls.flatMap((u) =>
    LOCALES.map(
      (l) =>
        `<url><loc>${xmlEsc(base + u.paths[l])}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}${LOCALES.map((x) => `<xhtml:link rel="alternate" hreflang="${x}" href="${xmlEsc(base + u.paths[x])}"/>`).join('')}</url>`,
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

export function rss(c: Ctx, items: ContentRow[]) {
  const t = T(c.locale);
  const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const entries = items.map((n) => {
    const url = `${c.base}${pathOf(c.locale, 'news', n.slug)}`;
    const title = pick(c.locale, contentTexts(n, 'title'))?.text ?? '';
    const summary = pick(c.locale, contentTexts(n, 'summary'));
    const body = pick(c.locale, contentTexts(n, 'body'));
    const html = summary ? renderInline(summary.text) : body ? renderMarkdown(body.text) : '';
    return `<item><title>${x(title)}</title><link>${x(url)}</link><guid isPermaLink="true">${x(url)}</guid><pubDate>${n.publishFrom.toUTCString()}</pubDate><description>${x(html)}</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>${x(`${t('site.page.news')} · ${c.inst.shortName}`)}</title>
<link>${x(`${c.base}${pathOf(c.locale, 'news')}`)}</link>
<atom:link href="${x(`${c.base}${rssPath(c.locale)}`)}" rel="self" type="application/rss+xml"/>
<description>${x(t('site.tagline'))}</description>
<language>${INTL[c.locale].toLowerCase()}</language>
${entries.join('\n')}
</channel></rss>
`;
}
