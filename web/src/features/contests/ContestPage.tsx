import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { ActionIcon, Alert, Anchor, Badge, Button, Checkbox, CopyButton, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { download } from '../../app/api';
import { useCan } from '../../app/auth';
import { formatNumber } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import {
  useAddCandidate,
  useAddCriterion,
  useAddJuror,
  useContest,
  useOpenCloseContest,
  useRanking,
  useRemoveCandidate,
  useRemoveCriterion,
  useRenewJuror,
  useRevokeJuror,
  useSetConflict,
  type Contest,
  type JurorLink,
} from './api';
import { statusColor } from './ContestsPage';
import './i18n';
import { keepTyped } from '../../app/mutation';

/** A contest for its organisers: criteria and weights, candidates, jurors and their links, conflicts, the live ranking. */
export function ContestPage() {
  const { t } = useTranslation('contests');
  const id = Number(useParams().id);
  const contest = useContest(id);
  const canManage = useCan('contests.manage');
  const openClose = useOpenCloseContest(id);
  if (contest.isPending) return <Loading />;
  if (!contest.data) return <ProblemAlert error={contest.error} />;
  const c = contest.data;
  const editable = canManage && c.status !== 'closed';
  return (
    <>
      <Anchor component={Link} to="/contests" size="sm">
        {t('contest.back')}
      </Anchor>
      <PageHeader
        title={c.name}
        actions={
          <>
            <Badge color={statusColor[c.status]} variant="filled" size="lg">
              {t(`status.${c.status}`)}
            </Badge>
            {editable && c.status === 'draft' && (
              <Button onClick={() => openClose.mutate(true)} loading={openClose.isPending}>
                {t('contest.open')}
              </Button>
            )}
            {editable && c.status === 'open' && (
              <Button color="red.9" onClick={() => window.confirm(t('contest.closeConfirm')) && openClose.mutate(false)} loading={openClose.isPending}>
                {t('contest.close')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <ProblemAlert error={openClose.error} />
        {c.status === 'closed' && <Alert color="gray">{t('contest.locked')}</Alert>}
        <RankingSection contest={c} />
        <CriteriaSection contest={c} editable={editable && c.status === 'draft'} />
        <CandidatesSection contest={c} editable={editable} />
        <JurorsSection contest={c} editable={editable} />
        {c.jurors.length > 0 && c.candidates.length > 0 && <ConflictsSection contest={c} editable={editable} />}
      </Stack>
    </>
  );
}

function RankingSection({ contest: c }: { contest: Contest }) {
  const { t } = useTranslation('contests');
  const ranking = useRanking(c.id, c.status === 'open');
  const r = ranking.data;
  const nameOf = (id: number) => c.candidates.find((x) => x.id === id)?.name ?? '';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ranking">
      <Group justify="space-between" wrap="wrap" mb="xs">
        <Title order={2} size="h4" id="ranking">
          {t('ranking.title')}
        </Title>
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={() => download(`/api/contests/${c.id}/ranking/export?format=xlsx`)}>
            {t('ranking.xlsx')}
          </Button>
          <Button size="xs" variant="light" onClick={() => download(`/api/contests/${c.id}/ranking/export?format=csv`)}>
            {t('ranking.csv')}
          </Button>
        </Group>
      </Group>
      {c.status === 'open' && <Text size="sm">{t('ranking.live')}</Text>}
      {!r ? (
        ranking.isPending ? <Loading /> : <ProblemAlert error={ranking.error} />
      ) : r.items.every((i) => i.score === null) ? (
        <Text size="sm">{t('ranking.none')}</Text>
      ) : (
        <Stack gap="md" mt="sm">
          <TableScroll minWidth={520} label={t('ranking.table')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ranking.rank')}</Table.Th>
                  <Table.Th>{t('ranking.candidate')}</Table.Th>
                  <Table.Th ta="right">{t('ranking.score')}</Table.Th>
                  <Table.Th ta="right">{t('ranking.jurors')}</Table.Th>
                  <Table.Th>{t('ranking.tie')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.items.map((i) => (
                  <Table.Tr key={i.candidateId}>
                    <Table.Td>{i.rank ?? '—'}</Table.Td>
                    <Table.Td>{i.name}</Table.Td>
                    <Table.Td ta="right">{i.score === null ? '—' : formatNumber(i.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</Table.Td>
                    <Table.Td ta="right">
                      {t('ranking.jurorsOf', { scored: i.jurorsScored, expected: i.jurorsExpected })}
                      {i.conflicts > 0 ? ` · ${t('ranking.conflictsNote', { count: i.conflicts })}` : ''}
                    </Table.Td>
                    <Table.Td>
                      {i.tie?.rule === 'criterion'
                        ? `${t('ranking.tieBroken', { criterion: i.tie.criterionName })} – ${nameOf(i.tie.againstCandidateId)}`
                        : i.tie?.rule === 'tie'
                          ? `${t('ranking.tieStands')} – ${i.tie.withCandidateIds.map(nameOf).join(', ')}`
                          : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <BarChart
            h={Math.max(160, r.items.length * 34)}
            data={r.items.filter((i) => i.score !== null).map((i) => ({ name: i.name, [t('ranking.chart')]: i.score }))}
            dataKey="name"
            orientation="vertical"
            yAxisProps={{ width: 150 }}
            xAxisProps={{ domain: [0, 100] }}
            series={[{ name: t('ranking.chart'), color: 'violet.8' }]}
          />
        </Stack>
      )}
    </Paper>
  );
}

function CriteriaSection({ contest: c, editable }: { contest: Contest; editable: boolean }) {
  const { t } = useTranslation('contests');
  const add = useAddCriterion(c.id);
  const remove = useRemoveCriterion(c.id);
  const [f, setF] = useState({ name: '', weight: 1 as number | string, maxScore: 10 as number | string });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="criteria">
      <Title order={2} size="h4" mb="xs" id="criteria">
        {t('contest.criteria')}
      </Title>
      {c.criteria.length === 0 ? (
        <Text size="sm">{t('contest.noCriteria')}</Text>
      ) : (
        <TableScroll minWidth={360} label={t('contest.criteria')}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contest.criterion')}</Table.Th>
              <Table.Th ta="right">{t('contest.weight')}</Table.Th>
              <Table.Th ta="right">{t('contest.max')}</Table.Th>
              {editable && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.criteria.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>{x.name}</Table.Td>
                <Table.Td ta="right">{x.weight}</Table.Td>
                <Table.Td ta="right">{x.maxScore}</Table.Td>
                {editable && (
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red.9" aria-label={t('contest.removeCriterion', { name: x.name })} onClick={() => remove.mutate(x.id)}>
                      ×
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        </TableScroll>
      )}
      {c.status !== 'draft' && <Text size="sm" mt="xs">{t('contest.frozen')}</Text>}
      <ProblemAlert error={remove.error} />
      {editable && (
        <form
          aria-label={t('contest.addCriterion')}
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ name: f.name, weight: Number(f.weight), maxScore: Number(f.maxScore) }, { onSuccess: () => setF(keepTyped(f, { name: '', weight: 1, maxScore: 10 })) });
          }}
        >
          <Group align="flex-end" wrap="wrap" mt="sm">
            <TextInput label={t('contest.criterion')} required value={f.name} onChange={(e) => setF({ ...f, name: e.currentTarget.value })} miw={200} />
            <NumberInput label={t('contest.weight')} required value={f.weight} onChange={(v) => setF({ ...f, weight: v })} min={1} max={100} allowDecimal={false} w={110} />
            <NumberInput label={t('contest.max')} required value={f.maxScore} onChange={(v) => setF({ ...f, maxScore: v })} min={1} max={100} allowDecimal={false} w={130} />
            <Button type="submit" loading={add.isPending}>
              {t('contest.addCriterion')}
            </Button>
          </Group>
          <ProblemAlert error={add.error} />
        </form>
      )}
    </Paper>
  );
}

function CandidatesSection({ contest: c, editable }: { contest: Contest; editable: boolean }) {
  const { t } = useTranslation('contests');
  const add = useAddCandidate(c.id);
  const remove = useRemoveCandidate(c.id);
  const [f, setF] = useState({ name: '', project: '' });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="candidates">
      <Title order={2} size="h4" mb="xs" id="candidates">
        {t('contest.candidates')}
      </Title>
      {c.candidates.length === 0 ? (
        <Text size="sm">{t('contest.noCandidates')}</Text>
      ) : (
        <Stack gap={4}>
          {c.candidates.map((x) => (
            <Group key={x.id} gap="xs" wrap="nowrap">
              <Text>
                <strong>{x.name}</strong>
                {x.project ? ` – ${x.project}` : ''}
              </Text>
              {editable && (
                <ActionIcon variant="subtle" color="red.9" aria-label={t('contest.removeCandidate', { name: x.name })} onClick={() => remove.mutate(x.id)}>
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      )}
      <ProblemAlert error={remove.error} />
      {editable && (
        <form
          aria-label={t('contest.addCandidate')}
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ name: f.name, project: f.project || null }, { onSuccess: () => setF(keepTyped(f, { name: '', project: '' })) });
          }}
        >
          <Group align="flex-end" wrap="wrap" mt="sm">
            <TextInput label={t('contest.candidate')} required value={f.name} onChange={(e) => setF({ ...f, name: e.currentTarget.value })} miw={200} />
            <TextInput label={t('contest.project')} value={f.project} onChange={(e) => setF({ ...f, project: e.currentTarget.value })} miw={240} />
            <Button type="submit" loading={add.isPending}>
              {t('contest.addCandidate')}
            </Button>
          </Group>
          <ProblemAlert error={add.error} />
        </form>
      )}
    </Paper>
  );
}

function JurorsSection({ contest: c, editable }: { contest: Contest; editable: boolean }) {
  const { t } = useTranslation('contests');
  const add = useAddJuror(c.id);
  const renew = useRenewJuror(c.id);
  const revoke = useRevokeJuror(c.id);
  const [name, setName] = useState('');
  const [shown, setShown] = useState<JurorLink | null>(null);
  const link = shown ? `${window.location.origin}/p/jury/${shown.token}` : '';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="jurors">
      <Title order={2} size="h4" mb="xs" id="jurors">
        {t('contest.jurors')}
      </Title>
      {shown && (
        <Alert color="blue" mb="sm" role="status" title={t('contest.link', { name: shown.name })}>
          <Stack gap="xs">
            <Text size="sm">{t('contest.linkNote')}</Text>
            <TextInput aria-label={t('contest.link', { name: shown.name })} value={link} readOnly onFocus={(e) => e.currentTarget.select()} />
            <CopyButton value={link}>{({ copied, copy }) => <Button size="xs" variant="light" onClick={copy}>{copied ? t('contest.copied') : t('contest.copy')}</Button>}</CopyButton>
          </Stack>
        </Alert>
      )}
      {c.jurors.length === 0 ? (
        <Text size="sm">{t('contest.noJurors')}</Text>
      ) : (
        <Stack gap={6}>
          {c.jurors.map((j) => (
            <Group key={j.id} gap="xs" wrap="wrap">
              <Text fw={600}>{j.name}</Text>
              <Text size="sm">{j.revoked ? t('contest.revoked') : t('contest.scored', { count: j.scored })}</Text>
              {editable && (
                <>
                  <Button size="compact-sm" variant="light" aria-label={t('contest.renew', { name: j.name })} onClick={() => renew.mutate(j.id, { onSuccess: setShown })}>
                    {t('contest.renewShort')}
                  </Button>
                  {!j.revoked && (
                    <Button size="compact-sm" variant="outline" color="red.9" aria-label={t('contest.revoke', { name: j.name })} onClick={() => revoke.mutate(j.id)}>
                      {t('contest.revokeShort')}
                    </Button>
                  )}
                </>
              )}
            </Group>
          ))}
        </Stack>
      )}
      <ProblemAlert error={renew.error ?? revoke.error} />
      {editable && (
        <form
          aria-label={t('contest.addJuror')}
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate(name, {
              onSuccess: (j) => {
                setShown(j);
                setName('');
              },
            });
          }}
        >
          <Group align="flex-end" wrap="wrap" mt="sm">
            <TextInput label={t('contest.juror')} required value={name} onChange={(e) => setName(e.currentTarget.value)} miw={220} />
            <Button type="submit" loading={add.isPending}>
              {t('contest.addJuror')}
            </Button>
          </Group>
          <ProblemAlert error={add.error} />
        </form>
      )}
    </Paper>
  );
}

function ConflictsSection({ contest: c, editable }: { contest: Contest; editable: boolean }) {
  const { t } = useTranslation('contests');
  const set = useSetConflict(c.id);
  const has = (jurorId: number, candidateId: number) => c.conflicts.some((x) => x.jurorId === jurorId && x.candidateId === candidateId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="conflicts">
      <Title order={2} size="h4" mb="xs" id="conflicts">
        {t('contest.conflicts')}
      </Title>
      <Text size="sm" mb="sm">
        {t('contest.conflictsIntro')}
      </Text>
      <TableScroll minWidth={120 + c.jurors.length * 110} label={t('contest.conflicts')}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contest.candidate')}</Table.Th>
              {c.jurors.map((j) => (
                <Table.Th key={j.id}>{j.name}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.candidates.map((k) => (
              <Table.Tr key={k.id}>
                <Table.Td>{k.name}</Table.Td>
                {c.jurors.map((j) => (
                  <Table.Td key={j.id}>
                    <Checkbox
                      aria-label={t('contest.conflictOf', { juror: j.name, candidate: k.name })}
                      checked={has(j.id, k.id)}
                      disabled={!editable || set.isPending}
                      onChange={(e) => set.mutate({ jurorId: j.id, candidateId: k.id, conflict: e.currentTarget.checked })}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ProblemAlert error={set.error} />
    </Paper>
  );
}
