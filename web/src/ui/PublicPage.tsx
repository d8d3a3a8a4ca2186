import { Anchor, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { LanguageSwitcher } from '../app/LanguageSwitcher';
import { useInstitutionText } from '../app/institution';

/**
 * The shell of every public page (/p/...: a juror's, a survey's, an offer's, a partner's): the institution's logo and
 * name, the language switch, the page's title, and a footer with the institution's address and contacts, all from
 * its settings.
 */
export function PublicPage({ title, size = 640, children }: { title: string; size?: number; children: ReactNode }) {
  const inst = useInstitutionText();
  useEffect(() => {
    document.title = `${title} · ${inst?.shortName ?? 'Relais'}`;
  }, [title, inst?.shortName]);
  return (
    <Container size={size} px="sm" py="md">
      <Group component="header" justify="space-between" wrap="nowrap" gap="xs" mb="sm">
        <Group gap="xs" wrap="nowrap" miw={0}>
          {inst?.logoUrl && <img src={inst.logoUrl} alt="" height={36} style={{ maxWidth: 120, objectFit: 'contain' }} />}
          <Text fw={700} size="sm" truncate>
            {inst?.shortName ?? '\u00a0'}
          </Text>
        </Group>
        <LanguageSwitcher />
      </Group>
      <main>
        <Title order={1} size="h2" mb="xs">
          {title}
        </Title>
        {children}
      </main>
      {inst && (
        <Stack component="footer" gap={2} mt="xl" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-4)' }}>
          <Text size="sm" fw={600}>
            {inst.name}
          </Text>
          <Text size="sm">{inst.address}</Text>
          <Group gap="md">
            {inst.phone && (
              <Anchor size="sm" href={`tel:${inst.phone.replace(/[^\d+]/g, '')}`}>
                {inst.phone}
              </Anchor>
            )}
            {inst.email && (
              <Anchor size="sm" href={`mailto:${inst.email}`}>
                {inst.email}
              </Anchor>
            )}
            {inst.website && (
              <Anchor size="sm" href={inst.website}>
                {inst.website.replace(/^https?:\/\//, '')}
              </Anchor>
            )}
          </Group>
        </Stack>
      )}
    </Container>
  );
}
