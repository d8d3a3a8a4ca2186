import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { PersonPicker, type PersonHit } from '../people/public';
import { inLanguage, useOpenOffers, useProfiles } from './api';
import './i18n';

/** Staff: the open offers to rank candidates for, the candidate profiles, and building a new one with a job seeker. */
export function MatchingPage() {
  const { t, i18n } = useTranslation('matching');
  const offers = useOpenOffers();
  const profiles = useProfiles();
  const navigate = useNavigate();
  const canCatalogue = useCan('matching.catalogue');
  const [person, setPerson] = useState<PersonHit | null>(null);
  return (
    <Stack>
      <PageHeader
        title={t('hub.title')}
        actions={
          <>
            <Button component={Link} to="/matching/matches" variant="default">
              {t('nav.matches')}
            </Button>
            <Button component={Link} to="/matching/circles" variant="default">
              {t('nav.circles')}
            </Button>
            {canCatalogue && (
              <Button component={Link} to="/matching/skills" variant="default">
                {t('skills.open')}
              </Button>
            )}
          </>
        }
      />
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('hub.newProfile')}
        </Title>
        <Group align="end">
          <PersonPicker label={t('hub.person')} value={person} onChange={setPerson} allowCreate={false} />
          <Button disabled={!person} onClick={() => person && navigate(`/matching/people/${person.id}`)}>
            {t('hub.openProfile')}
          </Button>
        </Group>
      </Paper>
      <ProblemAlert error={offers.error ?? profiles.error} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('hub.offers')}
          </Title>
          {offers.isPending ? (
            <Loading />
          ) : offers.data?.items.length ? (
            <TableScroll minWidth={320} label={t('hub.offers')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('hub.offer')}</Table.Th>
                    <Table.Th>{t('hub.employer')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {offers.data.items.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/matching/offers/${o.id}`}>
                          {inLanguage(o.title, i18n.language)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{o.employer.name}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          ) : (
            <Text>{t('hub.noOffer')}</Text>
          )}
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('hub.profiles', { count: profiles.data?.total ?? 0 })}
          </Title>
          {profiles.isPending ? (
            <Loading />
          ) : profiles.data?.items.length ? (
            <TableScroll minWidth={320} label={t('hub.profiles', { count: profiles.data.total })}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('hub.person')}</Table.Th>
                    <Table.Th>{t('hub.pseudonym')}</Table.Th>
                    <Table.Th>{t('hub.updated')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {profiles.data.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/matching/people/${p.person.id}`}>
                          {p.person.firstName} {p.person.lastName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{p.pseudonym}</Table.Td>
                      <Table.Td>{p.consentWithdrawnAt ? t('hub.withdrawn') : formatDate(p.updatedAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          ) : (
            <Text>{t('hub.noProfile')}</Text>
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
