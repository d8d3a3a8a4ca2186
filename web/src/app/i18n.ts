import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './common.i18n';
import { TIME_ZONE } from './time-zone';

export const LANGUAGES = ['fr', 'nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Catalog = { [key: string]: string | Catalog };

const isLanguage = (l: string | null | undefined): l is Language => !!l && (LANGUAGES as readonly string[]).includes(l);

/** Remembered beside the choice, so that the server sends a page drawn in advance in that language (server: web-assets.ts). */
export const LANGUAGE_COOKIE = 'relais.lang';

function initialLanguage(): Language {
  // When the build renders a page in advance (web/prerender.mjs) there is no browser: it sets the language itself.
  if (typeof document === 'undefined') return 'fr';
  // A page the server sent already drawn is in the language the server chose for it (the saved choice, else the
  // browser's): React's first drawing must be the same. A saved choice the cookie did not carry follows at once.
  const drawn = document.documentElement.dataset.prerendered;
  if (isLanguage(drawn)) return drawn;
  const saved = localStorage.getItem('relais.lang');
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  for (const l of navigator.languages ?? [navigator.language]) {
    const two = l.slice(0, 2).toLowerCase();
    if ((LANGUAGES as readonly string[]).includes(two)) return two as Language;
  }
  return 'fr';
}

void i18n.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'fr',
  supportedLngs: LANGUAGES,
  defaultNS: 'common',
  ns: ['common'],
  resources: { fr: { common: common.fr }, nl: { common: common.nl }, en: { common: common.en } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Each feature adds its own catalog as a namespace named after the feature. */
export function registerCatalog(ns: string, catalogs: Record<Language, Catalog>) {
  for (const l of LANGUAGES) i18n.addResourceBundle(l, ns, catalogs[l], true, true);
}

export function setLanguage(lang: Language) {
  localStorage.setItem('relais.lang', lang);
  document.cookie = `${LANGUAGE_COOKIE}=${lang}; path=/; max-age=31536000; SameSite=Lax`;
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}
if (typeof document !== 'undefined') {
  document.documentElement.lang = i18n.language;
  const saved = localStorage.getItem('relais.lang');
  // Drawn by the server in another language than the one saved here (a choice made before the cookie existed).
  if (document.documentElement.dataset.prerendered && isLanguage(saved) && saved !== i18n.language) {
    queueMicrotask(() => setLanguage(saved));
  }
}

/** Dates and times always shown in Brussels time, in the UI language. */
export { TIME_ZONE };
const locales: Record<string, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };
/** The Intl locale of the UI language, or of another language (a person's, on their GDPR export). */
export const intlLocale = (lang: string = i18n.language) => locales[lang] ?? 'fr-BE';
export function formatDate(value: string | Date | null | undefined, opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }, lang?: string) {
  if (!value) return '';
  const d = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(intlLocale(lang), { timeZone: TIME_ZONE, ...opts }).format(d);
}
export const formatDateTime = (value: string | Date | null | undefined) => formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
export const formatTime = (value: string | Date | null | undefined) => formatDate(value, { timeStyle: 'short' });
export const formatNumber = (n: number, opts?: Intl.NumberFormatOptions) => new Intl.NumberFormat(intlLocale(), opts).format(n);

export default i18n;
