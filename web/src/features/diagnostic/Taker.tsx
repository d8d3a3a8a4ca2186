import { Alert, Badge, Box, Button, Group, Paper, Progress, SimpleGrid, Stack, Text, TextInput, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { inLang, sendAnswer, type DiagnosticItem, type DiagnosticState } from './api';
import { useSpeech } from './speech';
import './i18n';
import { Pictogram } from './pictograms';

/** A fake screen around practical tasks: what a browser, a mailbox or a phone looks like, in large. */
function Scene({ scene, children, label }: { scene: string | null; children: ReactNode; label: string }) {
  if (!scene) return <>{children}</>;
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden', borderWidth: 2 }} role="group" aria-label={label}>
      <Group gap="xs" px="sm" py={6} bg="gray.1" style={{ borderBottom: '2px solid var(--mantine-color-gray-4)' }}>
        <Pictogram symbol={{ browser: '🌐', mail: '✉️', phone: '📱', desktop: '🖥️', form: '📝', eguichet: '🏛️', video: '🎥', screen: '🖥️' }[scene] ?? '🖥️'} size={24} />
        <Text fw={600}>{label}</Text>
      </Group>
      <Box p="sm">{children}</Box>
    </Paper>
  );
}

/** One big answer button: pictogram and words, at least 64 px high, the whole width on a phone. */
function Choice({ pictogram, label, onClick, disabled, onDrop }: { pictogram: string; label: string; onClick: () => void; disabled: boolean; onDrop?: () => void }) {
  const [over, setOver] = useState(false);
  return (
    <UnstyledButton
      onClick={onClick}
      disabled={disabled}
      onDragOver={onDrop ? (e) => (e.preventDefault(), setOver(true)) : undefined}
      onDragLeave={onDrop ? () => setOver(false) : undefined}
      onDrop={onDrop ? (e) => (e.preventDefault(), setOver(false), onDrop()) : undefined}
      style={{
        minHeight: 72,
        width: '100%',
        padding: '12px 16px',
        borderRadius: 12,
        border: `3px solid ${over ? 'var(--mantine-color-blue-7)' : 'var(--mantine-color-gray-5)'}`,
        background: over ? 'var(--mantine-color-blue-0)' : 'var(--mantine-color-body)',
        display: 'flex',
        alignItems: 'center',
        gap: 14,
        fontSize: 20,
        lineHeight: 1.3,
        opacity: disabled ? 0.6 : 1,
      }}
    >
      <Pictogram symbol={pictogram} size={36} />
      <span>{label}</span>
    </UnstyledButton>
  );
}

/**
 * Takes a diagnostic, one question per screen: the page keeps the token in memory only. Large targets, words and
 * pictograms, every question read aloud on demand (or at once with read-aloud on), usable by touch, mouse or keyboard;
 * the heading of each new question takes the focus, so that a screen reader says it.
 */
export function Taker({ token, initial, lang, readAloud, onFinished }: { token: string; initial: DiagnosticState; lang: string; readAloud: boolean; onFinished: (s: DiagnosticState) => void }) {
  const { t } = useTranslation('diagnostic');
  const [state, setState] = useState(initial);
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const speech = useSpeech(lang);
  const item = state.item;

  const sayItem = (i: DiagnosticItem) => speech.speak([inLang(i.prompt, lang), ...i.options.map((o, n) => `${n + 1}. ${inLang(o.label, lang)}`)].join('. '));
  useEffect(() => {
    heading.current?.focus();
    setTyped('');
    if (readAloud && item) sayItem(item);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [item?.code, readAloud]);

  if (!item) return <Alert color="yellow">{t('take.lost')}</Alert>;

  async function answer(response: string | null) {
    if (pending || !item) return;
    setPending(true);
    setError(null);
    speech.stop();
    try {
      const next = await sendAnswer(token, { itemCode: item.code, response });
      if (next.status === 'finished') onFinished(next);
      else setState(next);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const prompt = inLang(item.prompt, lang);
  const sceneLabel = item.task ? t(`take.task.${item.task}`) : item.scene ? t(`take.scene.${item.scene}`) : '';
  const options = (
    <SimpleGrid cols={{ base: 1, sm: item.options.length > 2 ? 1 : 2 }} spacing="sm">
      {item.options.map((o) => (
        <Choice key={o.key} pictogram={o.pictogram} label={inLang(o.label, lang)} disabled={pending} onClick={() => void answer(o.key)} onDrop={item.kind === 'drag' ? () => void answer(o.key) : undefined} />
      ))}
    </SimpleGrid>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="nowrap">
        <Badge size="lg" variant="filled" color="blue.9" style={{ textTransform: 'none' }}>
          {t('take.areaNow', { area: t(`area.${item.area}`) })}
        </Badge>
      </Group>
      {/* Said by screen readers at each new question, beside its heading, which takes the focus. */}
      <VisuallyHidden aria-live="polite" aria-atomic="true" data-testid="question-announce">
        {`${t('take.progress', { n: state.answered + 1, total: state.expected })}. ${prompt}`}
      </VisuallyHidden>
      <Progress value={(100 * state.answered) / Math.max(1, state.expected)} size="lg" aria-label={t('take.progress', { n: state.answered + 1, total: state.expected })} />
      <Text size="md">{t('take.progress', { n: state.answered + 1, total: state.expected })}</Text>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Pictogram symbol={item.pictogram} size={44} />
        <Title order={2} fz={{ base: 24, sm: 28 }} lh={1.3} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
          {prompt}
        </Title>
      </Group>
      {speech.available ? (
        <Button variant="light" size="lg" leftSection={<Pictogram symbol="🔊" size={24} />} onClick={() => sayItem(item)} style={{ alignSelf: 'flex-start' }}>
          {t('take.listen')}
        </Button>
      ) : (
        readAloud && (
          <Text size="md" c="dimmed" role="note">
            {t('take.noVoice')}
          </Text>
        )
      )}
      <Scene scene={item.scene} label={sceneLabel}>
        {item.kind === 'type' ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (typed.trim()) void answer(typed.trim());
            }}
          >
            <Stack gap="sm">
              <TextInput size="xl" label={t('take.typeHere')} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} autoComplete="off" autoCapitalize="off" spellCheck={false} maxLength={200} />
              <Button type="submit" size="xl" loading={pending} disabled={!typed.trim()}>
                {t('take.next')}
              </Button>
            </Stack>
          </form>
        ) : item.kind === 'drag' ? (
          <Stack gap="sm">
            <Text size="md">{t('take.dragHint')}</Text>
            <Paper
              withBorder
              p="sm"
              radius="md"
              draggable
              onDragStart={(e) => e.dataTransfer.setData('text/plain', item.code)}
              style={{ alignSelf: 'flex-start', cursor: 'grab', fontSize: 20, borderWidth: 2, borderStyle: 'dashed' }}
              aria-label={t('take.pickedFile', { name: item.dragLabel ? inLang(item.dragLabel, lang) : '' })}
            >
              <Pictogram symbol="📄" size={28} />
              {item.dragLabel ? inLang(item.dragLabel, lang) : t('take.file')}
            </Paper>
            {options}
          </Stack>
        ) : (
          options
        )}
      </Scene>
      <ProblemAlert error={error} />
      <Button variant="default" size="lg" onClick={() => void answer(null)} disabled={pending} leftSection={<Pictogram symbol="🤷" size={24} />}>
        {t('take.dontKnow')}
      </Button>
      {pending && (
        <Text role="status" size="md">
          {t('take.saving')}
        </Text>
      )}
    </Stack>
  );
}
