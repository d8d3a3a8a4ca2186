import { Alert, Badge, Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../app/auth';
import { ApiError } from '../../app/api';
import { formatDateTime } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Loading } from '../../ui/Loading';
import { ROLES, randomPassword, useCreateUser, useResetPassword, useUpdateUser, useUsers, type User } from './api';
import './i18n';

type Dialog = { kind: 'new' } | { kind: 'edit'; user: User } | { kind: 'password'; user: User } | null;

/** Staff accounts: create with a temporary password, edit roles, deactivate, reset passwords. */
export function UsersPage() {
  const { t } = useTranslation('admin');
  const users = useUsers();
  const update = useUpdateUser();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState('');
  const small = useMediaQuery('(max-width: 36em)');
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };
  return (
    <>
      <PageHeader
        title={t('users.title')}
        actions={
          <Button onClick={() => setDialog({ kind: 'new' })}>{t('users.new')}</Button>
        }
      />
      {notice && (
        <Alert color="green" role="status" mb="md" withCloseButton closeButtonLabel={t('common:actions.close')} onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      <ProblemAlert error={users.error ?? update.error} />
      {users.isPending ? (
        <Loading />
      ) : (
        <TableScroll minWidth={760} label={t('users.caption')}>
          <Table striped>
            <caption className="visually-hidden">{t('users.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('users.name')}</Table.Th>
                <Table.Th scope="col">{t('users.email')}</Table.Th>
                <Table.Th scope="col">{t('users.roles')}</Table.Th>
                <Table.Th scope="col">{t('users.status')}</Table.Th>
                <Table.Th scope="col">{t('users.lastLogin')}</Table.Th>
                <Table.Th scope="col">{t('users.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data?.items.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td fw={600}>{u.name}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{u.email}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {u.roles.map((r) => (
                        <Badge key={r} variant="light" size="sm">
                          {t(`common:roles.${r}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={u.active ? 400 : 700}>
                      {u.active ? t('users.active') : t('users.inactive')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.never')}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="wrap">
                      <Button size="xs" variant="default" aria-label={t('users.edit', { name: u.name })} onClick={() => setDialog({ kind: 'edit', user: u })}>
                        {t('users.editShort')}
                      </Button>
                      <Button size="xs" variant="default" aria-label={t('users.resetPasswordLabel', { name: u.name })} onClick={() => setDialog({ kind: 'password', user: u })}>
                        {t('users.resetPassword')}
                      </Button>
                      <Button
                        size="xs"
                        variant="outline"
                        color={u.active ? 'red.9' : 'green.9'}
                        aria-label={u.active ? t('users.deactivateLabel', { name: u.name }) : t('users.reactivateLabel', { name: u.name })}
                        loading={update.isPending && update.variables?.id === u.id}
                        onClick={() => update.mutate({ id: u.id, active: !u.active }, { onSuccess: () => setNotice(t('users.saved')) })}
                      >
                        {u.active ? t('users.deactivate') : t('users.reactivate')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        fullScreen={small}
        size="lg"
        title={
          dialog?.kind === 'new' ? t('users.new') : dialog?.kind === 'edit' ? t('users.edit', { name: dialog.user.name }) : dialog ? t('users.resetTitle', { name: dialog.user.name }) : ''
        }
      >
        {dialog?.kind === 'new' && <UserForm onDone={() => done(t('users.created'))} />}
        {dialog?.kind === 'edit' && <UserForm user={dialog.user} onDone={() => done(t('users.saved'))} />}
        {dialog?.kind === 'password' && <ResetPasswordForm user={dialog.user} onDone={() => done(t('users.resetDone'))} />}
      </Modal>
    </>
  );
}

function UserForm({ user, onDone }: { user?: User; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const [name, setName] = useState(user?.name ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [roles, setRoles] = useState<string[]>(user?.roles ?? []);
  const [locale, setLocale] = useState<string>(user?.locale ?? 'fr');
  const [password, setPassword] = useState(() => (user ? '' : randomPassword()));
  const [mustChange, setMustChange] = useState(true);
  const errors = mutation.error instanceof ApiError ? mutation.error.fieldErrors() : {};
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const base = { name, email, roles: roles as Role[], locale: locale as User['locale'] };
        if (user) update.mutate({ id: user.id, ...base }, { onSuccess: onDone });
        else create.mutate({ ...base, password, mustChangePassword: mustChange }, { onSuccess: onDone });
      }}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('users.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} autoComplete="off" />
          <TextInput label={t('users.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} autoComplete="off" />
        </SimpleGrid>
        <Checkbox.Group label={t('users.roles')} value={roles} onChange={setRoles} withAsterisk error={errors.roles}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {ROLES.map((r) => (
              <Checkbox key={r} value={r} label={t(`common:roles.${r}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <NativeSelect
          label={t('users.locale')}
          value={locale}
          onChange={(e) => setLocale(e.currentTarget.value)}
          data={['fr', 'nl', 'en'].map((l) => ({ value: l, label: t(`common:language.${l}`) }))}
        />
        {!user && (
          <>
            <Group align="flex-end" wrap="nowrap" gap="xs">
              <TextInput
                label={t('users.tempPassword')}
                description={t('users.tempPasswordHint')}
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={errors.password}
                autoComplete="off"
                style={{ flex: 1 }}
                styles={{ input: { fontFamily: 'monospace' } }}
              />
              <Button variant="default" onClick={() => setPassword(randomPassword())}>
                {t('users.generate')}
              </Button>
            </Group>
            <Checkbox label={t('users.mustChange')} checked={mustChange} onChange={(e) => setMustChange(e.currentTarget.checked)} />
          </>
        )}
        <ProblemAlert error={mutation.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {user ? t('common:actions.save') : t('common:actions.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const reset = useResetPassword();
  const [password, setPassword] = useState(() => randomPassword());
  const errors = reset.error instanceof ApiError ? reset.error.fieldErrors() : {};
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        reset.mutate({ id: user.id, password }, { onSuccess: onDone });
      }}
    >
      <Stack>
        <Text size="sm">{t('users.tempPasswordHint')}</Text>
        <Group align="flex-end" wrap="nowrap" gap="xs">
          <TextInput
            label={t('users.tempPassword')}
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
            autoComplete="off"
            style={{ flex: 1 }}
            styles={{ input: { fontFamily: 'monospace' } }}
          />
          <Button variant="default" onClick={() => setPassword(randomPassword())}>
            {t('users.generate')}
          </Button>
        </Group>
        <ProblemAlert error={reset.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={reset.isPending}>
            {t('users.resetPassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
