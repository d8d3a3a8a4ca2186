import { Button, Group, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInstitutionVars } from '../../app/institution';
import { call, client } from '../../app/api';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { assetUrl } from './api';
import { QrCode } from './QrCode';
import './i18n';

/** A sheet of labels (A4, 3 × 8, 70 × 37 mm): each a QR code that opens the device's page, its inventory number and name. */
export function LabelsPage() {
  const { t } = useTranslation('equipment');
  const inst = useInstitutionVars();
  const [params] = useSearchParams();
  const ids = [...new Set((params.get('ids') ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0))].slice(0, 240);
  const assets = useQueries({
    queries: ids.map((id) => ({ queryKey: ['equipment', 'asset', id], queryFn: () => call(client.GET('/api/equipment/assets/{id}', { params: { path: { id } } })) })),
  });
  const ready = assets.every((a) => !a.isPending);
  const items = assets.flatMap((a) => (a.data ? [a.data.asset] : []));
  return (
    <>
      <div className="no-print">
        <PageHeader title={t('labels.title')} actions={<Button onClick={() => window.print()} disabled={!items.length}>{t('labels.print')}</Button>} />
        <Text mb="md">{t('labels.intro')}</Text>
      </div>
      {!ready ? (
        <Loading />
      ) : items.length === 0 ? (
        <Text>{t('labels.none')}</Text>
      ) : (
        <div className="equipment-labels" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(70mm, 1fr))', gap: 0 }}>
          {items.map((a) => (
            <Group key={a.id} wrap="nowrap" gap="xs" p="2mm" style={{ height: '37mm', border: '1px dashed #ccc', overflow: 'hidden', breakInside: 'avoid' }} data-testid="equipment-label">
              <QrCode value={assetUrl(a.id)} size={110} label={t('labels.qr', { tag: a.tag })} />
              <div style={{ minWidth: 0 }}>
                <Text fw={700} size="lg">
                  {a.tag}
                </Text>
                <Text size="sm" lineClamp={2}>
                  {a.name}
                </Text>
                <Text size="xs">{t(`owner.${a.owner}`, inst)}</Text>
              </div>
            </Group>
          ))}
        </div>
      )}
      <style>{'@media print { @page { size: A4; margin: 10mm 0 } .equipment-labels { grid-template-columns: repeat(3, 70mm) !important } .equipment-labels > * { border: none !important } }'}</style>
    </>
  );
}
