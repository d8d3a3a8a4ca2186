/**
 * Realistic fictional people at scale, inserted fast in batches with plain SQL (unnest of arrays, one
 * statement per batch) straight into a migrated database. Nobody real is meant: names of many origins
 * are combined at random from the demo's lists and the longer lists below.
 */
import type { Database } from '../server/src/platform/db/database';
import { FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES, LANGUAGES, NEIGHBOURHOODS, seededRandom } from '../server/src/demo/names';
import { communeOfPostalCode } from '../server/src/modules/people/communes';
import { PROFESSIONAL_STATUSES, STUDY_LEVELS } from '../server/src/modules/people/people.table';

const MORE_FIRST_F = [
  'Hanane', 'Loubna', 'Samira', 'Malika', 'Latifa', 'Houda', 'Meryem', 'Imane', 'Hajar', 'Soukaina', 'Ikram', 'Kenza',
  'Büşra', 'Esra', 'Ayşe', 'Merve', 'Derya', 'Gülsüm', 'Hatice', 'Emine', 'Kübra', 'Özlem', 'Magdalena', 'Katarzyna',
  'Małgorzata', 'Joanna', 'Ewa', 'Monika', 'Alina', 'Elena', 'Andreea', 'Mihaela', 'Cristina', 'Raluca', 'Beatriz',
  'Inês', 'Joana', 'Mariana', 'Carmen', 'Lucía', 'Pilar', 'Rocío', 'Giulia', 'Francesca', 'Chiara', 'Aurore', 'Camille',
  'Manon', 'Pauline', 'Céline', 'Élodie', 'Noémie', 'Anaïs', 'Zoë', 'Louise', 'Elise', 'Marthe', 'Annelies', 'Griet',
  'Katrien', 'Liesbeth', 'Sofie', 'Nele', 'Evelien', 'Jasmien', 'Grâce', 'Ornella', 'Nathalie', 'Bénédicte', 'Mireille',
  'Aminata', 'Kadiatou', 'Awa', 'Binta', 'Ramata', 'Oumou', 'Hawa', 'Nafissatou', 'Ngozi', 'Chiamaka', 'Abena',
  'Tigist', 'Hiwot', 'Selam', 'Fatemeh', 'Zahra', 'Maryam', 'Shirin', 'Parisa', 'Ayesha', 'Sana', 'Anjali', 'Lakshmi',
  'Linh', 'Thu', 'Mai', 'Xiaoling', 'Yuki', 'Dilnoza', 'Oksana', 'Iryna', 'Tetiana', 'Natalia', 'Anastasia', 'Ljiljana',
  'Jelena', 'Besa', 'Arta', 'Hélène', 'Héloïse',
];
const MORE_FIRST_M = [
  'Abdelkader', 'Abdellah', 'Hicham', 'Khalid', 'Nordine', 'Rachid', 'Said', 'Mourad', 'Soufiane', 'Zakaria', 'Ilias',
  'Anas', 'Amine', 'Redouane', 'Yassine', 'Mohammed', 'Muhammad', 'Mehmet', 'Hüseyin', 'Murat', 'Kemal', 'Burak',
  'Oğuz', 'Tomasz', 'Paweł', 'Krzysztof', 'Michał', 'Grzegorz', 'Ion', 'Mihai', 'Florin', 'Bogdan', 'Cătălin', 'Tiago',
  'Rui', 'Paulo', 'Miguel', 'Javier', 'Alejandro', 'Sergio', 'Marco', 'Giuseppe', 'Luca', 'François', 'Benoît', 'Cédric',
  'Jérôme', 'Frédéric', 'Grégoire', 'Maxime', 'Quentin', 'Baptiste', 'Raphaël', 'Noé', 'Jef', 'Koen', 'Bart', 'Stijn',
  'Wim', 'Dries', 'Joris', 'Sander', 'Thijs', 'Bram', 'Jan', 'Joseph', 'Patrice', 'Didier', 'Blaise', 'Fiston', 'Héritier',
  'Christian', 'Ousmane', 'Souleymane', 'Boubacar', 'Cheikh', 'Modou', 'Lamine', 'Seydou', 'Kwame', 'Chidi', 'Emeka',
  'Tesfaye', 'Dawit', 'Reza', 'Ali', 'Hassan', 'Hossein', 'Imran', 'Bilal', 'Arjun', 'Rahul', 'Minh', 'Duc', 'Tuan',
  'Jun', 'Hiroshi', 'Rustam', 'Taras', 'Oleksandr', 'Dmytro', 'Sergei', 'Vladimir', 'Nikola', 'Milan', 'Besnik', 'Ardit',
  'Lorik', 'Zoltán', 'Gábor',
];
const MORE_LAST = [
  'El Idrissi', 'El Khattabi', 'El Ouardi', 'Benjelloun', 'Bennani', 'Lahlou', 'Tahiri', 'Alaoui', 'Berrada', 'Ziani',
  'Amrani', 'Belhaj', 'Bouazza', 'Cherkaoui', 'Azzouzi', 'Boukhari', 'Ait Ahmed', 'Ait Ouali', 'Aksoy', 'Arslan',
  'Çelik', 'Doğan', 'Erdoğan', 'Güneş', 'Koç', 'Korkmaz', 'Özdemir', 'Şahin', 'Yıldız', 'Yıldırım', 'Kowalczyk',
  'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Dąbrowski', 'Popa', 'Radu', 'Stan',
  'Dumitru', 'Stoica', 'Constantin', 'Gheorghe', 'Rusu', 'Santos', 'Oliveira', 'Pereira', 'Costa', 'Rodrigues',
  'Martins', 'Sousa', 'Fernández', 'González', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Romero', 'Russo', 'Esposito',
  'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Dumont', 'Lefèvre', 'Lecomte', 'Renard', 'Collignon',
  'Gérard', 'François', 'Michel', 'Denis', 'Hubert', 'Lejeune', 'Delvaux', 'Dewulf', 'De Backer', 'De Clercq',
  'De Vos', 'Desmet', 'Goossens', 'Hermans', 'Jacobs', 'Michiels', 'Peters', 'Van Damme', 'Van de Velde', 'Verbeke',
  'Verhoeven', 'Willems', 'Coppens', 'Van Hove', 'Kabongo', 'Kalonji', 'Ilunga', 'Kasongo', 'Lukusa', 'Mwamba',
  'Ngoy', 'Nkulu', 'Tshilombo', 'Mbala', 'Nzeza', 'Bah', 'Barry', 'Sylla', 'Keita', 'Touré', 'Cissé', 'Coulibaly',
  'Konaté', 'Ndiaye', 'Diop', 'Fall', 'Sarr', 'Okafor', 'Adeyemi', 'Mensah', 'Asante', 'Tesfaye', 'Bekele', 'Haile',
  'Hosseini', 'Karimi', 'Mohammadi', 'Rezaei', 'Khan', 'Ahmed', 'Iqbal', 'Malik', 'Sharma', 'Patel', 'Singh', 'Tran',
  'Le', 'Pham', 'Hoang', 'Wang', 'Li', 'Zhang', 'Chen', 'Tanaka', 'Karimov', 'Shevchenko', 'Kovalenko', 'Bondarenko',
  'Melnyk', 'Ivanov', 'Petrov', 'Smirnov', 'Jovanović', 'Petrović', 'Nikolić', 'Krasniqi', 'Gashi', 'Berisha', 'Hoxha',
  'Nagy', 'Horváth', 'Papadopoulos',
];

