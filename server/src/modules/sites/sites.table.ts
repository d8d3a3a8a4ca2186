import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, boolean, jsonb, uniqueIndex } from 'drizzle-orm/pg-core';

/** One opening period of a weekday, local Brussels time, e.g. { weekday: 1, from: '08:30', to: '12:30' }. */
export interface OpeningPeriod {
  weekday: number; // 1 = Monday ... 7 = Sunday (ISO)
  from: string; // HH:MM
  to: string; // HH:MM
}

/** The places where the Centrale works: the Maison de l'Emploi, the Espace Social Télé-Service, antennas. */
export const sites = pgTable(
  'sites',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    kind: text('kind').notNull().default('main'), // main | desk | antenna
    address: text('address'),
    postalCode: text('postal_code'),
    openingHours: jsonb('opening_hours').$type<OpeningPeriod[]>().notNull().default([]),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sites_name_unique').on(sql`lower(${t.name})`)],
);
