import { Anchor, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatDateTime } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { PROGRAMMES, inLanguage, useCandidates, useEmployerLink, useOpenOffers, usePropose } from './api';
import { Criteria } from './Criteria';
import './i18n';

/** Staff: an offer's candidates, best first, with the explained score; propose a match; the employer's private link. */
export function OfferCandidatesPage() {
  const { t, i18n } = useTranslation('matching');
  const offerId = Number(useParams().offerId);
  const [programme, setProgramme] = useState<(typeof PROGRAMMES)[number] | ''>('');
  const candidates = useCandidates(offerId, programme);
  const offer = useOpenOffers().data?.items.find((o) => o.id === offerId);
  const propose = usePropose();
  const link = useEmployerLink(offerId);
  const canWrite = useCan('matching.write');
  const [revoked, setRevoked] = useState(false);
  const title = offer ? `${inLanguage(offer.title, i18n.language)} · ${offer.employer.name}` : t('rank.offer', { id: offerId });
  return (
    <Stack>
      <PageHeader title={t('rank.title', { offer: title })} />
      <Text size="sm">{t('rank.intro')}</Text>
      <NativeSelect
        label={t('rank.programme')}
        value={programme}
        onChange={(e) => setProgramme(e.currentTarget.value as typeof programme)}
        data={[{ value: '', label: t('rank.allProgrammes') }, ...PROGRAMMES.map((p) => ({ value: p, label: t(`programme.${p}`) }))]}
        maw={320}
      />
      <ProblemAlert error={candidates.error ?? propose.error ?? link.error} />
      {candidates.isPending ? (
        <Loading />
      ) : candidates.data?.items.length ? (
        <TableScroll minWidth={720} label={t('rank.caption')}>
          <Table striped verticalSpacing="sm">
            <caption className="visually-hidden">{t('rank.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rank.rank')}</Table.Th>
                <Table.Th>{t('rank.candidate')}</Table.Th>
                <Table.Th>{t('rank.score')}</Table.Th>
                <Table.Th>{t('rank.criteria')}</Table.Th>
                <Table.Th>{t('rank.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidates.data.items.map((c, i) => (
                <Table.Tr key={c.profileId}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/matching/people/${c.personId}`}>
                      {c.pseudonym}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t('rank.percent', { score: c.score })}</Table.Td>
                  <Table.Td>
                    <Criteria criteria={c.criteria} />
                  </Table.Td>
                  <Table.Td>
                    {c.matchId ? (
                      <Text size="sm">{t('rank.proposed')}</Text>
                    ) : (
                      canWrite && (
                        <Button size="xs" onClick={() => propose.mutate({ offerId, profileId: c.profileId })} loading={propose.isPending && propose.variables?.profileId === c.profileId} aria-label={t('rank.proposeLabel', { pseudonym: c.pseudonym })}>
                          {t('rank.propose')}
                        </Button>
                      )
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : (
        <Text>{t('rank.none')}</Text>
      )}
      {canWrite && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('link.title')}
          </Title>
          <Text size="sm" mb="sm">
            {t('link.intro')}
          </Text>
          {link.data && !revoked && (
            <Stack gap="xs" mb="sm">
              <TextInput label={t('link.url')} readOnly value={`${window.location.origin}${link.data.path}`} onFocus={(e) => e.currentTarget.select()} />
              <Text size="sm" role="status">
                {t('link.until', { at: formatDateTime(link.data.expiresAt) })}
              </Text>
            </Stack>
          )}
          {revoked && (
            <Text size="sm" role="status" mb="sm">
              {t('link.revoked')}
            </Text>
          )}
          <Group>
            <Button onClick={() => link.mutate('create', { onSuccess: () => setRevoked(false) })} loading={link.isPending && link.variables === 'create'}>
              {t('link.create')}
            </Button>
            <Button variant="outline" color="#a00000" onClick={() => link.mutate('revoke', { onSuccess: () => setRevoked(true) })} loading={link.isPending && link.variables === 'revoke'}>
              {t('link.revoke')}
            </Button>
            <Button component={Link} to={`/matching/matches?offerId=${offerId}`} variant="default">
              {t('rank.matches')}
            </Button>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