const FIRST_F = [...FIRST_NAMES_F, ...MORE_FIRST_F];
const FIRST_M = [...FIRST_NAMES_M, ...MORE_FIRST_M];
const LAST = [...LAST_NAMES, ...MORE_LAST];

/** Brussels postal codes, weighted: the City of Brussels (1000, 1020, 1120, 1130) and its neighbours come most. */
const POSTAL_CODES: [string, number][] = [
  ['1000', 22], ['1020', 12], ['1120', 7], ['1130', 5], ['1030', 8], ['1080', 8], ['1070', 7], ['1210', 4], ['1060', 4],
  ['1040', 3], ['1050', 3], ['1081', 2], ['1082', 1], ['1083', 1], ['1090', 3], ['1140', 2], ['1150', 1], ['1160', 1],
  ['1170', 1], ['1180', 2], ['1190', 3], ['1200', 2],
];

export interface GenerateOptions {
  count: number;
  seed?: number;
  batchSize?: number;
  /** "today" for birth dates and first contacts (default 2026-06-30, so the data does not depend on the run's date). */
  today?: string;
  onProgress?: (done: number) => void;
}

/** Runs one statement with positional parameters on whichever driver is behind the Database. */
async function rawQuery(database: Database, text: string, params: unknown[]): Promise<void> {
  if (database.kind === 'pglite') await database.pglite!.query(text, params);
  else await database.pool!.query(text, params);
}

