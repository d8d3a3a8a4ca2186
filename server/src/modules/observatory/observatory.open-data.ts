import { writeToString } from '@fast-csv/format';
import { LOCALES, translate } from '../../platform/i18n/messages';
import { LICENCES, MANUAL_UNITS, OPEN_DATA_THRESHOLD, type ObservatorySettings, type OpenDataRow } from './observatory.service';

/**
 * Open data as portals take it in (data.gov.be, opendata.brussels, the European data portal): a csv
 * (RFC 4180: commas, UTF-8, a header line) described by a Frictionless Table Schema, the same rows in
 * JSON, and a DCAT-AP description of the dataset in JSON-LD, under a licence the admin chose.
 */

export const OPEN_DATA_PATHS = {
  data: '/api/observatory/open-data',
  schema: '/api/observatory/open-data/schema',
  dcat: '/api/observatory/open-data/dcat',
} as const;

const t3 = (key: string, params?: Record<string, unknown>) => Object.fromEntries(LOCALES.map((l) => [l, translate(l, key, params)])) as Record<(typeof LOCALES)[number], string>;
const UNITS = [...MANUAL_UNITS, 'mixed'] as const;

/** The Table Schema of the csv (and of the JSON rows): names, types, constraints, titles in FR/NL/EN. */
export function tableSchema() {
  const field = (name: string, type: string, en: string, fr: string, nl: string, description: string, extra: Record<string, unknown> = {}) => ({
    name,
    type,
    title: en,
    titles: { fr, nl, en },
    description,
    ...extra,
  });
  return {
    $schema: 'https://specs.frictionlessdata.io/schemas/table-schema.json',
    fields: [
      field('year', 'integer', 'Year', 'Année', 'Jaar', 'Calendar year of the figure.', { format: 'default', constraints: { required: true, minimum: 2000, maximum: 2100 } }),
      field('row_type', 'string', 'Kind of row', 'Type de ligne', 'Soort regel', 'activity: one activity; total: the sum of every activity of the year (whatever each counts); distinct_people: distinct people identified across all tracked activities.', {
        constraints: { required: true, enum: ['activity', 'total', 'distinct_people'] },
      }),
      field('activity', 'string', 'Activity code', 'Code de l’activité', 'Code van de activiteit', 'Stable key of the activity (with row_type, unique within a year).', { constraints: { required: true, pattern: '[a-z0-9_:.-]+' } }),
      field('label_fr', 'string', 'Label (French)', 'Libellé (français)', 'Omschrijving (Frans)', 'What the row is, in French; empty when it was not written in French.'),
      field('label_nl', 'string', 'Label (Dutch)', 'Libellé (néerlandais)', 'Omschrijving (Nederlands)', 'What the row is, in Dutch; empty when it was not written in Dutch.'),
      field('label_en', 'string', 'Label (English)', 'Libellé (anglais)', 'Omschrijving (Engels)', 'What the row is, in English; empty when it was not written in English.'),
      field('unit', 'string', 'What is counted', 'Ce qui est compté', 'Wat wordt geteld', 'distinct_people, participations (visits, attendances), head_count (counted at the door), external (from an outside tool), mixed (a sum of several).', {
        constraints: { required: true, enum: [...UNITS] },
        enumLabels: Object.fromEntries(UNITS.map((u) => [u, t3(`unit.${u}`)])),
      }),
      field('origin', 'string', 'Origin', 'Origine', 'Herkomst', 'tracked: computed from the records; manual: entered by hand, with its source; imported: a past year\'s figure brought in from an earlier report, with its source.', {
        constraints: { required: true, enum: ['tracked', 'manual', 'imported'] },
        enumLabels: { tracked: t3('reach.origin.tracked'), manual: t3('reach.origin.manual'), imported: t3('reach.origin.imported') },
      }),
      field('value', 'integer', 'Number', 'Nombre', 'Aantal', `The figure, in its unit; empty when suppressed (fewer than ${OPEN_DATA_THRESHOLD} distinct people behind it, or hidden so that such a figure cannot be recomputed from the total).`, {
        constraints: { minimum: 0 },
      }),
      field('suppressed', 'boolean', 'Suppressed', 'Masqué', 'Verborgen', 'true when the value is hidden to protect the people behind it.', { trueValues: ['true'], falseValues: ['false'], constraints: { required: true } }),
      field('provisional', 'boolean', 'Provisional', 'Provisoire', 'Voorlopig', 'true for the current year, which is not over: the figures will still change.', {
        trueValues: ['true'],
        falseValues: ['false'],
        constraints: { required: true },
      }),
      field('source', 'string', 'Source', 'Source', 'Bron', 'For figures entered by hand: where the figure comes from.'),
    ],
    primaryKey: ['year', 'row_type', 'activity'],
    missingValues: [''],
  };
}

export const OPEN_DATA_COLUMNS = tableSchema().fields.map((f) => f.name) as (keyof OpenDataRow)[];

