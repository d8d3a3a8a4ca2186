import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { PAGE_SIZE, personName, useMergePerson, usePerson, type Person } from './api';
import { PersonPicker } from './PersonPicker';
import { PersonData } from './PersonData';
import './i18n';

/** Merge a duplicate into this record: find it, compare both side by side, confirm. */
export function MergePage() {
  const { t } = useTranslation('people');
  const keepId = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const otherId = Number(params.get('with')) || 0;
  const keep = usePerson(keepId);
  const other = usePerson(otherId);
  const merge = useMergePerson(keepId);
  const navigate = useNavigate();

  if (keep.isPending) return <Loading />;
  if (!keep.data) return <ProblemAlert error={keep.error} />;
  const keepName = personName(keep.data, t('person.erased'));
  const choose = (id: number) => setParams(id ? { with: String(id) } : {}, { replace: true });

  return (
    <>
      <PageHeader title={t('merge.title')} actions={<Button component={Link} to={`/people/${keepId}`} variant="default">{t('merge.back')}</Button>} />
      <Text mb="md">{t('merge.intro', { name: keepName })}</Text>
      {!otherId ? (
        <PersonPicker label={t('merge.search')} value={null} onChange={(p) => p && choose(p.id)} exclude={[keepId]} allowCreate={false} limit={PAGE_SIZE} autoFocus />
      ) : other.isPending ? (
        <Loading />
      ) : !other.data ? (
        <ProblemAlert error={other.error} />
      ) : (
        <Stack>
          <Title order={2} size="h3">
            {t('merge.preview')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Side title={t('merge.kept')} person={keep.data} highlight />
            <Side title={t('merge.removed')} person={other.data} />
          </SimpleGrid>
          <ProblemAlert error={merge.error} />
          {merge.isSuccess && (
            <Alert color="green" role="status">
              {t('merge.done')}
            </Alert>
          )}
          <Group wrap="wrap">
            <Button
              loading={merge.isPending}
              onClick={() => merge.mutate(otherId, { onSuccess: () => navigate(`/people/${keepId}`) })}
            >
              {t('merge.confirm')}
            </Button>
            <Button variant="default" component={Link} to={`/people/${otherId}/merge?with=${keepId}`} replace>
              {t('merge.swap')}
            </Button>
            <Button variant="subtle" onClick={() => choose(0)}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </>
  );
}

function Side({ title, person, highlight }: { title: string; person: Person; highlight?: boolean }) {
  const { t } = useTranslation('people');
  return (
    <Paper withBorder p="md" style={highlight ? { borderWidth: 2, borderColor: 'var(--mantine-color-blue-8)' } : undefined}>
      <Title order={3} size="h4">
        {title}
      </Title>
      <Text fw={600} mb="sm">
        {personName(person, t('person.erased'))} · {t('person.id', { id: person.id })}
      </Text>
      <PersonData person={person} cols={{ base: 1 }} />
    </Paper>
  );
}
