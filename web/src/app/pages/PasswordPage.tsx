import { Alert, Button, Paper, PasswordInput, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { meKey, useMe } from '../auth';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';

export function PasswordPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const me = useMe().data;
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const change = useMutation({
    mutationFn: () => api('/api/auth/password', { method: 'POST', body: { currentPassword, newPassword } }),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      setConfirm('');
      void qc.invalidateQueries({ queryKey: meKey });
    },
  });
  const mismatch = confirm.length > 0 && confirm !== newPassword;
  return (
    <>
      <PageHeader title={t('password.title')} />
      {me?.mustChangePassword && (
        <Alert color="yellow" mb="md" role="status">
          {t('password.mustChange')}
        </Alert>
      )}
      <Paper withBorder p="md" maw={480}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!mismatch) change.mutate();
          }}
        >
          <Stack>
            <PasswordInput label={t('password.current')} required autoComplete="current-password" value={currentPassword} onChange={(e) => setCurrent(e.currentTarget.value)} />
            <PasswordInput label={t('password.new')} description={t('password.hint')} required autoComplete="new-password" value={newPassword} onChange={(e) => setNew(e.currentTarget.value)} />
            <PasswordInput
              label={t('password.confirm')}
              required
              autoComplete="new-password"
              value={confirm}
              error={mismatch ? t('password.mismatch') : undefined}
              onChange={(e) => setConfirm(e.currentTarget.value)}
            />
            <ProblemAlert error={change.error} />
            {change.isSuccess && (
              <Alert color="green" role="status">
                {t('password.changed')}
              </Alert>
            )}
            <Button type="submit" loading={change.isPending}>
              {t('actions.save')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