const COLUMNS = [
  ['first_name', 'text'],
  ['last_name', 'text'],
  ['birth_date', 'date'],
  ['birth_year', 'int'],
  ['gender', 'text'],
  ['study_level', 'text'],
  ['professional_status', 'text'],
  ['postal_code', 'text'],
  ['commune', 'text'],
  ['neighbourhood', 'text'],
  ['phone', 'text'],
  ['email', 'text'],
  ['languages', 'text'], // comma-separated, split in SQL: unnest cannot take an array of arrays of varying length
  ['first_contact_date', 'date'],
  ['last_activity_at', 'timestamptz'],
] as const;

const INSERT_SQL = `insert into people (${COLUMNS.map(([c]) => (c === 'languages' ? 'languages' : c)).join(', ')})
  select ${COLUMNS.map(([c]) => (c === 'languages' ? `string_to_array(languages, ',')` : c)).join(', ')}
  from unnest(${COLUMNS.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')})
    as t(${COLUMNS.map(([c]) => c).join(', ')})`;

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();

/** Inserts `count` people and returns how long it took (ms). */
export async function generatePeople(database: Database, opts: GenerateOptions): Promise<{ rows: number; ms: number }> {
  const random = seededRandom(opts.seed ?? 20_22);
  const batchSize = opts.batchSize ?? 5_000;
  const today = new Date(`${opts.today ?? '2026-06-30'}T12:00:00Z`);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(random() * a.length)];
  const totalWeight = POSTAL_CODES.reduce((s, [, w]) => s + w, 0);
  const pickPostal = () => {
    let r = random() * totalWeight;
    for (const [code, w] of POSTAL_CODES) if ((r -= w) < 0) return code;
    return '1000';
  };
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const daysAgo = (n: number) => new Date(today.getTime() - n * 86_400_000);

  const started = performance.now();
  let done = 0;
  while (done < opts.count) {
    const n = Math.min(batchSize, opts.count - done);
    const cols: unknown[][] = COLUMNS.map(() => new Array(n));
    for (let i = 0; i < n; i++) {
      const g = random();
      const gender = g < 0.48 ? 'F' : g < 0.96 ? 'M' : g < 0.97 ? 'X' : 'unspecified';
      const firstPool = gender === 'F' ? FIRST_F : gender === 'M' ? FIRST_M : random() < 0.5 ? FIRST_F : FIRST_M;
      let first = pick(firstPool);
      if (random() < 0.04) first = `${first}-${pick(firstPool)}`; // compound first names (Marie-Hélène, Jean-Pierre)
      let last = pick(LAST);
      if (random() < 0.05) last = `${last} ${pick(LAST)}`; // two surnames (Iberian and Latin-American use)
      // Ages 16 to 67, most between 20 and 45.
      const age = random() < 0.75 ? 20 + Math.floor(random() * 26) : 16 + Math.floor(random() * 52);
      const birth = daysAgo(age * 365.25 + Math.floor(random() * 365));
      const knownBirth = random() < 0.93;
      const postal = random() < 0.95 ? pickPostal() : null;
      const langs = new Set<string>([random() < 0.7 ? 'fr' : pick(LANGUAGES)]);
      while (random() < 0.45 && langs.size < 4) langs.add(pick(LANGUAGES));
      const firstContact = daysAgo(Math.floor(random() * 6 * 365));
      const row = [
        first,
        last,
        knownBirth ? day(birth) : null,
        knownBirth ? birth.getUTCFullYear() : null,
        gender,
        pick(STUDY_LEVELS),
        pick(PROFESSIONAL_STATUSES),
        postal,
        postal ? (communeOfPostalCode(postal)?.fr ?? null) : null,
        postal && ['1000', '1020', '1120', '1130'].includes(postal) && random() < 0.6 ? pick(NEIGHBOURHOODS) : null,
        random() < 0.8 ? `+324${String(Math.floor(random() * 1e8)).padStart(8, '0')}` : null,
        random() < 0.6 ? `${ascii(first)}.${ascii(last)}${Math.floor(random() * 100)}@example.org` : null,
        [...langs].join(','),
        day(firstContact),
        new Date(firstContact.getTime() + Math.floor(random() * (today.getTime() - firstContact.getTime()))).toISOString(),
      ];
      for (let c = 0; c < cols.length; c++) cols[c][i] = row[c];
    }
    await rawQuery(database, INSERT_SQL, cols);
    done += n;
    opts.onProgress?.(done);
  }
  return { rows: done, ms: performance.now() - started };
}
