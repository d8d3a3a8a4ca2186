import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { helpLabel, useCreateHelpKind, useCreateWorkstation, useHelpKinds, useUpdateHelpKind, useUpdateWorkstation, useWorkstations } from './api';
import './i18n';

/** The room's configuration: workstations (and their state), kinds of help. */
export function EpnSettingsPage() {
  const { t } = useTranslation('epn');
  const ws = useWorkstations();
  const kinds = useHelpKinds();
  const createWs = useCreateWorkstation();
  const updateWs = useUpdateWorkstation();
  const createKind = useCreateHelpKind();
  const updateKind = useUpdateHelpKind();
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <ProblemAlert error={ws.error ?? updateWs.error ?? updateKind.error} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('settings.workstations')}
          </Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('settings.name')}</Table.Th>
                <Table.Th scope="col">{t('settings.state')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('common:actions.edit')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ws.data?.map((w) => (
                <Table.Tr key={w.id}>
                  <Table.Td>{w.name}</Table.Td>
                  <Table.Td>
                    <Badge color={w.state === 'available' ? 'teal.9' : 'gray.7'}>{t(w.state === 'available' ? 'board.free' : 'board.out_of_order')}</Badge>
                    {w.stateNote && <Text size="xs">{w.stateNote}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => updateWs.mutate({ id: w.id, state: w.state === 'available' ? 'out_of_order' : 'available', stateNote: null })}
                      aria-label={t(w.state === 'available' ? 'settings.markOut' : 'settings.markOk', { name: w.name })}
                    >
                      {t(w.state === 'available' ? 'board.out_of_order' : 'board.free')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack
            component="form"
            mt="sm"
            gap="xs"
            onSubmit={(e) => {
              e.preventDefault();
              createWs.mutate({ name }, { onSuccess: () => setName((typed) => (typed === name ? '' : typed)) });
            }}
          >
            <TextInput label={t('settings.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={60} />
            <ProblemAlert error={createWs.error} />
            <Group>
              <Button type="submit" loading={createWs.isPending}>
                {t('settings.add')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('settings.helpKinds')}
          </Title>
          <Stack gap={4}>
            {kinds.data?.map((k) => (
              <Group key={k.id} justify="space-between" wrap="nowrap">
                <Text size="sm" c={k.active ? undefined : 'dimmed'}>
                  {helpLabel(k, t)} {!k.active && `(${t('settings.inactive')})`}
                </Text>
                <Button size="xs" variant="subtle" onClick={() => updateKind.mutate({ id: k.id, active: !k.active })}>
                  {t(k.active ? 'settings.deactivate' : 'settings.activate', { name: helpLabel(k, t) })}
                </Button>
              </Group>
            ))}
          </Stack>
          <Stack
            component="form"
            mt="sm"
            gap="xs"
            onSubmit={(e) => {
              e.preventDefault();
              createKind.mutate({ label: kind }, { onSuccess: () => setKind((typed) => (typed === kind ? '' : typed)) });
            }}
          >
            <TextInput label={t('settings.newHelp')} value={kind} onChange={(e) => setKind(e.currentTarget.value)} required maxLength={100} />
            <ProblemAlert error={createKind.error} />
            <Group>
              <Button type="submit" loading={createKind.isPending}>
                {t('settings.addHelp')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </SimpleGrid>
    </>
  );
}
