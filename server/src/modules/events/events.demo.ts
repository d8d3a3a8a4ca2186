import { sql } from 'drizzle-orm';
import type { DemoContext, ModuleContext } from '../../platform/module';
import { brusselsDay, brusselsInstant, isoWeekday } from '../../platform/brussels-time';
import { AGE_BANDS, DOOR_SEXES, DOOR_STATUSES, eventCheckins, eventDoorCounts, eventRegistrations, events, type EVENT_KINDS } from './events.table';
import { newSecret, type Caller } from './events.core';

const FIRST = ['Fatima', 'Mohamed', 'Sarah', 'Yassine', 'Aïcha', 'Jean', 'Marie', 'Ahmed', 'Nadia', 'Lucas', 'Inès', 'Karim', 'Sofia', 'Mamadou', 'Elif', 'Thomas', 'Leila', 'Bilal', 'Julie', 'Omar', 'Amina', 'Kevin', 'Zeynep', 'Pieter', 'Oumar', 'Samira', 'Ayoub', 'Chloé', 'Youssef', 'Hanna'];
const LAST = ['El Idrissi', 'Peeters', 'Benali', 'Janssens', 'Diallo', 'Dubois', 'Yilmaz', 'Maes', 'Bouzid', 'Lambert', 'Ndiaye', 'Claes', 'El Amrani', 'Dupont', 'Kaya', 'Willems', 'Haddad', 'Mertens', 'Cissé', 'Jacobs', 'Ouali', 'Lemaire', 'Demir', 'Goossens'];
const POSTCODES = ['1000', '1020', '1120', '1130', '1080', '1030', '1210', '1060', '1070', '1050'];

type Kind = (typeof EVENT_KINDS)[number];
interface Plan {
  kind: Kind;
  day: string;
  start: string;
  end: string;
  endDay?: string;
  fr: string;
  nl: string;
  en: string;
  venue?: [string, string];
  room?: boolean;
  capacity: number | null;
  /** share of the capacity that registers, share of the registered who come, walk-ins counted at the door */
  fill: number;
  show: number;
  walkIns: number;
}

