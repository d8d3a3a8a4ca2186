import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './common.i18n';
import { TIME_ZONE } from './time-zone';

export const LANGUAGES = ['fr', 'nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Catalog = { [key: string]: string | Catalog };

function initialLanguage(): Language {
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
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}
document.documentElement.lang = i18n.language;

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
