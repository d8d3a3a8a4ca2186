import { Alert, Button, Chip, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { formatDate } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { appointmentKeys, brusselsToday, personLabel, useAppointment, useBook, useDesks, usePersonSearch, useReschedule, useSites, useSlots, useStaff } from './api';
import './i18n';

/** Book (or move) an appointment: desk, day, free slot, person. */
export function BookPage() {
  const { t } = useTranslation('appointments');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const rescheduleId = Number(params.get('reschedule')) || 0;
  const moving = useAppointment(rescheduleId);
  const desks = useDesks();
  const sites = useSites();
  const staff = useStaff();
  const [deskId, setDeskId] = useState<number | null>(Number(params.get('deskId')) || null);
  const [date, setDate] = useState(params.get('date') ?? brusselsToday());
  const [staffUserId, setStaffUserId] = useState<number | undefined>(undefined);
  const [slot, setSlot] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [personId, setPersonId] = useState<number | null>(Number(params.get('personId')) || null);
  const [personName, setPersonName] = useState('');
  const [purpose, setPurpose] = useState('');
  const people = usePersonSearch(debounced);
  const slots = useSlots(deskId, date, staffUserId);
  const book = useBook();
  const reschedule = useReschedule(rescheduleId);
  const queryClient = useQueryClient();

  // One desk only: choose it.
  useEffect(() => {
    if (!deskId && desks.data?.items.length === 1) setDeskId(desks.data.items[0].id);
  }, [deskId, desks.data]);
  useEffect(() => setSlot(null), [deskId, date, staffUserId]);

  const siteName = (id: number) => sites.data?.items.find((s) => s.id === id)?.name ?? '';
  const movingName = moving.data ? personLabel(moving.data.person, t('erased')) : '';
  const mutation = rescheduleId ? reschedule : book;

  /** The slot was taken meanwhile (409: someone else booked it after the page was loaded): show the slots as they are now. */
  const onError = (err: Error) => {
    if (err instanceof ApiError && err.status === 409) {
      setSlot(null);
      void queryClient.invalidateQueries({ queryKey: appointmentKeys.all });
    }
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!deskId || !slot) return;
    if (rescheduleId) {
      reschedule.mutate({ startsAt: slot, deskId, staffUserId }, { onSuccess: (a) => navigate(`/appointments?view=day&date=${a.date}`), onError });
    } else if (personId) {
      book.mutate({ deskId, personId, staffUserId, startsAt: slot, purpose: purpose.trim() || null }, { onSuccess: (a) => navigate(`/appointments/${a.id}/card`), onError });
    }
  };

  if (rescheduleId && moving.isPending) return <Loading />;
  return (
    <>
      <PageHeader title={rescheduleId ? t('book.rescheduleTitle', { name: movingName }) : t('book.title')} />
      <form onSubmit={submit}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('book.desk')}
              required
              value={deskId ? String(deskId) : null}
              onChange={(v) => setDeskId(v ? Number(v) : null)}
              data={(desks.data?.items ?? []).map((d) => ({ value: String(d.id), label: `${d.name} – ${siteName(d.siteId)}` }))}
            />
            <TextInput type="date" label={t('book.date')} required value={date} onChange={(e) => setDate(e.currentTarget.value)} />
            <Select
              label={t('book.staff')}
              value={staffUserId ? String(staffUserId) : slots.data ? String(slots.data.staffUserId) : null}
              onChange={(v) => setStaffUserId(v ? Number(v) : undefined)}
              data={(staff.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
            />
          </SimpleGrid>

          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="xs" id="slots-title">
              {t('book.slots')} {date && `– ${formatDate(date, { dateStyle: 'full' })}`}
            </Title>
            <ProblemAlert error={slots.error} />
            {deskId && slots.isPending ? (
              <Loading />
            ) : slots.data && slots.data.slots.length === 0 ? (
              <Text size="sm">{t('book.noSlots')}</Text>
            ) : (
              <Chip.Group multiple={false} value={slot} onChange={(v) => setSlot(v as string)}>
                <Group gap="xs" role="group" aria-labelledby="slots-title">
                  {slots.data?.slots.map((s) => (
                    <Chip key={s.startsAt} value={s.startsAt} disabled={!s.free} aria-label={t(s.free ? 'book.slotFree' : 'book.slotTaken', { start: s.start, end: s.end })}>
                      {s.start}
                      {s.past ? ` (${t('book.past')})` : ''}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            )}
          </Paper>

          {!rescheduleId && (
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="xs">
                {t('book.person')}
              </Title>
              <TextInput label={t('book.personSearch')} type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} autoComplete="off" />
              {people.data && (
                <Radio.Group
                  mt="sm"
                  label={t('book.person')}
                  value={personId ? String(personId) : null}
                  onChange={(v) => {
                    const p = people.data?.items.find((x) => String(x.id) === v);
                    setPersonId(Number(v));
                    setPersonName(p ? `${p.firstName} ${p.lastName}` : '');
                  }}
                >
                  <Stack gap={4} mt={4}>
                    {people.data.items.map((p) => (
                      <Radio
                        key={p.id}
                        value={String(p.id)}
                        label={`${p.firstName} ${p.lastName}${p.birthDate ? ` (${formatDate(p.birthDate)})` : ''}`}
                      />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
              {personId && personName && (
                <Text size="sm" mt="xs" role="status">
                  {t('book.chosen', { name: personName })}
                </Text>
              )}
              <TextInput mt="sm" label={t('book.purpose')} value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} maxLength={300} />
            </Paper>
          )}

          <ProblemAlert error={mutation.error} />
          {!slot && (
            <Alert variant="light" role="status">
              {t('book.chooseSlot')}
            </Alert>
          )}
          <Group>
            <Button type="submit" disabled={!slot || (!rescheduleId && !personId)} loading={mutation.isPending}>
              {rescheduleId ? t('book.submitMove') : t('book.submit')}
            </Button>
            <Button variant="default" onClick={() => navigate(-1)}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
