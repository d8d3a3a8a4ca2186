import { useState } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useReturn, type Loan, type ReturnInput } from './api';

/** "Take back": the state it came back in (what is wrong, when something is), now. */
export function ReturnLoan({ loan }: { loan: Loan }) {
  const { t } = useTranslation('equipment');
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<NonNullable<ReturnInput['state']>>('good');
  const [note, setNote] = useState('');
  const back = useReturn();
  if (!open)
    return (
      <Button size="xs" variant="light" onClick={() => setOpen(true)} aria-label={t('loans.takeBackOf', { name: loan.asset.name })}>
        {t('loans.takeBack')}
      </Button>
    );
  return (
    <Paper
      withBorder
      p="xs"
      component="form"
      aria-label={t('loans.takeBackOf', { name: loan.asset.name })}
      onSubmit={(e: React.FormEvent) => {
        e.preventDefault();
        back.mutate({ id: loan.id, state, ...(note.trim() ? { note: note.trim() } : {}) }, { onSuccess: () => setOpen(false) });
      }}
    >
      <Stack gap="xs">
        <NativeSelect
          label={t('loans.state')}
          value={state}
          onChange={(e) => setState(e.currentTarget.value as typeof state)}
          data={(['good', 'damaged', 'incomplete'] as const).map((s) => ({ value: s, label: t(`returnState.${s}`) }))}
        />
        {state !== 'good' && <TextInput label={t('loans.returnNote')} required maxLength={1000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />}
        <ProblemAlert error={back.error} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={back.isPending}>
            {t('loans.confirmReturn')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpen(false)}>
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
