import { Button, Container, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../app/i18n';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { inLanguage, languageName, useGuide } from './api';
import './i18n';
import './guide.css';

const GUIDE_LANGUAGES = ['fr', 'nl', 'en'] as const;

/**
 * The printed fair guide (A4): the exhibitors by stand, each with its published offers and a QR code to each offer.
 * Printed in French and in Dutch (the guide's language is its own choice, `?lang=nl`), from the browser's print.
 */
export function FairGuidePage() {
  const { i18n } = useTranslation('offers');
  const eventId = Number(useParams().eventId);
  const [params, setParams] = useSearchParams();
  const asked = params.get('lang');
  const lang = (GUIDE_LANGUAGES as readonly string[]).includes(asked ?? '') ? (asked as (typeof GUIDE_LANGUAGES)[number]) : ((GUIDE_LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : 'fr');
  const t = i18n.getFixedT(lang, 'offers');
  const guide = useGuide(eventId);
  const g = guide.data;
  const title = g ? (g.event.title ? inLanguage(g.event.title, lang) : t('event', { id: g.event.id })) : t('guide.title');
  useEffect(() => {
    document.title = `${t('guide.title')} – ${title} · Relais`;
  }, [t, title]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <Container size="md" px="sm" py="md">
      <Group justify="space-between" className="no-print" mb="md" wrap="wrap">
        <NativeSelect
          label={t('guide.language')}
          value={lang}
          onChange={(e) => setParams({ lang: e.currentTarget.value }, { replace: true })}
          data={GUIDE_LANGUAGES.map((l) => ({ value: l, label: languageName(l, l) }))}
        />
        <Button onClick={() => window.print()}>{t('guide.print')}</Button>
      </Group>
      <main className="fair-guide" lang={lang}>
        <Title order={1} size="h2">
          {t('guide.title')} – {title}
        </Title>
        {guide.isPending ? (
          <Loading />
        ) : !g ? (
          <ProblemAlert error={guide.error} />
        ) : (
          <>
            <Text>
              {[g.event.startsAt && formatDate(g.event.startsAt, { dateStyle: 'full' }, lang), g.event.place].filter(Boolean).join(' · ')}
            </Text>
            <Text fw={600} mb="sm">
              {t('guide.subtitle')} — {[t('guide.exhibitorsCount', { count: g.exhibitors.length }), t('guide.offersCount', { count: g.offers }), t('guide.positions', { count: g.positions })].join(' · ')}
            </Text>
            {g.exhibitors.length === 0 && <Text>{t('guide.empty')}</Text>}
            {g.exhibitors.map((e) => (
              <section key={e.id} className="fair-guide-exhibitor" aria-labelledby={`exhibitor-${e.id}`}>
                <Title order={2} size="h4" id={`exhibitor-${e.id}`}>
                  {e.stand ? t('guide.stand', { stand: e.stand }) : t('guide.noStand')} — {e.name}
                </Title>
                <Text size="sm">{t(`kind.${e.kind}`)}</Text>
                {e.offers.length === 0 ? (
                  <Text size="sm" fs="italic">
                    {t('guide.noOffer')}
                  </Text>
                ) : (
                  <Stack gap={0}>
                    {e.offers.map((o) => (
                      <div key={o.id} className="fair-guide-offer">
                        <div>
                          <Text fw={600}>{inLanguage(o.title, lang)}</Text>
                          <Text size="sm">
                            {[
                              t(`contract.${o.contractType}`),
                              t(`workingTime.${o.workingTime}`),
                              o.hoursPerWeek ? t('guide.hoursWeek', { hours: formatNumber(o.hoursPerWeek) }) : null,
                              t('guide.positions', { count: o.positions }),
                              o.commune,
                            ]
                              .filter(Boolean)
                              .join(' · ')}
                          </Text>
                          {o.languages.length > 0 && <Text size="sm">{t('guide.languages', { list: o.languages.map((l) => languageName(l, lang)).join(', ') })}</Text>}
                          <Text size="sm">{t('guide.validThrough', { date: formatDate(o.validThrough, { dateStyle: 'medium' }, lang) })}</Text>
                        </div>
                        <img src={`/api/public/offers/${o.id}/qr.svg`} alt={t('guide.qr', { title: inLanguage(o.title, lang) })} width={84} height={84} />
                      </div>
                    ))}
                  </Stack>
                )}
              </section>
            ))}
          </>
        )}
      </main>
    </Container>
  );
}
