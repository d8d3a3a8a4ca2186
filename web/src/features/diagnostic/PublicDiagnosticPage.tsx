import { Alert, Button, Container, Group, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { startAlone, type DiagnosticStarted, type Lang } from './api';
import { BRUSSELS_COMMUNES } from './communes';
import './i18n';
import { IconDeviceLaptop, IconPlayerPlay, IconVolume, IconVolumeOff } from '@tabler/icons-react';
import { PictogramDrawing } from './pictogram-drawing';
import { Loading } from '../../ui/Loading';

// The questions and the result sheet come when the person starts, with the first question: the welcome page, the
// one a cheap phone opens from the QR code, is then drawn sooner.
const Taker = lazy(() => import('./Taker').then((m) => ({ default: m.Taker })));
const ResultSheet = lazy(() => import('./ResultSheet').then((m) => ({ default: m.ResultSheet })));

/** Changes the page's language without writing it on the device (a public PC is shared). */
export function useEphemeralLanguage() {
  const { i18n } = useTranslation();
  const lang = (['fr', 'nl', 'en'].includes(i18n.language) ? i18n.language : 'fr') as Lang;
  const setLang = (l: Lang) => {
    void i18n.changeLanguage(l);
    document.documentElement.lang = l;
  };
  return { lang, setLang };
}

/**
 * The diagnostic taken alone, from the public link or its QR code: language, optional commune, read aloud, then one
 * question per screen and the result sheet. Nothing is stored on the device: the link's token lives in this page's
 * memory, and "Finish" forgets it, stops the voice and empties the page's cache.
 */
export function PublicDiagnosticPage() {
  const { t } = useTranslation('diagnostic');
  const { lang, setLang } = useEphemeralLanguage();
  const qc = useQueryClient();
  const [commune, setCommune] = useState('');
  const [readAloud, setReadAloud] = useState(false);
  const [session, setSession] = useState<DiagnosticStarted | null>(null);
  const [finished, setFinished] = useState(false);
  const [ended, setEnded] = useState(false);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    document.title = `${t('take.title')} · Relais`;
  }, [t]);

  const finish = () => {
    window.speechSynthesis?.cancel();
    qc.removeQueries({ queryKey: ['diagnostic'] });
    setSession(null);
    setFinished(false);
    setCommune('');
    setReadAloud(false);
    setEnded(true);
  };

  return (
    <Container size={640} px="sm" py="md">
      <Group justify="flex-end" className="relais-no-print">
        <SegmentedControl
          aria-label={t('take.chooseLanguage')}
          size="md"
          value={lang}
          onChange={(v) => setLang(v as Lang)}
          data={[
            { value: 'fr', label: 'FR' },
            { value: 'nl', label: 'NL' },
            { value: 'en', label: 'EN' },
          ]}
        />
      </Group>
      <main>
        <Title order={1} size="h2" my="sm">
          <PictogramDrawing icon={IconDeviceLaptop} symbol="💻" size={24} inline />
          {t('take.title')}
        </Title>
        <Suspense fallback={<Loading />}>
          {session && !finished ? (
            <Taker token={session.token} initial={session.state} lang={lang} readAloud={readAloud} onFinished={() => setFinished(true)} />
          ) : session && finished ? (
            <ResultSheet token={session.token} lang={lang} onFinish={finish} />
          ) : (
            <Stack gap="lg">
              {ended && (
                <Alert color="green" role="status">
                  <Text size="lg">{t('result.finished')}</Text>
                </Alert>
              )}
              <Text size="xl">{t('take.welcome')}</Text>
              <Text size="lg">{t('take.howLong')}</Text>
              <NativeSelect
                size="lg"
                label={t('take.commune')}
                value={commune}
                onChange={(e) => setCommune(e.currentTarget.value)}
                data={[{ value: '', label: t('take.communeNone') }, ...BRUSSELS_COMMUNES.map((c) => ({ value: c.fr, label: lang === 'nl' ? c.nl : c.fr }))]}
              />
              <Button
                size="lg"
                variant={readAloud ? 'filled' : 'default'}
                color={readAloud ? 'teal.8' : undefined}
                aria-pressed={readAloud}
                onClick={() => setReadAloud(!readAloud)}
                leftSection={<PictogramDrawing icon={readAloud ? IconVolume : IconVolumeOff} symbol={readAloud ? '🔊' : '🔈'} size={24} />}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('take.readAloud')}
              </Button>
              <ProblemAlert error={error} />
              <Button
                size="xl"
                loading={starting}
                onClick={async () => {
                  setStarting(true);
                  setError(null);
                  try {
                    setSession(await startAlone({ locale: lang, commune: commune || null }));
                    setEnded(false);
                  } catch (e) {
                    setError(e);
                  } finally {
                    setStarting(false);
                  }
                }}
                leftSection={<PictogramDrawing icon={IconPlayerPlay} symbol="▶️" size={24} />}
              >
                {ended ? t('result.again') : t('take.start')}
              </Button>
            </Stack>
          )}
        </Suspense>
      </main>
    </Container>
  );
}
