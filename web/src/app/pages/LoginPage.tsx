import { Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title, Group } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { meKey, useMe, type Me } from '../auth';
import { setLanguage } from '../i18n';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { LanguageSwitcher } from '../LanguageSwitcher';
import { useInstitutionText } from '../institution';

export function LoginPage() {
  const { t } = useTranslation();
  const institution = useInstitutionText();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const setup = useQuery({ queryKey: ['setup'], queryFn: () => api<{ needsSetup: boolean }>('/api/setup') });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // The page asked before logging in (Layout sends it here with its address, query included).
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const login = useMutation({
    mutationFn: () => api<{ user: Me }>('/api/auth/login', { method: 'POST', body: { email, password } }),
    onSuccess: async ({ user }) => {
      setLanguage(user.locale);
      // The login answer does not list the user's permissions: /api/auth/me does (the menu and the pages need them).
      await qc.invalidateQueries({ queryKey: meKey });
      navigate(from, { replace: true });
    },
  });
  const title = t('login.title');
  useEffect(() => {
    document.title = `${title} · Relais`;
  }, [title]);
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  // (Once logged in, the refreshed /me renders this page again before onSuccess navigates: it goes to the same page.)
  if (me.data) return <Navigate to={from} replace />;
  return (
    <Container size={420} py="xl" component="main">
      <Group justify="space-between" mb="md">
        <Text fw={700} size="xl" c="blue.8">
          {t('appName')}
        </Text>
        <LanguageSwitcher />
      </Group>
      <Paper withBorder p="lg" radius="md">
        <Title order={1} size="h2" mb="xs">
          {t('login.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('login.intro', { institution: institution?.shortName ?? 'Relais' })}
        </Text>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            login.mutate();
          }}
        >
          <Stack>
            <TextInput label={t('login.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <PasswordInput label={t('login.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            <ProblemAlert error={login.error} />
            <Button type="submit" loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
