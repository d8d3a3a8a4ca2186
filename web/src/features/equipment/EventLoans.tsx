import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { useLoans } from './api';
import { LoanTable } from './LoansPage';
import './i18n';

/** An event's page: the IT equipment it borrowed (out or back). Nothing for those who may not read the register. */
export function EventLoans({ eventId }: { eventId: number }) {
  const { t } = useTranslation('equipment');
  const canRead = useCan('equipment.read');
  const canManage = useCan('equipment.manage');
  const loans = useLoans({ eventId });
  if (!canRead) return null;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('loans.eventLoans')}
      </Title>
      {loans.data?.items.length ? <LoanTable loans={loans.data.items} caption={t('loans.eventLoans')} canManage={canManage} /> : <Text size="sm">{t('loans.eventNone')}</Text>}
    </Paper>
  );
}
