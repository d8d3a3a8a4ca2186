import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title, Group } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { LanguageSwitcher } from '../LanguageSwitcher';

/** One-time page that creates the first administrator, protected by the code printed in the server log. */
export function SetupPage() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const setup = useQuery({ queryKey: ['setup'], queryFn: () => api<{ needsSetup: boolean }>('/api/setup') });
  const [form, setForm] = useState({ token: '', name: '', email: '', password: '' });
  const create = useMutation({
    mutationFn: () => api('/api/setup', { method: 'POST', body: { ...form, locale: i18n.language } }),
    onSuccess: () => qc.setQueryData(['setup'], { needsSetup: false }),
  });
  const field = (k: keyof typeof form) => ({ value: form[k], onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.currentTarget.value }) });
  document.title = `${t('setup.title')} · Relais`;
  if (setup.data && !setup.data.needsSetup && !create.isSuccess) return <Navigate to="/login" replace />;
  return (
    <Container size={460} py="xl" component="main">
      <Group justify="space-between" mb="md">
        <Text fw={700} size="xl" c="blue.8">
          {t('appName')}
        </Text>
        <LanguageSwitcher />
      </Group>
      <Paper withBorder p="lg" radius="md">
        <Title order={1} size="h2" mb="xs">
          {t('setup.title')}
        </Title>
        {create.isSuccess ? (
          <Stack>
            <Alert color="green" role="status">
              {t('setup.done')}
            </Alert>
            <Button component={Link} to="/login">
              {t('login.submit')}
            </Button>
          </Stack>
        ) : (
          <>
            <Text size="sm" c="dimmed" mb="md">
              {t('setup.intro')}
            </Text>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                create.mutate();
              }}
            >
              <Stack>
                <TextInput label={t('setup.token')} required autoComplete="off" {...field('token')} />
                <TextInput label={t('setup.name')} required autoComplete="name" {...field('name')} />
                <TextInput label={t('login.email')} type="email" required autoComplete="username" {...field('email')} />
                <PasswordInput label={t('login.password')} description={t('password.hint')} required autoComplete="new-password" {...field('password')} />
                <ProblemAlert error={create.error} />
                <Button type="submit" loading={create.isPending}>
                  {t('setup.submit')}
                </Button>
              </Stack>
            </form>
          </>
        )}
      </Paper>
    </Container>
  );
}