/** The first weekday `wd` (1 = Monday) of a month. */
function firstWeekday(year: number, month: number, wd: number) {
  for (let d = 1; d <= 7; d++) {
    const day = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (isoWeekday(day) === wd) return day;
  }
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/**
 * Two whole years of events and what comes next: the Brussels Job Day each October at Palais 6 (about 2,000
 * visitors: a quarter registered, most counted at the door), the digital-jobs fair at BeCentral, the Horeca fair,
 * monthly information sessions and CV workshops in our rooms, the Fundtruck contest, the staff party.
 */
export async function loadEventsDemo(ctx: ModuleContext, demo: DemoContext) {
  // The institution's name and address, as its settings say (the demo's default: the Centrale's).
  const institution = await ctx.institution.get();
  const { random, pick } = demo;
  const thisYear = Number(brusselsDay(demo.today).slice(0, 4));
  const people = demo.ids.people ?? [];
  const orgs = demo.ids.organisations ?? [];
  const rooms = demo.ids.rooms ?? [];
  const staff = demo.usersByRole.project_officer ?? demo.actor.userId;
  const logistics: Caller = { userId: demo.usersByRole.logistics ?? demo.actor.userId, name: 'demo', roles: ['logistics'] };
  const plans: Plan[] = [];
  for (const year of [thisYear - 2, thisYear - 1, thisYear]) {
    plans.push({
      kind: 'job_fair',
      day: firstWeekday(year, 10, 2),
      start: '10:00',
      end: '16:00',
      fr: `Brussels Job Day ${year}`,
      nl: `Brussels Job Day ${year}`,
      en: `Brussels Job Day ${year}`,
      venue: ['Palais 6, Brussels Expo', 'Place de Belgique 1, 1020 Bruxelles'],
      capacity: 800,
      fill: 0.75,
      show: 0.72,
      walkIns: 1540 + Math.floor(random() * 60),
    });
    plans.push({
      kind: 'themed_fair',
      day: firstWeekday(year, 3, 4),
      start: '13:00',
      end: '17:00',
      fr: 'Salon des métiers du numérique',
      nl: 'Beurs van de digitale beroepen',
      en: 'Digital jobs fair',
      venue: ['BeCentral', 'Cantersteen 10, 1000 Bruxelles'],
      capacity: 250,
      fill: 0.8,
      show: 0.7,
      walkIns: 180 + Math.floor(random() * 40),
    });
    plans.push({
      kind: 'themed_fair',
      day: firstWeekday(year, 5, 2),
      start: '10:00',
      end: '15:00',
      fr: 'Salon Horeca : cuisine, salle, hôtellerie',
      nl: 'Horecabeurs: keuken, zaal, hotel',
      en: 'Horeca fair: kitchen, dining room, hotels',
      venue: ['Halles Saint-Géry', 'Place Saint-Géry 1, 1000 Bruxelles'],
      capacity: 300,
      fill: 0.7,
      show: 0.75,
      walkIns: 220 + Math.floor(random() * 50),
    });
    plans.push({
      kind: 'contest',
      day: firstWeekday(year, 6, 4),
      start: '14:00',
      end: '18:00',
      fr: 'Fundtruck : concours de pitch',
      nl: 'Fundtruck: pitchwedstrijd',
      en: 'Fundtruck pitch contest',
      room: true,
      capacity: 60,
      fill: 0.9,
      show: 0.85,
      walkIns: 10,
    });
    plans.push({
      kind: 'internal',
      day: firstWeekday(year, 12, 5),
      start: '17:00',
      end: '22:00',
      fr: 'Fête du personnel',
      nl: 'Personeelsfeest',
      en: 'Staff party',
      room: true,
      capacity: 60,
      fill: 0.8,
      show: 0.9,
      walkIns: 0,
    });
    for (let m = 1; m <= 12; m++) {
      if (m === 7 || m === 8) continue;
      plans.push({
        kind: 'info_session',
        day: firstWeekday(year, m, 3),
        start: '09:30',
        end: '11:30',
        fr: pick(['Séance d’information Actiris', 'Séance d’information : les titres-services', 'Séance d’information : l’article 60', 'Séance d’information Bruxelles Formation']),
        nl: 'Infosessie voor werkzoekenden',
        en: 'Information session for job seekers',
        room: true,
        capacity: 25,
        fill: 0.6 + random() * 0.4,
        show: 0.65 + random() * 0.2,
        walkIns: Math.floor(random() * 4),
      });
      if (m % 2 === 0)
        plans.push({
          kind: 'workshop',
          day: firstWeekday(year, m, 4),
          start: '13:30',
          end: '16:00',
          fr: 'Atelier CV et lettre de motivation',
          nl: 'Workshop cv en motivatiebrief',
          en: 'CV and cover letter workshop',
          room: true,
          capacity: 12,
          fill: 0.7 + random() * 0.3,
          show: 0.7 + random() * 0.2,
          walkIns: 0,
        });
    }
  }

  let registrations = 0;
  let walkInsTotal = 0;
  for (const p of plans) {
    const startsAt = brusselsInstant(p.day, p.start);
    const endsAt = brusselsInstant(p.endDay ?? p.day, p.end);
    const past = endsAt < demo.today;
    let roomId: number | null = null;
    let roomBookingId: number | null = null;
    if (p.room && rooms.length) {
      for (const candidate of [...rooms].sort(() => random() - 0.5)) {
        // only a room with places for the event's capacity (the rule an edit of the event checks too)
        if (p.capacity && (await ctx.services.rooms.getRoom(candidate)).capacity < p.capacity) continue;
        try {
          const b = await ctx.services.rooms.createBooking(logistics, { roomId: candidate, startsAt, endsAt, purpose: p.fr });
          roomId = candidate;
          roomBookingId = b.id;
          break;
        } catch {
          // taken or too small: try another room
        }
      }
    }
    const [e] = await ctx.db
      .insert(events)
      .values({
        kind: p.kind,
        status: past ? 'closed' : 'published',
        titleFr: p.fr,
        titleNl: p.nl,
        titleEn: p.en,
        descriptionFr: `${p.fr} — ${institution.name.fr} et ses partenaires.`,
        descriptionNl: `${p.nl} — ${institution.name.nl} en partners.`,
        startsAt,
        endsAt,
        roomId,
        roomBookingId,
        venueName: roomId ? null : (p.venue?.[0] ?? 'Maison de l’Emploi'),
        venueAddress: roomId ? null : (p.venue?.[1] ?? institution.address.fr),
        capacity: p.capacity,
        targetPublics: p.kind === 'internal' ? ['staff'] : ['job_seekers', ...(p.kind === 'job_fair' ? (['young_people', 'newcomers'] as const) : [])],
        registrationClosesAt: new Date(startsAt.getTime() - 3_600_000),
        questions:
          p.kind === 'job_fair' || p.kind === 'themed_fair'
            ? [
                { key: 'sector', type: 'choice', labelFr: 'Secteur recherché', labelNl: 'Gezochte sector', labelEn: 'Sector sought', required: false, choices: ['Horeca', 'Logistique', 'Numérique', 'Vente', 'Soins', 'Construction'] },
                { key: 'cv', type: 'yes_no', labelFr: 'Avez-vous un CV à jour ?', labelNl: 'Hebt u een actueel cv?', labelEn: 'Do you have an up-to-date CV?', required: false },
              ]
            : [],
        createdBy: staff,
        createdAt: new Date(startsAt.getTime() - 40 * 86_400_000),
        updatedAt: new Date(startsAt.getTime() - 40 * 86_400_000),
      })
      .returning();
    // The modules after this one (offers: exhibitors and their offers) find the fairs here.
    (demo.ids.events ??= []).push(e.id);
    if (p.kind === 'job_fair' && past) (demo.ids.jobFairs ??= []).push(e.id);
    if (orgs.length && p.kind !== 'internal') {
      const partners = [...new Set(Array.from({ length: p.kind === 'job_fair' ? 6 : 1 }, () => pick(orgs)))];
      await ctx.db.execute(
        sql`insert into event_partners (event_id, organisation_id) select ${e.id}, unnest(${`{${partners.join(',')}}`}::int[]) on conflict do nothing`,
      );
    }
    // Registrations, a few cancelled; who came was checked in at two desks; walk-ins counted at the door.
    const wanted = Math.round((p.capacity ?? 50) * p.fill * (past ? 1 : 0.6));
    const regRows: (typeof eventRegistrations.$inferInsert)[] = [];
    const usedPeople = new Set<number>();
    for (let i = 0; i < wanted; i++) {
      let personId: number | null = null;
      if (people.length && random() < 0.45) {
        const candidate = pick(people);
        if (!usedPeople.has(candidate)) {
          usedPeople.add(candidate);
          personId = candidate;
        }
      }
      const first = pick(FIRST);
      const last = pick(LAST);
      const createdAt = new Date(startsAt.getTime() - Math.floor(random() * 30 * 86_400_000) - 86_400_000);
      regRows.push({
        eventId: e.id,
        secret: newSecret(),
        status: random() < 0.05 ? 'cancelled' : 'registered',
        firstName: first,
        lastName: last,
        email: random() < 0.85 ? `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '') + '@example.org' : null,
        phone: random() < 0.5 ? `04${Math.floor(70 + random() * 29)} ${Math.floor(10 + random() * 89)} ${Math.floor(10 + random() * 89)} ${Math.floor(10 + random() * 89)}` : null,
        locale: random() < 0.7 ? 'fr' : random() < 0.8 ? 'nl' : 'en',
        consentAt: createdAt,
        personId,
        source: random() < 0.85 ? 'public' : 'desk',
        createdAt,
        createdBy: null,
      });
    }
    const inserted: { id: number; status: string }[] = [];
    for (let i = 0; i < regRows.length; i += 500)
      inserted.push(...(await ctx.db.insert(eventRegistrations).values(regRows.slice(i, i + 500)).returning({ id: eventRegistrations.id, status: eventRegistrations.status })));
    registrations += inserted.length;
    if (!past) continue;
    const minutes = (endsAt.getTime() - startsAt.getTime()) / 60_000;
    const checkRows: (typeof eventCheckins.$inferInsert)[] = inserted
      .filter((r) => r.status === 'registered' && random() < p.show)
      .map((r) => {
        const at = new Date(startsAt.getTime() + Math.floor(random() ** 2 * minutes * 0.7) * 60_000);
        return { eventId: e.id, registrationId: r.id, desk: random() < 0.5 ? 'Entrée A' : 'Entrée B', at, nonce: `demo-${e.id}-${r.id}`, method: random() < 0.9 ? 'qr' : 'name', receivedAt: at };
      });
    for (let i = 0; i < checkRows.length; i += 500) await ctx.db.insert(eventCheckins).values(checkRows.slice(i, i + 500));
    const doorRows: (typeof eventDoorCounts.$inferInsert)[] = [];
    for (let i = 0; i < p.walkIns; i++) {
      const at = new Date(startsAt.getTime() + Math.floor(random() * minutes * 0.9) * 60_000);
      const profiled = random() < 0.6;
      doorRows.push({
        eventId: e.id,
        device: pick(['Porte 1', 'Porte 2']),
        direction: 'in',
        at,
        nonce: `demo-door-${e.id}-${i}`,
        sex: profiled ? pick(DOOR_SEXES.slice(0, 2)) : null,
        ageBand: profiled ? pick(AGE_BANDS) : null,
        status: profiled ? pick(DOOR_STATUSES) : null,
        postalCode: profiled && random() < 0.5 ? pick(POSTCODES) : null,
      });
    }
    walkInsTotal += doorRows.length;
    for (let i = 0; i < doorRows.length; i += 500) await ctx.db.insert(eventDoorCounts).values(doorRows.slice(i, i + 500));
  }
  await ctx.audit.record(demo.actor, { action: 'events.demo_load', entityType: 'event', details: { events: plans.length, registrations, walkIns: walkInsTotal } });
}
