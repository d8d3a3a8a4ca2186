import { List, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { PublicPage } from '../../ui/PublicPage';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { inLanguage, languageName, usePublicOffer } from './api';
import './i18n';

/** One published job offer, where the fair guide's QR code leads (a phone). */
export function PublicOfferPage() {
  const { t } = useTranslation('offers');
  const id = Number(useParams().id);
  const offer = usePublicOffer(id);
  const o = offer.data;
  const title = o ? inLanguage(o.title) : t('offer.title');
  return (
    <PublicPage title={title}>
        {offer.isPending ? (
          <Loading />
        ) : !o ? (
          <ProblemAlert error={offer.error} />
        ) : (
          <Stack gap="xs">
            <Text fw={600}>{o.employer.name}</Text>
            <Text>
              {t(`contract.${o.contractType}`)} · {t(`workingTime.${o.workingTime}`)}
              {o.hoursPerWeek ? ` · ${t('guide.hoursWeek', { hours: o.hoursPerWeek })}` : ''} · {t('guide.positions', { count: o.positions })}
            </Text>
            {(o.commune || o.address) && (
              <Text>
                {t('offer.where')}: {[o.address, o.commune].filter(Boolean).join(', ')}
              </Text>
            )}
            {o.stand && <Text>{t('offer.stand', { stand: o.stand })}</Text>}
            {inLanguage(o.description) && <Text style={{ whiteSpace: 'pre-line' }}>{inLanguage(o.description)}</Text>}
            {o.skills.length > 0 && (
              <>
                <Title order={2} size="h4">
                  {t('offer.skills')}
                </Title>
                <List>
                  {o.skills.map((s) => (
                    <List.Item key={s}>{s}</List.Item>
                  ))}
                </List>
              </>
            )}
            {o.languages.length > 0 && (
              <Text>
                {t('offer.languages')}: {o.languages.map((l) => languageName(l)).join(', ')}
              </Text>
            )}
            <Text>
              {t('offer.validThrough')}: {formatDate(o.validThrough, { dateStyle: 'long' })}
            </Text>
          </Stack>
        )}
    </PublicPage>
  );
}
