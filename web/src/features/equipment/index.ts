import { lazy } from 'react';
import { lazyPage, type Feature } from '../../app/features';
import { homeWidgets } from '../../app/home.registry';

homeWidgets.push({
  id: 'equipment.todo',
  permission: 'equipment.manage',
  component: lazy(() => import('./HomeWidget').then((m) => ({ default: m.EquipmentHomeWidget }))),
});

export const equipmentFeature: Feature = {
  id: 'equipment',
  catalog: () => import('./i18n'),
  routes: [
    lazyPage('equipment', () => import('./EquipmentListPage'), (m) => m.EquipmentListPage),
    lazyPage('equipment/new', () => import('./AssetFormPage'), (m) => m.AssetFormPage),
    lazyPage('equipment/assets/:id', () => import('./AssetPage'), (m) => m.AssetPage),
    lazyPage('equipment/assets/:id/edit', () => import('./AssetFormPage'), (m) => m.AssetFormPage),
    lazyPage('equipment/labels', () => import('./LabelsPage'), (m) => m.LabelsPage),
    lazyPage('equipment/loans', () => import('./LoansPage'), (m) => m.LoansPage),
  ],
  nav: [
    { path: '/equipment', labelKey: 'equipment:nav.list', permission: 'equipment.read', group: 'main' },
    { path: '/equipment/loans', labelKey: 'equipment:nav.loans', permission: 'equipment.read', group: 'main' },
  ],
};
