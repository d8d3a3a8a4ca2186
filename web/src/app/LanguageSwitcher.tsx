import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { LANGUAGES, setLanguage, type Language } from './i18n';
import { api } from './api';
import { useMe } from './auth';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const qc = useQueryClient();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      size="xs"
      value={i18n.language}
      data={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
      onChange={(e) => {
        const lang = e.currentTarget.value as Language;
        setLanguage(lang);
        if (me) void api('/api/auth/locale', { method: 'PUT', body: { locale: lang } });
        void qc.invalidateQueries();
      }}
    />
  );
}
