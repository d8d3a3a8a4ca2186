import { Alert, Button, Checkbox, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { fileUrl } from '../../app/api';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Loading } from '../../ui/Loading';
import { personName, usePersonExport, type GdprSection } from './api';
import './i18n';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Everything Relais holds about a person (GDPR right of access), as a page to print or save as PDF, in the
 * person's language (the server chooses it from their languages, and gives every label in it).
 */
export function GdprExportPage() {
  const { t: ui } = useTranslation('people');
  const id = Number(useParams().id);
  const canConfidential = useCan('people.export_confidential');
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const data = usePersonExport(id, includeConfidential);
  const { i18n } = useTranslation();
  if (data.isPending) return <Loading />;
  if (!data.data) return <ProblemAlert error={data.error} />;
  const { person, sections, exportedAt, locale } = data.data;
  // The page speaks the person's language; the buttons around it, the staff member's.
  const t = i18n.getFixedT(locale, 'people');
  const cell = (v: string | number | boolean | null | undefined) => {
    if (v === null || v === undefined || v === '') return t('person.empty');
    if (typeof v === 'boolean') return v ? t('export.yes') : t('export.no');
    if (typeof v === 'string' && INSTANT.test(v)) return formatDate(v, { dateStyle: 'medium', timeStyle: 'short' }, locale);
    if (typeof v === 'string' && DAY.test(v)) return formatDate(v, { dateStyle: 'medium' }, locale);
    return String(v);
  };
  return (
    <div lang={locale}>
      <PageHeader
        title={t('export.title', { name: personName(person, t('person.erased')) })}
        actions={
          <>
            <Button className="no-print" onClick={() => window.print()} lang={i18n.language}>
              {ui('common:actions.print')}
            </Button>
            <Button className="no-print" variant="default" component="a" href={fileUrl('/api/people/{id}/export', includeConfidential ? { includeConfidential: 'true' } : {}).replace('{id}', String(id))} lang={i18n.language}>
              {ui('person.exportJson')}
            </Button>
            <Button className="no-print" variant="default" component={Link} to={`/people/${id}`} lang={i18n.language}>
              {ui('common:actions.back')}
            </Button>
          </>
        }
      />
      {canConfidential && (
        <Checkbox
          className="no-print"
          lang={i18n.language}
          mb="md"
          label={ui('export.includeConfidential')}
          description={ui('export.includeConfidentialHint')}
          checked={includeConfidential}
          onChange={(e) => setIncludeConfidential(e.currentTarget.checked)}
        />
      )}
      <Text size="sm" mb="md">
        {t('export.exportedAt', { date: formatDate(exportedAt, { dateStyle: 'medium', timeStyle: 'short' }, locale) })} · {t('person.id', { id: person.id })}
      </Text>
      <Stack>
        {sections.map((s) => (
          <Section key={`${s.module}.${s.key}`} section={s} cell={cell} none={t('export.none')} />
        ))}
      </Stack>
    </div>
  );
}

function Section({ section, cell, none }: { section: GdprSection; cell: (v: string | number | boolean | null | undefined) => string; none: string }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {section.title}
      </Title>
      {section.withheld && (
        <Alert color="gray" variant="outline" mb="sm">
          {section.withheld}
        </Alert>
      )}
      {section.rows.length === 0 ? (
        <Text size="sm">{none}</Text>
      ) : (
        <TableScroll minWidth={Math.min(900, 160 * section.columns.length)} label={section.title}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                {section.columns.map((c) => (
                  <Table.Th scope="col" key={c.key}>
                    {c.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {section.rows.map((r, i) => (
                <Table.Tr key={i}>
                  {section.columns.map((c) => (
                    <Table.Td key={c.key} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                      {cell(r[c.key])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Paper>
  );
}
