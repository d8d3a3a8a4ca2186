import { Button, Fieldset, FileButton, Group, Image, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../app/i18n';
import { useInstitution, type Institution } from '../../app/institution';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { useRemoveLogo, useSaveInstitution, useSetLogo, type InstitutionBody, type LogoBody } from './api';
import './i18n';
import { fileToBase64 } from '../../app/files';

type Texts = Record<Language, string>;
interface Form {
  name: Texts;
  shortName: Texts;
  address: Texts;
  phone: string;
  email: string;
  website: string;
  issuer: Texts;
  signatoryName: string;
  signatoryTitle: Texts;
}
const formOf = (i: Institution): Form => ({
  name: i.name,
  shortName: i.shortName,
  address: i.address,
  phone: i.phone ?? '',
  email: i.email ?? '',
  website: i.website ?? '',
  issuer: i.certificate.issuer,
  signatoryName: i.certificate.signatoryName ?? '',
  signatoryTitle: i.certificate.signatoryTitle,
});
const bodyOf = (f: Form): InstitutionBody => ({
  name: f.name,
  shortName: f.shortName,
  address: f.address,
  phone: f.phone.trim() || null,
  email: f.email.trim() || null,
  website: f.website.trim() || null,
  certificate: { issuer: f.issuer, signatoryName: f.signatoryName.trim() || null, signatoryTitle: f.signatoryTitle },
});

/** The admin's page of the institution's settings: names, address, contacts, logo, who signs the certificates. */
export function InstitutionPage() {
  const { t } = useTranslation('admin');
  const inst = useInstitution();
  if (inst.isPending) return <Loading />;
  if (!inst.data) return <ProblemAlert error={inst.error} />;
  return (
    <Stack gap="lg" maw={880}>
      <PageHeader title={t('institution.title')} />
      <Text>{t('institution.intro')}</Text>
      <InstitutionForm institution={inst.data} />
      <LogoForm institution={inst.data} />
    </Stack>
  );
}

function InstitutionForm({ institution }: { institution: Institution }) {
  const { t } = useTranslation('admin');
  const save = useSaveInstitution();
  const [form, setForm] = useState<Form>(() => formOf(institution));
  const [saved, setSaved] = useState(false);
  const lang = (l: Language) => ({ language: t(`institution.languages.${l}`) });
  const perLanguage = (key: 'name' | 'shortName' | 'address' | 'issuer' | 'signatoryTitle', label: string, required = true) => (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {LANGUAGES.map((l) => (
        <TextInput
          key={l}
          label={t(label, lang(l))}
          required={required}
          value={form[key][l]}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setSaved(false);
            setForm((f) => ({ ...f, [key]: { ...f[key], [l]: v } }));
          }}
        />
      ))}
    </SimpleGrid>
  );
  const field = (key: 'phone' | 'email' | 'website' | 'signatoryName', type = 'text') => (
    <TextInput
      label={t(`institution.${key}`)}
      type={type}
      value={form[key]}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setSaved(false);
        setForm((f) => ({ ...f, [key]: v }));
      }}
    />
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(bodyOf(form), { onSuccess: () => setSaved(true) });
      }}
    >
      <Stack gap="md">
        <Fieldset legend={t('institution.names')}>
          <Stack gap="sm">
            {perLanguage('name', 'institution.name')}
            {perLanguage('shortName', 'institution.shortName')}
            {perLanguage('address', 'institution.address')}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('institution.contacts')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {field('phone', 'tel')}
            {field('email', 'email')}
            {field('website', 'url')}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('institution.certificate')}>
          <Stack gap="sm">
            {perLanguage('issuer', 'institution.issuer')}
            {field('signatoryName')}
            {perLanguage('signatoryTitle', 'institution.signatoryTitle', false)}
          </Stack>
        </Fieldset>
        <ProblemAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('institution.save')}
          </Button>
          {saved && (
            <Text role="status" c="#1b5e20">
              {t('institution.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function LogoForm({ institution }: { institution: Institution }) {
  const { t } = useTranslation('admin');
  const setLogo = useSetLogo();
  const remove = useRemoveLogo();
  return (
    <Fieldset legend={t('institution.logo')}>
      <Stack gap="sm">
        {institution.logoUrl ? <Image src={institution.logoUrl} alt={t('institution.logoAlt')} h={64} w="auto" fit="contain" /> : <Text>{t('institution.logoNone')}</Text>}
        <Text size="sm">{t('institution.logoHelp')}</Text>
        <Group>
          <FileButton
            accept="image/png,image/jpeg,image/svg+xml"
            onChange={async (file) => {
              if (!file) return;
              setLogo.mutate({ contentType: file.type as LogoBody['contentType'], data: await fileToBase64(file) });
            }}
          >
            {(props) => (
              <Button {...props} variant="default" loading={setLogo.isPending}>
                {t('institution.logoPick')}
              </Button>
            )}
          </FileButton>
          {institution.logoUrl && (
            <Button variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              {t('institution.logoRemove')}
            </Button>
          )}
        </Group>
        <ProblemAlert error={setLogo.error ?? remove.error} />
      </Stack>
    </Fieldset>
  );
}
