import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, client, type Schema } from './api';
import type { Language } from './i18n';

/** The institution running Relais (its settings: names, address, contacts, logo, certificate issuer). */
export type Institution = Schema<'Institution'>;
export const institutionKey = ['institution'] as const;

export function useInstitution() {
  return useQuery({ queryKey: institutionKey, queryFn: () => call(client.GET('/api/institution')), staleTime: 5 * 60_000 });
}

/** The institution in the page's language (undefined while it loads). */
export function useInstitutionText() {
  const { i18n } = useTranslation();
  const i = useInstitution().data;
  if (!i) return undefined;
  const l = (['fr', 'nl', 'en'].includes(i18n.language) ? i18n.language : 'fr') as Language;
  return { name: i.name[l], shortName: i.shortName[l], address: i.address[l], phone: i.phone, email: i.email, website: i.website, logoUrl: i.logoUrl };
}

/** The `{{institution}}` of the catalogs' texts: the institution's short name in the page's language (empty while it loads). */
export function useInstitutionVars() {
  return { institution: useInstitutionText()?.shortName ?? '' };
}
