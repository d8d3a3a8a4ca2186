import { Badge, Button, Group, NativeSelect, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { AREAS, inLang, useBank, useProgrammeLevels, useSetItemActive, useSetProgrammeLevels } from './api';
import './i18n';
import { Pictogram } from './pictograms';

function ProgrammeRow({ p }: { p: { programmeId: number; name: string; minLevel: number | null; maxLevel: number | null } }) {
  const { t } = useTranslation('diagnostic');
  const save = useSetProgrammeLevels();
  const [min, setMin] = useState(String(p.minLevel ?? ''));
  const [max, setMax] = useState(String(p.maxLevel ?? ''));
  const levels = [{ value: '', label: t('bank.notProposed') }, ...[0, 1, 2, 3, 4].map((l) => ({ value: String(l), label: `${l} · ${t(`level.${l}`)}` }))];
  return (
    <Table.Tr>
      <Table.Th scope="row">{p.name}</Table.Th>
      <Table.Td>
        <NativeSelect aria-label={`${t('bank.minLevel')} – ${p.name}`} value={min} onChange={(e) => setMin(e.currentTarget.value)} data={levels} />
      </Table.Td>
      <Table.Td>
        <NativeSelect aria-label={`${t('bank.maxLevel')} – ${p.name}`} value={max} onChange={(e) => setMax(e.currentTarget.value)} data={levels} />
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          <Button size="xs" loading={save.isPending} disabled={min === '' || max === ''} onClick={() => save.mutate({ id: p.programmeId, minLevel: Number(min), maxLevel: Number(max) })}>
            {t('bank.save')}
          </Button>
          {save.isSuccess && (
            <Text size="sm" role="status">
              {t('bank.saved')}
            </Text>
          )}
        </Group>
        <ProblemAlert error={save.error} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The item bank (by DigComp area and level) and which trainings the result proposes at which level. */
export function BankPage() {
  const { t, i18n } = useTranslation('diagnostic');
  const bank = useBank();
  const programmes = useProgrammeLevels();
  const toggle = useSetItemActive();
  return (
    <>
      <PageHeader title={t('bank.title')} />
      <Text mb="md">{t('bank.intro')}</Text>
      <Paper withBorder p="md" mb="md">
        <Title order={2} size="h4" mb="sm">
          {t('bank.programmes')}
        </Title>
        <ProblemAlert error={programmes.error} />
        {programmes.data && (
          <TableScroll minWidth={620} label={t('bank.programmes')}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('bank.programme')}</Table.Th>
                  <Table.Th>{t('bank.minLevel')}</Table.Th>
                  <Table.Th>{t('bank.maxLevel')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programmes.data.items.map((p) => (
                  <ProgrammeRow key={p.programmeId} p={p} />
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Paper>
      <ProblemAlert error={bank.error ?? toggle.error} />
      {bank.isPending ? (
        <Loading />
      ) : (
        bank.data && (
          <Stack>
            {AREAS.map((area) => (
              <Paper withBorder p="md" key={area}>
                <Title order={2} size="h4" mb="sm">
                  {t(`area.${area}`)}
                </Title>
                <TableScroll minWidth={620} label={t(`area.${area}`)}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('bank.level')}</Table.Th>
                        <Table.Th>{t('bank.kind')}</Table.Th>
                        <Table.Th>{t('bank.prompt')}</Table.Th>
                        <Table.Th>{t('bank.active')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {bank.data.items
                        .filter((i) => i.area === area)
                        .map((i) => (
                          <Table.Tr key={i.code}>
                            <Table.Td>{i.level}</Table.Td>
                            <Table.Td>
                              <Badge variant="filled" color="blue.9" style={{ textTransform: 'none' }}>
                                {t(`bank.kind_${i.kind}`)}
                              </Badge>
                            </Table.Td>
                            <Table.Td>
                              <Pictogram symbol={i.pictogram} size={20} inline />
                              {inLang(i.prompt, i18n.language)}
                              <Text size="xs" c="dimmed">
                                {i.code}
                              </Text>
                            </Table.Td>
                            <Table.Td>
                              <Switch
                                checked={i.active}
                                aria-label={i.active ? t('bank.withdraw', { code: i.code }) : t('bank.restore', { code: i.code })}
                                onChange={(e) => toggle.mutate({ code: i.code, active: e.currentTarget.checked })}
                              />
                            </Table.Td>
                          </Table.Tr>
                        ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
              </Paper>
            ))}
          </Stack>
        )
      )}
    </>
  );
}
