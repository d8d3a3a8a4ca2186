import { lazyPage, type Feature } from '../../app/features';

/** Blind-hiring matching: the employer's pseudonymous list and the partner's appointment, both through private links. */
export const matchingFeature: Feature = {
  id: 'matching',
  catalog: () => import('./i18n'),
  publicRoutes: [
    lazyPage('/p/matching/appointment/:token', () => import('./PartnerAppointmentPage'), (m) => m.PartnerAppointmentPage),
    lazyPage('/p/matching/:token', () => import('./EmployerSpacePage'), (m) => m.EmployerSpacePage),
  ],
};
