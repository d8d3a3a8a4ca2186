import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePasswordReset } from './auth';
import { formatDate, formatTime } from './i18n';

/** How long after a reset the home page still tells who reset the password. */
const SHOWN_FOR_DAYS = 30;

/**
 * Tells the account holder that an administrator reset their password, who and when: an administrator
 * could otherwise log in as them unnoticed.
 */
export function PasswordResetNotice() {
  const { t } = useTranslation();
  const reset = usePasswordReset().data;
  if (!reset) return null;
  const at = new Date(reset.at);
  if (Date.now() - at.getTime() > SHOWN_FOR_DAYS * 86_400_000) return null;
  const date = formatDate(at, { dateStyle: 'long' });
  const time = formatTime(at);
  return (
    <Alert color="orange" title={t('passwordReset.title')} mb="md" role="status" data-testid="password-reset-notice">
      {t('passwordReset.text', { by: reset.by, date, time })}
    </Alert>
  );
}
