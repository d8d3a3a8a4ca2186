import { Suspense } from 'react';
import { Badge, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { allowed, useMe } from '../auth';
import { features } from '../features.registry';
import { PageHeader } from '../../ui/PageHeader';
import { homeWidgets } from '../home.registry';
import { PasswordResetNotice } from '../PasswordResetNotice';
import { Loading } from '../../ui/Loading';

/** Each role's home: its dashboard widgets (features add them), then shortcuts to what it may use. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe().data!;
  const entries = features.flatMap((f) => f.nav ?? []).filter((n) => allowed(me, n));
  const widgets = homeWidgets.filter((w) => allowed(me, w));
  return (
    <>
      <PageHeader title={t('home.title', { name: me.name.split(' ')[0] })} />
      <PasswordResetNotice />
      <Group gap="xs" mb="md">
        {me.roles.map((r) => (
          <Badge key={r} variant="light">
            {t(`roles.${r}`)}
          </Badge>
        ))}
      </Group>
      {/* Widgets come in their own chunks (the charts of a dashboard are not needed for the rest of the page). */}
      {widgets.map((w) => (
        <Suspense key={w.id} fallback={<Loading />}>
          <w.component />
        </Suspense>
      ))}
      <Text mb="sm">{t('home.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {entries.map((n) => (
          <Card key={n.path} component={Link} to={n.path} withBorder padding="md">
            <Text fw={600}>{t(n.labelKey)}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
