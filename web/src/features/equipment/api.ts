import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type ApiQuery, type Schema } from '../../app/api';

export type Asset = Schema<'EquipmentAsset'>;
export type AssetDetail = Schema<'EquipmentAssetDetail'>;
export type Loan = Schema<'EquipmentLoan'>;
export type Task = Schema<'EquipmentTask'>;
export type Overview = Schema<'EquipmentOverview'>;
export type AssetsQuery = ApiQuery<'/api/equipment/assets'>;
export type AssetInput = ApiBody<'/api/equipment/assets', 'post'>;
export type AssetPatch = ApiBody<'/api/equipment/assets/{id}', 'patch'>;
export type InterventionInput = ApiBody<'/api/equipment/assets/{id}/interventions', 'post'>;
export type TaskInput = ApiBody<'/api/equipment/assets/{id}/tasks', 'post'>;
export type LoanInput = ApiBody<'/api/equipment/loans', 'post'>;
export type ReturnInput = ApiBody<'/api/equipment/loans/{id}/return', 'post'>;
export type AssetKind = Asset['kind'];
export type AssetStatus = Asset['status'];

export const KINDS: AssetKind[] = ['desktop', 'laptop', 'screen', 'printer', 'phone', 'tablet', 'network', 'server', 'projector', 'signage', 'other'];
export const STATUSES: AssetStatus[] = ['in_use', 'in_stock', 'in_repair', 'lent', 'retired'];
export const OWNERS: Asset['owner'][] = ['centrale', 'ale', 'partner'];

const keys = {
  all: ['equipment'] as const,
  assets: (q: AssetsQuery) => ['equipment', 'assets', q] as const,
  asset: (id: number) => ['equipment', 'asset', id] as const,
  loans: (q: ApiQuery<'/api/equipment/loans'>) => ['equipment', 'loans', q] as const,
};

export const useAssets = (q: AssetsQuery) =>
  useQuery({ queryKey: keys.assets(q), queryFn: () => call(client.GET('/api/equipment/assets', { params: { query: q } })), placeholderData: keepPreviousData });
export const useAsset = (id: number) =>
  useQuery({ queryKey: keys.asset(id), queryFn: () => call(client.GET('/api/equipment/assets/{id}', { params: { path: { id } } })), enabled: id > 0 });
export const useOverview = () => useQuery({ queryKey: ['equipment', 'overview'], queryFn: () => call(client.GET('/api/equipment/overview')) });
export const useLoans = (q: ApiQuery<'/api/equipment/loans'>) =>
  useQuery({ queryKey: keys.loans(q), queryFn: () => call(client.GET('/api/equipment/loans', { params: { query: q } })) });
export const useStaff = () => useQuery({ queryKey: ['equipment', 'staff'], queryFn: () => call(client.GET('/api/equipment/staff')), staleTime: 300_000 });
export const useRooms = () => useQuery({ queryKey: ['rooms', 'list'], queryFn: () => call(client.GET('/api/rooms', { params: { query: {} } })), staleTime: 300_000 });
export { useSites } from '../sites/public';
export { useOrganisations } from '../organisations/public';

/** Every change invalidates the register's queries (lists, pages, the home page). */
function useEquipmentMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }) });
}
export const useCreateAsset = () => useEquipmentMutation((body: AssetInput) => call(client.POST('/api/equipment/assets', { body })));
export const useUpdateAsset = (id: number) =>
  useEquipmentMutation((body: AssetPatch) => call(client.PATCH('/api/equipment/assets/{id}', { params: { path: { id } }, body })));
export const useAddIntervention = (id: number) =>
  useEquipmentMutation((body: InterventionInput) => call(client.POST('/api/equipment/assets/{id}/interventions', { params: { path: { id } }, body })));
export const useAddTask = (id: number) => useEquipmentMutation((body: TaskInput) => call(client.POST('/api/equipment/assets/{id}/tasks', { params: { path: { id } }, body })));
export const useRecordBackup = (id: number) =>
  useEquipmentMutation((body: ApiBody<'/api/equipment/assets/{id}/backups', 'post'>) => call(client.POST('/api/equipment/assets/{id}/backups', { params: { path: { id } }, body })));
export const useBackupToken = (id: number) => useEquipmentMutation(() => call(client.POST('/api/equipment/assets/{id}/backup-token', { params: { path: { id } } })));
export const useLend = () => useEquipmentMutation((body: LoanInput) => call(client.POST('/api/equipment/loans', { body })));
export const useReturn = () =>
  useEquipmentMutation(({ id, ...body }: ReturnInput & { id: number }) => call(client.POST('/api/equipment/loans/{id}/return', { params: { path: { id } }, body })));

/** The address a label's QR code opens: the asset's page. */
export const assetUrl = (id: number) => `${window.location.origin}/equipment/assets/${id}`;
