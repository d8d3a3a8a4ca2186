import { AppShell, Burger, Group, NavLink, ScrollArea, Text, Menu, UnstyledButton, Divider, Anchor } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { allowed, useLogout, useMe } from './auth';
import { features } from './features.registry';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Loading } from '../ui/Loading';

/** The staff app: header, navigation by role, and the page. Anonymous visitors go to the login page. */
export function Layout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  if (me.isPending) return <Loading />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}${location.hash}` }} />;
  if (me.data.mustChangePassword && location.pathname !== '/account/password') return <Navigate to="/account/password" replace />;
  const entries = features.flatMap((f) => f.nav ?? []).filter((n) => allowed(me.data, n));
  const main = entries.filter((n) => (n.group ?? 'main') === 'main');
  const admin = entries.filter((n) => n.group === 'admin');
  // The entry whose path is the longest prefix of the address is the current one (/trainings/stats is not /trainings).
  const current = [...entries.map((n) => n.path)]
    .filter((p) => location.pathname === p || location.pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
  const link = (path: string, label: string) => (
    <NavLink
      key={path}
      component={Link}
      to={path}
      label={label}
      active={path === '/' ? location.pathname === '/' : path === current}
      onClick={close}
    />
  );
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <Anchor href="#main" className="skip-link">
        {t('skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} aria-expanded={opened} />
            <Text component={Link} to="/" fw={700} size="lg" c="blue.8" td="none">
              {t('appName')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap" miw={0}>
            {/* The language switcher keeps its width; a long user name is cut instead (its full text in the menu's label). */}
            <div style={{ flexShrink: 0 }}>
              <LanguageSwitcher />
            </div>
            <Menu position="bottom-end">
              <Menu.Target>
                <UnstyledButton aria-label={`${me.data.name} (${t('user.menu')})`} px="xs" miw={0} title={me.data.name}>
                  <Text size="sm" truncate maw={{ base: 96, sm: 220 }}>
                    {me.data.name}
                  </Text>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item component={Link} to="/account/password">
                  {t('user.changePassword')}
                </Menu.Item>
                <Menu.Item
                  onClick={async () => {
                    await logout();
                    navigate('/login');
                  }}
                >
                  {t('user.logout')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.mainNavigation')} component="nav">
        <ScrollArea>
          {link('/', t('nav.home'))}
          {main.map((n) => link(n.path, t(n.labelKey)))}
          {admin.length > 0 && (
            <>
              <Divider my="xs" label={t('nav.admin')} labelPosition="left" />
              {admin.map((n) => link(n.path, t(n.labelKey)))}
            </>
          )}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
