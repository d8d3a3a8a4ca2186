import { Alert, Anchor, Badge, Box, Button, FileButton, Group, Image, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { formatDateTime } from '../../app/i18n';
import { TIME_ZONE, today } from '../../app/time';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { fileToBase64 } from '../../app/files';
import { CONTENT_KINDS, PUBLICATION_KINDS, usePreview, useContents, useSaveContent, useUploadImage, type ContentBody, type ImageBody, type SiteContent } from './api';
import './i18n';

type Lang = 'fr' | 'nl' | 'en';
const LANGS: Lang[] = ['fr', 'nl', 'en'];
type Texts = Record<Lang, { title: string; summary: string; body: string }>;
interface Form {
  kind: SiteContent['kind'];
  publicationKind: NonNullable<SiteContent['publicationKind']>;
  slug: string;
  fromDate: string;
  fromTime: string;
  untilDate: string;
  untilTime: string;
  imageUrl: string;
  imageAltFr: string;
  imageAltNl: string;
  linkUrl: string;
  texts: Texts;
}
const cap = (l: Lang) => (l === 'fr' ? 'Fr' : l === 'nl' ? 'Nl' : 'En');
const brusselsIso = (date: string, time: string) => dayjs.tz(`${date}T${time || '00:00'}`, TIME_ZONE).format();
const local = (iso: string | null) => (iso ? { date: dayjs(iso).tz(TIME_ZONE).format('YYYY-MM-DD'), time: dayjs(iso).tz(TIME_ZONE).format('HH:mm') } : { date: '', time: '' });

function formOf(c: SiteContent | null): Form {
  const from = local(c?.publishFrom ?? null);
  const until = local(c?.publishUntil ?? null);
  const texts = Object.fromEntries(LANGS.map((l) => [l, { title: c?.[`title${cap(l)}`] ?? '', summary: c?.[`summary${cap(l)}`] ?? '', body: c?.[`body${cap(l)}`] ?? '' }])) as Texts;
  return {
    kind: c?.kind ?? 'news',
    publicationKind: c?.publicationKind ?? 'article',
    slug: c?.slug ?? '',
    fromDate: from.date || today(),
    fromTime: from.time || '',
    untilDate: until.date,
    untilTime: until.time,
    imageUrl: c?.imageUrl ?? '',
    imageAltFr: c?.imageAltFr ?? '',
    imageAltNl: c?.imageAltNl ?? '',
    linkUrl: c?.linkUrl ?? '',
    texts,
  };
}

function bodyOf(f: Form, isNew: boolean): ContentBody {
  const texts = Object.fromEntries(
    LANGS.flatMap((l) => [
      [`title${cap(l)}`, f.texts[l].title || null],
      [`summary${cap(l)}`, f.texts[l].summary || null],
      [`body${cap(l)}`, f.texts[l].body || null],
    ]),
  );
  // A new text without an hour is published now (the server's clock); with one, at that Brussels time.
  const publishFrom = isNew && !f.fromTime && f.fromDate === today() ? undefined : brusselsIso(f.fromDate, f.fromTime);
  return {
    kind: f.kind,
    publicationKind: f.kind === 'publication' ? f.publicationKind : null,
    slug: f.slug,
    ...texts,
    imageUrl: f.imageUrl || null,
    imageAltFr: f.imageAltFr || null,
    imageAltNl: f.imageAltNl || null,
    linkUrl: f.linkUrl || null,
    ...(publishFrom ? { publishFrom } : {}),
    publishUntil: f.untilDate ? brusselsIso(f.untilDate, f.untilTime) : null,
  } as ContentBody;
}

/** The communication officer's screen: the website's pages, news and publications, written in French and Dutch side by side. */
export function SitePage() {
  const { t, i18n } = useTranslation('site');
  const contents = useContents();
  const [editing, setEditing] = useState<SiteContent | 'new' | null>(null);
  const [saved, setSaved] = useState(false);
  const title = (c: SiteContent) => (i18n.language === 'nl' ? (c.titleNl ?? c.titleFr) : (c.titleFr ?? c.titleNl)) ?? c.slug;

  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={
          <>
            <Button component="a" variant="default" href={`/${i18n.language === 'nl' ? 'nl' : 'fr'}`}>
              {t('list.open')}
            </Button>
            <Button onClick={() => (setSaved(false), setEditing('new'))}>{t('list.add')}</Button>
          </>
        }
      />
      {saved && (
        <Text role="status" fw={700} mb="sm">
          {t('form.saved')}
        </Text>
      )}
      {editing && <ContentForm key={editing === 'new' ? 'new' : editing.id} content={editing === 'new' ? null : editing} onDone={(ok) => (setEditing(null), setSaved(ok))} />}
      <ProblemAlert error={contents.error} />
      {contents.isPending ? (
        <Loading />
      ) : (
        <TableScroll minWidth={760} label={t('list.caption')}>
          <Table striped>
            <caption className="visually-hidden">{t('list.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.titleCol')}</Table.Th>
                <Table.Th>{t('list.kind')}</Table.Th>
                <Table.Th>{t('list.state')}</Table.Th>
                <Table.Th>{t('list.from')}</Table.Th>
                <Table.Th>{t('list.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contents.data?.items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>{t('list.none')}</Table.Td>
                </Table.Tr>
              )}
              {contents.data?.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    {title(c)}{' '}
                    {c.missing.map((l) => (
                      <Badge key={l} color="#8a3b00" variant="filled" ml={4}>
                        {t('list.missing')}: {l.toUpperCase()}
                      </Badge>
                    ))}
                  </Table.Td>
                  <Table.Td>{t(`kind.${c.kind}`)}</Table.Td>
                  <Table.Td>
                    <Badge variant="filled" color={c.state === 'online' ? '#1b5e20' : c.state === 'scheduled' ? '#0b4f8a' : 'gray.7'}>
                      {t(`state.${c.state}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(c.publishFrom)}</Table.Td>
                  <Table.Td>
                    <Anchor component="button" type="button" onClick={() => (setSaved(false), setEditing(c))}>
                      {t('list.edit', { title: title(c) })}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}

function ContentForm({ content, onDone }: { content: SiteContent | null; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('site');
  const [f, setF] = useState<Form>(() => formOf(content));
  const save = useSaveContent();
  const preview = usePreview();
  const [previewed, setPreviewed] = useState<{ lang: Lang; html: string; warnings: { code: string; message: string }[] }[]>([]);
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setF((old) => ({ ...old, [k]: v }));
  const setText = (l: Lang, k: keyof Texts[Lang], v: string) => setF((old) => ({ ...old, texts: { ...old.texts, [l]: { ...old.texts[l], [k]: v } } }));
  const langName = (l: Lang) => t(`lang.${l}`).toLowerCase();

  async function showPreview() {
    const out = [];
    for (const l of ['fr', 'nl'] as const) {
      const md = f.texts[l].body;
      if (md) out.push({ lang: l, ...(await preview.mutateAsync(md)) });
    }
    setPreviewed(out);
  }

  return (
    <Paper withBorder p="md" mb="lg" component="form" onSubmit={(e) => (e.preventDefault(), save.mutate({ id: content?.id, body: bodyOf(f, !content) }, { onSuccess: () => onDone(true) }))}>
      <Title order={2} size="h3" mb="sm">
        {content ? t('form.editTitle') : t('form.newTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm">
        <NativeSelect label={t('form.kind')} value={f.kind} disabled={!!content} onChange={(e) => set('kind', e.currentTarget.value as Form['kind'])} data={CONTENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        {f.kind === 'publication' && (
          <NativeSelect label={t('form.publicationKind')} value={f.publicationKind} onChange={(e) => set('publicationKind', e.currentTarget.value as Form['publicationKind'])} data={PUBLICATION_KINDS.map((k) => ({ value: k, label: t(`publicationKind.${k}`) }))} />
        )}
        <TextInput label={t('form.slug')} description={t('form.slugHint')} required value={f.slug} error={errors.slug} onChange={(e) => set('slug', e.currentTarget.value)} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }} mb="sm">
        <TextInput type="date" label={t('form.fromDate')} required value={f.fromDate} error={errors.publishFrom} onChange={(e) => set('fromDate', e.currentTarget.value)} />
        <TextInput type="time" label={t('form.fromTime')} value={f.fromTime} onChange={(e) => set('fromTime', e.currentTarget.value)} />
        <TextInput type="date" label={t('form.untilDate')} value={f.untilDate} error={errors.publishUntil} onChange={(e) => set('untilDate', e.currentTarget.value)} />
        <TextInput type="time" label={t('form.untilTime')} value={f.untilTime} onChange={(e) => set('untilTime', e.currentTarget.value)} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} mb="sm">
        {(['fr', 'nl'] as const).map((l) => {
          const missing = !f.texts[l].title || !(f.texts[l].body || f.texts[l].summary);
          return (
            <Stack key={l} gap="xs" lang={l}>
              <Title order={3} size="h4">
                {t(`lang.${l}`)}
              </Title>
              {missing && (
                <Alert color="orange" variant="light" p="xs">
                  {t('form.missing', { lang: langName(l) })}
                </Alert>
              )}
              <TextInput label={`${t('form.title')} (${l.toUpperCase()})`} value={f.texts[l].title} error={errors[`title${cap(l)}`]} onChange={(e) => setText(l, 'title', e.currentTarget.value)} />
              <Textarea label={`${t('form.summary')} (${l.toUpperCase()})`} autosize minRows={2} value={f.texts[l].summary} error={errors[`summary${cap(l)}`]} onChange={(e) => setText(l, 'summary', e.currentTarget.value)} />
              <Textarea label={`${t('form.body')} (${l.toUpperCase()})`} description={t('form.bodyHint')} autosize minRows={6} value={f.texts[l].body} error={errors[`body${cap(l)}`]} onChange={(e) => setText(l, 'body', e.currentTarget.value)} />
            </Stack>
          );
        })}
      </SimpleGrid>
      <ImageFields f={f} set={set} errors={errors} />
      {f.kind === 'publication' && <TextInput mb="sm" label={t('form.linkUrl')} value={f.linkUrl} error={errors.linkUrl} onChange={(e) => set('linkUrl', e.currentTarget.value)} />}
      <ProblemAlert error={save.error ?? preview.error} />
      {previewed.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }} my="sm">
          {previewed.map((p) => (
            <Box key={p.lang} lang={p.lang} p="sm" style={{ border: '1px dashed var(--mantine-color-gray-6)' }}>
              <Text fw={700} size="sm">
                {t('form.previewOf', { lang: p.lang.toUpperCase() })}
              </Text>
              {p.warnings.length > 0 && (
                <Alert color="red" variant="light" title={t('form.warnings')} role="alert" mb="xs">
                  {p.warnings.map((w) => (
                    <div key={w.code}>{w.message}</div>
                  ))}
                </Alert>
              )}
              {/* markdown-it's output on the server, raw HTML off: nothing typed becomes markup */}
              <div dangerouslySetInnerHTML={{ __html: p.html }} />
            </Box>
          ))}
        </SimpleGrid>
      )}
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('form.save')}
        </Button>
        <Button variant="default" onClick={showPreview} loading={preview.isPending}>
          {t('form.preview')}
        </Button>
        <Button variant="subtle" onClick={() => onDone(false)}>
          {t('form.cancel')}
        </Button>
      </Group>
    </Paper>
  );
}

/**
 * The illustration: uploaded here (PNG, JPEG or WebP, the server checks the bytes) or an address, with what it shows
 * in French and in Dutch, both required (the upload keeps them with the image, the text repeats them).
 */
function ImageFields({ f, set, errors }: { f: Form; set: <K extends keyof Form>(k: K, v: Form[K]) => void; errors: Record<string, string> }) {
  const { t } = useTranslation('site');
  const upload = useUploadImage();
  const [file, setFile] = useState<File | null>(null);
  const uploadErrors = upload.error instanceof ApiError ? upload.error.fieldErrors() : {};
  async function send() {
    if (!file) return;
    upload.mutate(
      { contentType: file.type as ImageBody['contentType'], data: await fileToBase64(file), altFr: f.imageAltFr, altNl: f.imageAltNl },
      { onSuccess: (image) => (set('imageUrl', image.url), setFile(null)) },
    );
  }
  return (
    <Stack gap="xs" mb="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput lang="fr" label={t('form.imageAltFr')} required={!!(f.imageUrl || file)} value={f.imageAltFr} error={errors.imageAltFr ?? uploadErrors.altFr} onChange={(e) => set('imageAltFr', e.currentTarget.value)} />
        <TextInput lang="nl" label={t('form.imageAltNl')} required={!!(f.imageUrl || file)} value={f.imageAltNl} error={errors.imageAltNl ?? uploadErrors.altNl} onChange={(e) => set('imageAltNl', e.currentTarget.value)} />
      </SimpleGrid>
      <Group align="end" wrap="wrap">
        <FileButton accept="image/png,image/jpeg,image/webp" onChange={setFile}>
          {(props) => (
            <Button {...props} variant="default">
              {t('form.imagePick')}
            </Button>
          )}
        </FileButton>
        {file && <Text size="sm">{file.name}</Text>}
        <Button variant="default" disabled={!file} loading={upload.isPending} onClick={send}>
          {t('form.imageUpload')}
        </Button>
      </Group>
      <Text size="sm">{t('form.imageHelp')}</Text>
      <ProblemAlert error={upload.error} />
      {upload.isSuccess && (
        <Text role="status" size="sm">
          {t('form.imageUploaded')}
        </Text>
      )}
      <TextInput label={t('form.imageUrl')} value={f.imageUrl} error={errors.imageUrl} onChange={(e) => set('imageUrl', e.currentTarget.value)} />
      {f.imageUrl.startsWith('/site/images/') && <Image src={f.imageUrl} alt={f.imageAltFr} h={120} w="auto" fit="contain" />}
    </Stack>
  );
}