/** The rows as an RFC 4180 csv (commas, a header line, UTF-8), in the Table Schema's column order. */
export async function openDataCsv(rows: OpenDataRow[]): Promise<string> {
  const body = await writeToString(
    rows.map((r) => OPEN_DATA_COLUMNS.map((c) => (r[c] === null ? '' : String(r[c])))),
    { headers: OPEN_DATA_COLUMNS, rowDelimiter: '\r\n', includeEndRowDelimiter: true },
  );
  return body;
}

const lang = (values: Record<string, string | null>) => Object.entries(values).flatMap(([l, v]) => (v ? [{ '@value': v, '@language': l }] : []));
const EU = 'http://publications.europa.eu/resource/authority';

/** The dataset described with DCAT-AP (catalogue, dataset, distributions with their media types, publisher) in JSON-LD. */
export function dcat(input: { baseUrl: string; settings: ObservatorySettings; years: number[]; modified: string }) {
  const { baseUrl, settings, years, modified } = input;
  const licence = LICENCES[settings.licence];
  const url = (p: string) => `${baseUrl}${p}`;
  const catalogId = `${url(OPEN_DATA_PATHS.dcat)}#catalogue`;
  const datasetId = `${url(OPEN_DATA_PATHS.dcat)}#people-reached`;
  const publisherId = `${url(OPEN_DATA_PATHS.dcat)}#publisher`;
  const licenceRef = { '@id': `${EU}/licence/${licence.eu}` };
  const distribution = (id: string, format: 'CSV' | 'JSON', mediaType: string, href: string, extra: Record<string, unknown> = {}) => ({
    '@id': `${url(OPEN_DATA_PATHS.dcat)}#${id}`,
    '@type': 'dcat:Distribution',
    'dct:title': lang(t3('open_data.title')).map((x) => ({ ...x, '@value': `${x['@value']} (${format})` })),
    'dcat:accessURL': { '@id': href },
    'dcat:downloadURL': { '@id': href },
    'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${mediaType}` },
    'dct:format': { '@id': `${EU}/file-type/${format}` },
    'dct:license': licenceRef,
    'dct:modified': { '@value': modified, '@type': 'xsd:dateTime' },
    ...extra,
  });
  const first = years[0];
  const last = years[years.length - 1];
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@graph': [
      {
        '@id': catalogId,
        '@type': 'dcat:Catalog',
        'dct:title': lang(settings.publisher),
        'dct:description': lang(t3('open_data.title')),
        'dct:publisher': { '@id': publisherId },
        'dct:license': licenceRef,
        'dcat:dataset': { '@id': datasetId },
      },
      {
        '@id': datasetId,
        '@type': 'dcat:Dataset',
        'dct:identifier': 'relais-people-reached',
        'dct:title': lang(t3('open_data.title')),
        'dct:description': lang(t3('open_data.description', { threshold: OPEN_DATA_THRESHOLD })),
        'dct:publisher': { '@id': publisherId },
        'dct:license': licenceRef,
        'dct:modified': { '@value': modified, '@type': 'xsd:dateTime' },
        'dct:temporal': {
          '@type': 'dct:PeriodOfTime',
          'dcat:startDate': { '@value': `${first}-01-01`, '@type': 'xsd:date' },
          'dcat:endDate': { '@value': `${last}-12-31`, '@type': 'xsd:date' },
        },
        'dct:accrualPeriodicity': { '@id': `${EU}/frequency/CONT` },
        'dct:language': ['FRA', 'NLD', 'ENG'].map((l) => ({ '@id': `${EU}/language/${l}` })),
        'dcat:theme': [{ '@id': `${EU}/data-theme/SOCI` }],
        'dcat:keyword': ['employment', 'social', 'digital'].flatMap((k) => lang(t3(`open_data.keyword.${k}`))),
        'dct:conformsTo': { '@id': url(OPEN_DATA_PATHS.schema) },
        ...(settings.contactEmail ? { 'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': settings.publisher.fr, 'vcard:hasEmail': { '@id': `mailto:${settings.contactEmail}` } } } : {}),
        'dcat:distribution': [{ '@id': `${url(OPEN_DATA_PATHS.dcat)}#csv` }, { '@id': `${url(OPEN_DATA_PATHS.dcat)}#json` }],
      },
      distribution('csv', 'CSV', 'text/csv', `${url(OPEN_DATA_PATHS.data)}?format=csv`, { 'dct:conformsTo': { '@id': url(OPEN_DATA_PATHS.schema) } }),
      distribution('json', 'JSON', 'application/json', `${url(OPEN_DATA_PATHS.data)}?format=json`),
      { '@id': url(OPEN_DATA_PATHS.schema), '@type': 'dct:Standard', 'dct:title': 'Frictionless Table Schema of the csv' },
      { '@id': publisherId, '@type': 'foaf:Agent', 'foaf:name': lang(settings.publisher) },
    ],
  };
}
