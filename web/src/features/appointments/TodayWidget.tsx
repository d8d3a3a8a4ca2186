import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { Loading } from '../../ui/Loading';
import { brusselsToday, personLabel, useCalendar } from './api';
import { StatusBadge } from './CalendarPage';
import './i18n';

/** Home page: the logged-in staff member's appointments of the day. */
export function TodayWidget() {
  const { t } = useTranslation('appointments');
  const me = useMe().data;
  const today = brusselsToday();
  const cal = useCalendar({ view: 'day', date: today, staffUserId: me ? String(me.id) : undefined });
  const items = cal.data?.days[0]?.appointments ?? [];
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('widget.title')}
      </Title>
      {cal.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <Text size="sm">{t('widget.none')}</Text>
      ) : (
        <List spacing={4} size="sm" listStyleType="none">
          {items.map((a) => (
            <List.Item key={a.id}>
              {a.start} – {personLabel(a.person, t('erased'))} ({a.desk.name}) <StatusBadge status={a.status} />
            </List.Item>
          ))}
        </List>
      )}
      <Anchor component={Link} to={`/appointments?view=day&date=${today}&staff=${me?.id ?? ''}`} size="sm" mt="xs" display="inline-block">
        {t('widget.all')}
      </Anchor>
    </Paper>
  );
}
