import { useEffect, useState } from 'react';
import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInstitutionVars } from '../../app/institution';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { KINDS, OWNERS, STATUSES, useAsset, useCreateAsset, useOrganisations, useRooms, useSites, useStaff, useUpdateAsset, type Asset, type AssetInput } from './api';
import './i18n';

type Form = Record<'tag' | 'kind' | 'name' | 'owner' | 'ownerOrganisationId' | 'siteId' | 'roomId' | 'holderUserId' | 'brand' | 'model' | 'serialNumber' | 'operatingSystem' | 'purchaseDate' | 'purchasePrice' | 'warrantyEnd' | 'status' | 'backupEveryDays' | 'notes', string>;

const fromAsset = (a?: Asset): Form => ({
  tag: a?.tag ?? '',
  kind: a?.kind ?? 'laptop',
  name: a?.name ?? '',
  owner: a?.owner ?? 'centrale',
  ownerOrganisationId: a?.ownerOrganisation ? String(a.ownerOrganisation.id) : '',
  siteId: a?.site ? String(a.site.id) : '',
  roomId: a?.room ? String(a.room.id) : '',
  holderUserId: a?.holder ? String(a.holder.id) : '',
  brand: a?.brand ?? '',
  model: a?.model ?? '',
  serialNumber: a?.serialNumber ?? '',
  operatingSystem: a?.operatingSystem ?? '',
  purchaseDate: a?.purchaseDate ?? '',
  purchasePrice: a?.purchasePrice === null || a?.purchasePrice === undefined ? '' : String(a.purchasePrice),
  warrantyEnd: a?.warrantyEnd ?? '',
  status: a?.status ?? 'in_use',
  backupEveryDays: a?.backupEveryDays ? String(a.backupEveryDays) : '',
  notes: a?.notes ?? '',
});

/** Registers a device, or corrects one: what it is, whose it is, where it is, its purchase and warranty, its backups. */
export function AssetFormPage() {
  const { id } = useParams();
  const assetId = Number(id ?? 0);
  const existing = useAsset(assetId);
  if (assetId && existing.isPending) return <Loading />;
  return <AssetForm key={existing.data?.asset.updatedAt ?? 'new'} asset={existing.data?.asset} />;
}

function AssetForm({ asset }: { asset?: Asset }) {
  const { t } = useTranslation('equipment');
  const inst = useInstitutionVars();
  const navigate = useNavigate();
  const [f, setF] = useState<Form>(() => fromAsset(asset));
  const sites = useSites();
  const rooms = useRooms();
  const orgs = useOrganisations();
  const staff = useStaff();
  const create = useCreateAsset();
  const update = useUpdateAsset(asset?.id ?? 0);
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  useEffect(() => {
    // A new device goes to the only site when there is one.
    const list = sites.data?.items ?? [];
    if (!asset && list.length === 1 && !f.siteId) setF((x) => ({ ...x, siteId: String(list[0].id) }));
  }, [sites.data, asset, f.siteId]);
  const field = (k: keyof Form) => ({ value: f[k], onChange: (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value }) });
  const none = { value: '', label: t('form.none') };
  const idOrNull = (v: string) => (v ? Number(v) : null);
  const textOrNull = (v: string) => v.trim() || null;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = {
      kind: f.kind as AssetInput['kind'],
      name: f.name,
      owner: f.owner as AssetInput['owner'],
      ownerOrganisationId: f.owner === 'partner' ? idOrNull(f.ownerOrganisationId) : null,
      siteId: idOrNull(f.siteId),
      roomId: idOrNull(f.roomId),
      holderUserId: idOrNull(f.holderUserId),
      brand: textOrNull(f.brand),
      model: textOrNull(f.model),
      serialNumber: textOrNull(f.serialNumber),
      operatingSystem: textOrNull(f.operatingSystem),
      purchaseDate: f.purchaseDate || null,
      purchasePrice: f.purchasePrice ? Number(f.purchasePrice.replace(',', '.')) : null,
      warrantyEnd: f.warrantyEnd || null,
      backupEveryDays: f.backupEveryDays ? Number(f.backupEveryDays) : null,
      notes: textOrNull(f.notes),
      ...(f.status !== 'lent' ? { status: f.status as NonNullable<AssetInput['status']> } : {}),
      ...(f.tag.trim() && f.tag.trim() !== asset?.tag ? { tag: f.tag.trim() } : {}),
    };
    const done = (a: Asset) => navigate(`/equipment/assets/${a.id}`);
    if (asset) update.mutate(body, { onSuccess: done });
    else create.mutate(body, { onSuccess: done });
  };

  return (
    <>
      <PageHeader title={asset ? t('form.titleEdit', { name: asset.name }) : t('form.titleNew')} />
      <Stack component="form" onSubmit={submit} maw={900}>
        <Fieldset legend={t('form.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label={t('form.kind')} required {...field('kind')} data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
            <TextInput label={t('form.name')} description={t('form.nameHint')} required maxLength={120} {...field('name')} />
            <TextInput label={t('form.brand')} maxLength={80} {...field('brand')} />
            <TextInput label={t('form.model')} maxLength={120} {...field('model')} />
            <TextInput label={t('form.serial')} maxLength={80} {...field('serialNumber')} />
            <TextInput label={t('form.os')} maxLength={80} {...field('operatingSystem')} />
            <TextInput label={t('form.tag')} description={t('form.tagHint')} maxLength={30} {...field('tag')} />
            <NativeSelect
              label={t('form.status')}
              disabled={f.status === 'lent'}
              {...field('status')}
              data={STATUSES.filter((s) => s !== 'lent' || f.status === 'lent').map((s) => ({ value: s, label: t(`status.${s}`) }))}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('form.place')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label={t('form.owner')} {...field('owner')} data={OWNERS.map((o) => ({ value: o, label: t(`owner.${o}`, inst) }))} />
            {f.owner === 'partner' && (
              <NativeSelect label={t('form.partner')} required {...field('ownerOrganisationId')} data={[none, ...(orgs.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))]} />
            )}
            <NativeSelect label={t('form.site')} {...field('siteId')} data={[none, ...(sites.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.name }))]} />
            <NativeSelect
              label={t('form.room')}
              {...field('roomId')}
              data={[none, ...((rooms.data as { items: { id: number; name: string; siteId: number | null }[] } | undefined)?.items ?? []).filter((r) => !r.siteId || !f.siteId || String(r.siteId) === f.siteId).map((r) => ({ value: String(r.id), label: r.name }))]}
            />
            <NativeSelect label={t('form.holder')} {...field('holderUserId')} data={[none, ...(staff.data?.items ?? []).map((u) => ({ value: String(u.id), label: u.name }))]} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('form.purchase')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput type="date" label={t('form.purchaseDate')} {...field('purchaseDate')} />
            <TextInput inputMode="decimal" label={t('form.price')} {...field('purchasePrice')} />
            <TextInput type="date" label={t('form.warrantyEnd')} {...field('warrantyEnd')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('form.care')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="number" min={1} max={366} label={t('form.backup')} description={t('form.backupHint')} {...field('backupEveryDays')} />
            <Textarea label={t('form.notes')} maxLength={2000} autosize minRows={2} {...field('notes')} />
          </SimpleGrid>
        </Fieldset>
        <ProblemAlert error={error} />
        <Group>
          <Button type="submit" loading={saving}>
            {t('form.save')}
          </Button>
          <Button variant="default" onClick={() => navigate(-1)}>
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </>
  );
}
