import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Code, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInstitutionVars } from '../../app/institution';
import { useCan } from '../../app/auth';
import { formatDate, formatDateTime, formatNumber } from '../../app/i18n';
import { today } from '../../app/time';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { assetUrl, useAddIntervention, useAddTask, useAsset, useBackupToken, useRecordBackup, type AssetDetail, type InterventionInput, type TaskInput } from './api';
import { AssetFlags, StatusBadge, whereOf } from './parts';
import { QrCode } from './QrCode';
import { ReturnLoan } from './ReturnLoan';
import './i18n';
import { keepTyped } from '../../app/mutation';

/** A device's page (what its QR label opens): its record, label, maintenance, recurring tasks, backups and loans. */
export function AssetPage() {
  const { t } = useTranslation('equipment');
  const id = Number(useParams().id);
  const detail = useAsset(id);
  const canManage = useCan('equipment.manage');
  if (detail.isPending) return <Loading />;
  if (!detail.data) return <ProblemAlert error={detail.error} />;
  const { asset } = detail.data;
  return (
    <>
      <Anchor component={Link} to="/equipment" size="sm" className="no-print">
        ← {t('asset.back')}
      </Anchor>
      <PageHeader
        title={asset.name}
        actions={
          <>
            {canManage && (
              <Button variant="default" component={Link} to={`/equipment/assets/${asset.id}/edit`}>
                {t('asset.edit')}
              </Button>
            )}
            {canManage && asset.status !== 'lent' && asset.status !== 'retired' && (
              <Button variant="light" component={Link} to={`/equipment/loans?asset=${asset.id}`}>
                {t('asset.lend')}
              </Button>
            )}
          </>
        }
      />
      <Group gap="xs" mb="md">
        <Badge variant="outline" color="gray.8">
          {asset.tag}
        </Badge>
        <StatusBadge status={asset.status} />
        <AssetFlags asset={asset} />
      </Group>
      <Stack gap="lg">
        <Facts detail={detail.data} />
        <Interventions detail={detail.data} canManage={canManage} />
        <Tasks detail={detail.data} canManage={canManage} />
        <Backups detail={detail.data} canManage={canManage} />
        <Loans detail={detail.data} canManage={canManage} />
      </Stack>
    </>
  );
}

function Facts({ detail: { asset } }: { detail: AssetDetail }) {
  const { t } = useTranslation('equipment');
  const inst = useInstitutionVars();
  const years = asset.purchaseDate ? Math.floor((Date.parse(today()) - Date.parse(asset.purchaseDate)) / (365.25 * 86_400_000)) : null;
  const rows: [string, string | null][] = [
    [t('form.kind'), t(`kind.${asset.kind}`)],
    [t('form.owner'), asset.ownerOrganisation?.name ?? t(`owner.${asset.owner}`, inst)],
    [t('list.where'), whereOf(asset) || null],
    [
      t('asset.epn'),
      asset.epnWorkstation
        ? `${asset.epnWorkstation.name} (${t(`asset.epnState.${asset.epnWorkstation.state}`)}${asset.epnWorkstation.stateNote ? ` – ${asset.epnWorkstation.stateNote}` : ''})`
        : null,
    ],
    [t('form.brand'), [asset.brand, asset.model].filter(Boolean).join(' ') || null],
    [t('form.serial'), asset.serialNumber],
    [t('form.os'), asset.operatingSystem],
    [t('form.purchaseDate'), asset.purchaseDate ? `${formatDate(asset.purchaseDate)}${years ? ` (${t('asset.years', { count: years })})` : ''}` : null],
    [t('form.price'), asset.purchasePrice !== null ? formatNumber(asset.purchasePrice, { style: 'currency', currency: 'EUR' }) : null],
    [t('form.warrantyEnd'), asset.warrantyEnd ? `${formatDate(asset.warrantyEnd)}${asset.warrantyOver ? ` (${t('asset.warrantyOver')})` : ''}` : null],
    [t('form.notes'), asset.notes],
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Paper withBorder p="md" style={{ gridColumn: 'span 2' }}>
        <Title order={2} size="h4" mb="xs">
          {t('asset.facts')}
        </Title>
        <dl style={{ display: 'grid', gridTemplateColumns: 'fit-content(45%) 1fr', gap: '0.25rem 1rem', margin: 0 }}>
          {rows
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k} style={{ display: 'contents' }}>
                <dt style={{ fontWeight: 600 }}>{k}</dt>
                <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{v}</dd>
              </div>
            ))}
        </dl>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          {t('asset.label')}
        </Title>
        <Group wrap="nowrap" align="center">
          <QrCode value={assetUrl(asset.id)} size={112} label={t('labels.qr', { tag: asset.tag })} />
          <div>
            <Text fw={700}>{asset.tag}</Text>
            <Text size="sm">{asset.name}</Text>
          </div>
        </Group>
        <Button mt="sm" variant="light" component={Link} to={`/equipment/labels?ids=${asset.id}`} className="no-print">
          {t('asset.printLabel')}
        </Button>
      </Paper>
    </SimpleGrid>
  );
}

