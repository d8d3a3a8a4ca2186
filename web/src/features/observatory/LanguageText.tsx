import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { inLanguage, type TextVersions } from './api';

/**
 * A text written by staff, in the UI language. When it was not written in that language, it says so, and
 * shows the other version as what it is (marked with its language), never passing it off as a translation.
 */
export function LanguageText({ versions, missingKey, className }: { versions: Partial<TextVersions>; missingKey: string; className?: string }) {
  const { t, i18n } = useTranslation('observatory');
  const v = inLanguage(versions, i18n.language);
  if (!v.missing) return <Text style={{ whiteSpace: 'pre-wrap' }}>{v.text}</Text>;
  return (
    <div className={className}>
      <Text c="dimmed" fs="italic" className="text-missing">
        {t(missingKey)}
      </Text>
      {v.text && v.lang && (
        // on screen, to help whoever writes the missing version; a print stays in one language
        <Text size="sm" mt={4} lang={v.lang} className="no-print" style={{ whiteSpace: 'pre-wrap' }}>
          <strong>{t('report.otherVersion', { language: t(`report.languages.${v.lang}`) })}</strong> {v.text}
        </Text>
      )}
    </div>
  );
}

/** A short label in the UI language, or the other version marked "missing in this language". */
export function LanguageLabel({ versions, missingKey }: { versions: Partial<TextVersions>; missingKey: string }) {
  const { t, i18n } = useTranslation('observatory');
  const v = inLanguage(versions, i18n.language);
  if (!v.missing) return <>{v.text}</>;
  return (
    <>
      <span lang={v.lang ?? undefined}>{v.text}</span>{' '}
      <Text span size="xs" c="dimmed">
        ({t(missingKey)})
      </Text>
    </>
  );
}
