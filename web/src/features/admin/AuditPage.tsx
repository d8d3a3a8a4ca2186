import { Anchor, Button, Code, Group, NativeSelect, Paper, SimpleGrid, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatDateTime } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Loading } from '../../ui/Loading';
import { Pager } from '../../ui/Pager';
import { AUDIT_PAGE_SIZE, useAudit, useUsers, type AuditFilters } from './api';
import './i18n';

const FILTER_KEYS = ['action', 'entityType', 'entityId', 'actorUserId', 'from', 'to'] as const;
const ENTITY_TYPES = ['person', 'user', 'site', 'organisation', 'settings'];

/** The append-only audit log, filtered by action, item, user and dates; filters live in the address. */
export function AuditPage() {
  const { t } = useTranslation('admin');
  const [params, setParams] = useSearchParams();
  const applied: AuditFilters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? '']).filter(([, v]) => v));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState<AuditFilters>(applied);
  const isAdmin = useCan('users.manage');
  const users = useUsers(isAdmin);
  const audit = useAudit(applied, page);

  const apply = (f: AuditFilters, p = 1) => {
    const next = new URLSearchParams();
    for (const k of FILTER_KEYS) if (f[k]) next.set(k, f[k]!);
    if (p > 1) next.set('page', String(p));
    setParams(next);
  };
  const input = (k: (typeof FILTER_KEYS)[number]) => ({
    value: draft[k] ?? '',
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
      const v = e.currentTarget.value;
      setDraft((d) => ({ ...d, [k]: v }));
    },
  });

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Text mb="md">{t('audit.intro')}</Text>
      <Paper withBorder p="md" mb="md">
        <form
          aria-label={t('audit.filters')}
          onSubmit={(e) => {
            e.preventDefault();
            apply(draft);
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <TextInput label={t('audit.action')} {...input('action')} />
            <NativeSelect label={t('audit.entityType')} data={[{ value: '', label: '—' }, ...ENTITY_TYPES.map((v) => ({ value: v, label: v }))]} {...input('entityType')} />
            <TextInput label={t('audit.entityId')} {...input('entityId')} />
            {isAdmin && users.data && (
              <NativeSelect
                label={t('audit.user')}
                data={[{ value: '', label: t('audit.anyUser') }, ...users.data.items.map((u) => ({ value: String(u.id), label: u.name }))]}
                {...input('actorUserId')}
              />
            )}
            <TextInput type="date" label={t('audit.from')} {...input('from')} />
            <TextInput type="date" label={t('audit.to')} {...input('to')} />
          </SimpleGrid>
          <Group mt="md" wrap="wrap">
            <Button type="submit">{t('audit.apply')}</Button>
            <Button
              variant="default"
              onClick={() => {
                setDraft({});
                apply({});
              }}
            >
              {t('audit.reset')}
            </Button>
          </Group>
        </form>
      </Paper>
      <ProblemAlert error={audit.error} />
      {audit.isPending ? (
        <Loading />
      ) : audit.data ? (
        audit.data.total === 0 ? (
          <Text role="status">{t('audit.none')}</Text>
        ) : (
          <>
            <TableScroll minWidth={820} label={t('audit.caption')}>
              <Table striped>
                <caption className="visually-hidden">{t('audit.caption')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('audit.at')}</Table.Th>
                    <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                    <Table.Th scope="col">{t('audit.actionColumn')}</Table.Th>
                    <Table.Th scope="col">{t('audit.entity')}</Table.Th>
                    <Table.Th scope="col">{t('audit.details')}</Table.Th>
                    <Table.Th scope="col">{t('audit.ip')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {audit.data.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(a.at)}</Table.Td>
                      <Table.Td>
                        {a.actorUserId ? (
                          <UnstyledButton
                            td="underline"
                            fz="sm"
                            aria-label={t('audit.filterByUser', { name: a.actorName ?? a.actorUserId })}
                            onClick={() => {
                              const f = { ...applied, actorUserId: String(a.actorUserId) };
                              setDraft(f);
                              apply(f);
                            }}
                          >
                            {a.actorName}
                          </UnstyledButton>
                        ) : (
                          (a.actorName ?? t('audit.system'))
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Code>{a.action}</Code>
                      </Table.Td>
                      <Table.Td>
                        {a.entityType === 'person' && a.entityId ? (
                          <Anchor component={Link} to={`/people/${a.entityId}`}>
                            {a.entityType} {a.entityId}
                          </Anchor>
                        ) : (
                          `${a.entityType} ${a.entityId ?? ''}`
                        )}
                      </Table.Td>
                      <Table.Td>
                        {a.details && (
                          <Text size="xs" ff="monospace" lineClamp={3} style={{ overflowWrap: 'anywhere', maxWidth: 320 }}>
                            {JSON.stringify(a.details)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{a.ip}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <Pager page={page} pageSize={AUDIT_PAGE_SIZE} total={audit.data.total} onChange={(p) => apply(applied, p)} />
          </>
        )
      ) : null}
    </>
  );
}
