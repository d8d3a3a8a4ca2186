import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useReasons, useSaveReason } from './api';
import { ListEditor } from '../../ui/ListEditor';
import './i18n';

/** The configurable list of visit reasons (admin, director). */
export function ReasonsPage() {
  const { t } = useTranslation('frontdesk');
  const reasons = useReasons(true);
  const save = useSaveReason();
  return (
    <>
      <PageHeader title={t('reasons.title')} />
      <Text mb="md">{t('reasons.intro')}</Text>
      <ProblemAlert error={reasons.error} />
      {reasons.isPending ? <Loading /> : reasons.data && <ListEditor items={reasons.data.items} save={save} ns="frontdesk" prefix="reasons" />}
    </>
  );
}