function Interventions({ detail, canManage }: { detail: AssetDetail; canManage: boolean }) {
  const { t } = useTranslation('equipment');
  const { asset, interventions, tasks } = detail;
  const add = useAddIntervention(asset.id);
  const blank = { kind: 'intervention' as InterventionInput['kind'], day: today(), summary: '', byName: '', minutesSpent: '', cost: '', taskId: '', setStatus: '' };
  const [f, setF] = useState(blank);
  const [saved, setSaved] = useState(false);
  const field = (k: keyof typeof blank) => ({ value: f[k], onChange: (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value }) });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    add.mutate(
      {
        kind: f.kind,
        day: f.day,
        summary: f.summary,
        ...(f.byName.trim() ? { byName: f.byName.trim() } : {}),
        ...(f.minutesSpent ? { minutesSpent: Number(f.minutesSpent) } : {}),
        ...(f.cost ? { cost: Number(f.cost.replace(',', '.')) } : {}),
        ...(f.taskId ? { taskId: Number(f.taskId) } : {}),
        ...(f.setStatus ? { setStatus: f.setStatus as NonNullable<InterventionInput['setStatus']> } : {}),
      },
      { onSuccess: () => (setF(blank), setSaved(true)) },
    );
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('asset.interventions')}
      </Title>
      {interventions.length === 0 ? (
        <Text size="sm">{t('asset.noInterventions')}</Text>
      ) : (
        <TableScroll minWidth={640} label={t('asset.interventions')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('asset.day')}</Table.Th>
                <Table.Th scope="col">{t('asset.what')}</Table.Th>
                <Table.Th scope="col">{t('asset.who')}</Table.Th>
                <Table.Th scope="col">{t('asset.time')}</Table.Th>
                <Table.Th scope="col">{t('asset.cost')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {interventions.slice(0, 50).map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(i.day)}</Table.Td>
                  <Table.Td>
                    <Badge size="xs" variant="filled" color={i.kind === 'incident' ? 'red.9' : 'blue.8'} mr={6}>
                      {t(`asset.${i.kind}`)}
                    </Badge>
                    {i.summary}
                  </Table.Td>
                  <Table.Td>{i.by}</Table.Td>
                  <Table.Td>{i.minutesSpent !== null ? t('asset.minutes', { count: i.minutesSpent }) : ''}</Table.Td>
                  <Table.Td>{i.cost !== null ? formatNumber(i.cost, { style: 'currency', currency: 'EUR' }) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {canManage && (
        <Stack component="form" onSubmit={submit} mt="md" gap="xs" aria-labelledby="add-intervention">
          <Title order={3} size="h5" id="add-intervention">
            {t('asset.addIntervention')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect label={t('asset.kind')} {...field('kind')} data={(['intervention', 'incident'] as const).map((k) => ({ value: k, label: t(`asset.${k}`) }))} />
            <TextInput type="date" label={t('asset.day')} required max={today()} {...field('day')} />
            <TextInput label={t('asset.by')} maxLength={120} {...field('byName')} />
          </SimpleGrid>
          <TextInput label={t('asset.summary')} required maxLength={1000} {...field('summary')} />
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput type="number" min={0} label={t('asset.minutesSpent')} {...field('minutesSpent')} />
            <TextInput inputMode="decimal" label={t('asset.costEur')} {...field('cost')} />
            <NativeSelect label={t('asset.task')} {...field('taskId')} data={[{ value: '', label: t('asset.noTask') }, ...tasks.filter((x) => x.active).map((x) => ({ value: String(x.id), label: x.title }))]} />
            <NativeSelect
              label={t('asset.setStatus')}
              {...field('setStatus')}
              data={[{ value: '', label: t('asset.keepStatus') }, ...(['in_use', 'in_repair'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))]}
            />
          </SimpleGrid>
          <ProblemAlert error={add.error} />
          {saved && (
            <Alert role="status" color="green">
              {t('asset.saved')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('asset.add')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}

function Tasks({ detail, canManage }: { detail: AssetDetail; canManage: boolean }) {
  const { t } = useTranslation('equipment');
  const add = useAddTask(detail.asset.id);
  const blank = { title: '', every: '1', unit: 'month' as TaskInput['unit'], nextDue: today() };
  const [f, setF] = useState(blank);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('asset.tasks')}
      </Title>
      {detail.tasks.length === 0 ? (
        <Text size="sm">{t('asset.noTasks')}</Text>
      ) : (
        <Stack gap={4}>
          {detail.tasks.map((x) => (
            <Text key={x.id} size="sm">
              <strong>{x.title}</strong> — {t('asset.every', { count: x.every, unit: t(`asset.${x.unit}`) })} · {t('asset.nextDueOn', { day: formatDate(x.nextDue) })}
              {x.overdue && (
                <Badge color="red.9" variant="filled" ml={6} size="sm">
                  {t('asset.due')}
                </Badge>
              )}
              {x.lastDone && ` · ${t('asset.lastDoneOn', { day: formatDate(x.lastDone) })}`}
            </Text>
          ))}
        </Stack>
      )}
      {canManage && (
        <Group
          component="form"
          align="end"
          mt="md"
          wrap="wrap"
          aria-label={t('asset.addTask')}
          onSubmit={(e: React.FormEvent) => {
            e.preventDefault();
            add.mutate({ title: f.title, every: Number(f.every), unit: f.unit, nextDue: f.nextDue }, { onSuccess: () => setF(keepTyped(f, blank)) });
          }}
        >
          <TextInput label={t('asset.taskTitle')} required maxLength={200} value={f.title} onChange={(e) => setF({ ...f, title: e.currentTarget.value })} style={{ flex: '1 1 14rem' }} />
          <TextInput type="number" min={1} max={104} label={t('asset.taskEvery')} required value={f.every} onChange={(e) => setF({ ...f, every: e.currentTarget.value })} w={90} />
          <NativeSelect label={t('asset.taskUnit')} value={f.unit} onChange={(e) => setF({ ...f, unit: e.currentTarget.value as TaskInput['unit'] })} data={(['week', 'month'] as const).map((u) => ({ value: u, label: t(`asset.${u}`) }))} />
          <TextInput type="date" label={t('asset.nextDue')} required value={f.nextDue} onChange={(e) => setF({ ...f, nextDue: e.currentTarget.value })} />
          <Button type="submit" variant="light" loading={add.isPending}>
            {t('asset.addTask')}
          </Button>
          <ProblemAlert error={add.error} />
        </Group>
      )}
    </Paper>
  );
}

function Backups({ detail, canManage }: { detail: AssetDetail; canManage: boolean }) {
  const { t } = useTranslation('equipment');
  const { asset, backups } = detail;
  const record = useRecordBackup(asset.id);
  const token = useBackupToken(asset.id);
  if (asset.backupEveryDays === null && backups.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('asset.backups')}
      </Title>
      <Text size="sm" mb="xs">
        {t('asset.lastBackupWas', { when: asset.lastBackupAt ? formatDateTime(asset.lastBackupAt) : t('asset.never') })}{' '}
        <Badge color={asset.backupOverdue ? 'red.9' : 'teal.9'} variant="filled">
          {asset.backupOverdue ? t('asset.overdue') : t('asset.ok')}
        </Badge>
      </Text>
      {backups.length === 0 ? (
        <Text size="sm">{t('asset.noBackups')}</Text>
      ) : (
        <Stack gap={2}>
          {backups.slice(0, 6).map((b) => (
            <Text key={b.id} size="sm">
              {formatDateTime(b.at)} — {t(`asset.source.${b.source}`)}
              {b.by ? ` (${b.by})` : ''}
              {!b.ok && ` · ${t('asset.backupFailed')}`}
              {b.note ? ` · ${b.note}` : ''}
            </Text>
          ))}
        </Stack>
      )}
      {canManage && (
        <Group mt="sm" gap="xs">
          <Button variant="light" loading={record.isPending} onClick={() => record.mutate({})}>
            {t('asset.recordBackup')}
          </Button>
          <Button variant="subtle" loading={token.isPending} onClick={() => token.mutate(undefined)}>
            {t('asset.newToken')}
          </Button>
        </Group>
      )}
      <ProblemAlert error={record.error ?? token.error} />
      {token.data && (
        <Alert mt="sm" role="status" title={t('asset.token')}>
          <Text size="sm">{t('asset.tokenShown', { url: `${window.location.origin}/api/equipment/backups/report` })}</Text>
          <Code block mt={4}>
            {token.data.token}
          </Code>
        </Alert>
      )}
    </Paper>
  );
}

function Loans({ detail, canManage }: { detail: AssetDetail; canManage: boolean }) {
  const { t } = useTranslation('equipment');
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('asset.loans')}
      </Title>
      {detail.loans.length === 0 ? (
        <Text size="sm">{t('asset.noLoans')}</Text>
      ) : (
        <Stack gap="xs">
          {detail.loans.slice(0, 20).map((l) => (
            <Group key={l.id} justify="space-between" wrap="wrap">
              <Text size="sm">
                <strong>{l.borrower}</strong> ({t(`borrowerKind.${l.borrowerKind}`)}) — {t('asset.out')} {formatDate(l.outAt)}
                {l.returnedAt ? ` · ${t('asset.returned')} ${formatDate(l.returnedAt)} (${t(`returnState.${l.returnState ?? 'good'}`)})` : ` · ${t('asset.still')}`}
                {!l.returnedAt && l.dueBack && ` · ${t('asset.dueBack')} ${formatDate(l.dueBack)}`}
                {l.late && (
                  <Badge color="red.9" variant="filled" ml={6} size="sm">
                    {t('asset.late')}
                  </Badge>
                )}
              </Text>
              {canManage && !l.returnedAt && <ReturnLoan loan={l} />}
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
