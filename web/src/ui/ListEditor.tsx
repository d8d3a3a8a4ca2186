import { Button, Checkbox, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18n from '../app/i18n';
import { ProblemAlert } from './ProblemAlert';
import { PageHeader } from './PageHeader';
import { Loading } from './Loading';
import { TableScroll } from './TableScroll';
import { keepTyped } from '../app/mutation';

interface Labelled {
  labelFr: string;
  labelNl: string;
  labelEn: string;
}
const labelOf = (item: Labelled) => (i18n.language === 'nl' ? item.labelNl : i18n.language === 'en' ? item.labelEn : item.labelFr);

export interface ListItem extends Labelled {
  id: number;
  code: string;
  sortOrder: number;
  active: boolean;
}

/**
 * A configurable list (visit reasons, problem categories): codes are stable, labels exist in the three
 * languages, items are deactivated rather than deleted so that past figures keep their meaning.
 * `ns` is the i18n namespace holding `reasons.*`-shaped strings under `prefix`.
 */
type ListSave = { mutate: (body: Partial<ListItem> & { id?: number }, opts?: { onSuccess?: () => void }) => void; isPending: boolean; error: unknown };

/**
 * The admin page of a configurable list (server: platform/lists): its title and intro (`<prefix>.title`,
 * `<prefix>.intro` in `ns`), the items, and the form to add one. The feature gives its query and its save.
 */
export function ListPage({ ns, prefix, list, save }: { ns: string; prefix: string; list: { data?: { items: ListItem[] }; error: unknown; isPending: boolean }; save: ListSave }) {
  const { t } = useTranslation(ns);
  return (
    <>
      <PageHeader title={t(`${prefix}.title`)} />
      <Text mb="md">{t(`${prefix}.intro`)}</Text>
      <ProblemAlert error={list.error} />
      {list.isPending ? <Loading /> : list.data && <ListEditor items={list.data.items} save={save} ns={ns} prefix={prefix} />}
    </>
  );
}

export function ListEditor({
  items,
  save,
  ns,
  prefix,
}: {
  items: ListItem[];
  save: ListSave;
  ns: string;
  prefix: string;
}) {
  const { t } = useTranslation(ns);
  const empty = { code: '', labelFr: '', labelNl: '', labelEn: '', sortOrder: 100 as number | string };
  const [form, setForm] = useState(empty);
  const k = (key: string) => t(`${prefix}.${key}`);
  return (
    <Stack>
      <TableScroll minWidth={640} label={k('title')}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{k('code')}</Table.Th>
              <Table.Th>{k('labelFr')}</Table.Th>
              <Table.Th>{k('labelNl')}</Table.Th>
              <Table.Th>{k('labelEn')}</Table.Th>
              <Table.Th ta="right">{k('order')}</Table.Th>
              <Table.Th>{k('active')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {i.code}
                  </Text>
                </Table.Td>
                <Table.Td>{i.labelFr}</Table.Td>
                <Table.Td>{i.labelNl}</Table.Td>
                <Table.Td>{i.labelEn}</Table.Td>
                <Table.Td ta="right">{i.sortOrder}</Table.Td>
                <Table.Td>
                  <Checkbox
                    checked={i.active}
                    aria-label={t(`${prefix}.${i.active ? 'deactivate' : 'activate'}`, { label: labelOf(i) })}
                    onChange={() => save.mutate({ id: i.id, active: !i.active })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Paper
        withBorder
        p="md"
        component="form"
        onSubmit={(e: React.FormEvent) => {
          e.preventDefault();
          save.mutate({ ...form, sortOrder: Number(form.sortOrder) || 100 }, { onSuccess: () => setForm(keepTyped(form, empty)) });
        }}
      >
        <Title order={2} size="h4" mb="sm">
          {k('add')}
        </Title>
        <Group align="end" wrap="wrap" gap="xs">
          <TextInput label={k('code')} required value={form.code} onChange={(e) => setForm({ ...form, code: e.currentTarget.value.toLowerCase() })} pattern="[a-z0-9_]{2,40}" />
          <TextInput label={k('labelFr')} required value={form.labelFr} onChange={(e) => setForm({ ...form, labelFr: e.currentTarget.value })} />
          <TextInput label={k('labelNl')} required value={form.labelNl} onChange={(e) => setForm({ ...form, labelNl: e.currentTarget.value })} />
          <TextInput label={k('labelEn')} required value={form.labelEn} onChange={(e) => setForm({ ...form, labelEn: e.currentTarget.value })} />
          <NumberInput label={k('order')} w={100} min={0} max={10000} value={form.sortOrder} onChange={(v) => setForm({ ...form, sortOrder: v })} />
          <Button type="submit" loading={save.isPending}>
            {t('common:actions.add')}
          </Button>
        </Group>
        <ProblemAlert error={save.error} />
      </Paper>
    </Stack>
  );
}
