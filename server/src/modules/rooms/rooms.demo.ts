import type { DemoContext, ModuleContext } from '../../platform/module';
import { AppError } from '../../platform/http/errors';
import { brusselsDay, brusselsInstant, isoWeekday } from '../../platform/brussels-time';
import { addDays, type Caller } from './rooms.core';

const ROOMS = [
  { name: 'Salle Familia', capacity: 30, equipment: ['projector', 'interactive_screen'] as const, halfDayPriceCents: 6000, dayPriceCents: 10000, accessNotes: 'Rez-de-chaussée, accessible en chaise roulante.' },
  { name: 'Salle Horizon', capacity: 20, equipment: ['projector', 'video_conference'] as const, halfDayPriceCents: 5000, dayPriceCents: 8500, accessNotes: '1er étage, ascenseur.' },
  { name: 'Salle Atelier', capacity: 16, equipment: ['interactive_screen'] as const, halfDayPriceCents: 4000, dayPriceCents: 7000, accessNotes: '1er étage, tables modulables.' },
  { name: 'Salle Réunion 1', capacity: 8, equipment: ['video_conference'] as const, halfDayPriceCents: 2500, dayPriceCents: 4000, accessNotes: '2e étage.' },
  { name: 'EPN', capacity: 12, equipment: ['projector', 'pcs'] as const, halfDayPriceCents: 7000, dayPriceCents: 12000, accessNotes: 'Espace Public Numérique, 10 PC. Rez-de-chaussée.' },
];

const OUTSIDE_BODIES = ['Atelier des Langues asbl', 'Centre Culturel du Canal (fictif)'];

/**
 * Room bookings of the last full year and of this one (about 470 confirmed a year, as in the 2022 report) and the
 * weeks ahead: weekly French courses by an outside body, partner meetings, trainings and one-off rentals.
 */
export async function loadRoomsDemo(ctx: ModuleContext, demo: DemoContext) {
  const { random, pick } = demo;
  const rooms = ctx.services.rooms;
  const logistics: Caller = { userId: demo.usersByRole.logistics ?? demo.actor.userId, name: 'demo', roles: ['logistics'] };
  const roomIds: Record<string, number> = {};
  for (const r of ROOMS) roomIds[r.name] = (await rooms.createRoom(demo.actor, { ...r, equipment: [...r.equipment], photoUrl: null, siteId: null })).id;
  demo.ids.rooms = Object.values(roomIds);

  const existing = [...(await ctx.services.organisations.list({ includeInactive: true }))];
  const orgId = async (name: string) => {
    const o = existing.find((x) => x.name === name);
    if (o) return o.id;
    const created = await ctx.services.organisations.create(demo.actor, { name, type: 'association', isInternalPartner: false, active: true });
    existing.push(created);
    return created.id;
  };
  const langues = await orgId(OUTSIDE_BODIES[0]);
  const culturel = await orgId(OUTSIDE_BODIES[1]);
  const byName = (n: string) => existing.find((o) => o.name.startsWith(n))?.id ?? null;
  const actiris = byName('Actiris');
  const missionLocale = byName('Mission Locale');
  const cpas = byName('CPAS');
  const interface3 = byName('Interface3');
  const others = existing.filter((o) => o.active).map((o) => o.id);
  for (const id of [actiris, missionLocale, langues, interface3].filter((x): x is number => x !== null))
    await rooms.setOrganisationSettings(demo.actor, id, { showPublicly: true });
  await rooms.setOrganisationSettings(demo.actor, culturel, { freeOfCharge: true });

  const today = brusselsDay(demo.today);
  // The last full year, this one, and two months ahead.
  const start = demo.firstDay;
  const end = addDays(today, 60);
  const span = demo.days.length + 60;
  const untilOf = (d: string) => d.replace(/-/g, '');
  const firstWeekday = (wd: number) => {
    let d = start;
    while (isoWeekday(d) !== wd) d = addDays(d, 1);
    return d;
  };
  const schoolYear = 'BYMONTH=1,2,3,4,5,6,9,10,11,12';
  const series = [
    { roomId: roomIds['Salle Familia'], wd: 2, rule: `FREQ=WEEKLY;BYDAY=TU,TH;${schoolYear}`, startTime: '09:00', endTime: '12:00', organisationId: langues, purpose: 'Cours de français langue étrangère (FLE)', attendees: 18 },
    { roomId: roomIds['Salle Atelier'], wd: 3, rule: `FREQ=WEEKLY;BYDAY=WE;${schoolYear}`, startTime: '13:30', endTime: '16:00', organisationId: langues, purpose: 'Conversation en français', attendees: 12 },
    { roomId: roomIds['Salle Réunion 1'], wd: 1, rule: 'FREQ=WEEKLY;BYDAY=MO', startTime: '09:30', endTime: '11:30', organisationId: actiris, purpose: "Réunion d'équipe partenaires", attendees: 6 },
    { roomId: roomIds['Salle Horizon'], wd: 4, rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', startTime: '14:00', endTime: '16:00', organisationId: missionLocale, purpose: 'Séance d’information collective', attendees: 15 },
    { roomId: roomIds['Salle Horizon'], wd: 5, rule: 'FREQ=MONTHLY;BYDAY=1FR', startTime: '09:00', endTime: '12:00', organisationId: cpas, purpose: 'Réunion de coordination', attendees: 12 },
    { roomId: roomIds['EPN'], wd: 5, rule: `FREQ=WEEKLY;BYDAY=FR;${schoolYear}`, startTime: '09:00', endTime: '12:30', organisationId: interface3, purpose: 'Atelier numérique pour femmes', attendees: 10 },
  ];
  // A series holds at most 200 dates: the period is split in spans of 180 days.
  const spans: [string, string][] = [];
  for (let from = start; from <= end; from = addDays(from, 180)) spans.push([from, addDays(from, 179) < end ? addDays(from, 179) : end]);
  for (const s of series) {
    for (const [spanStart, to] of spans) {
      let from = spanStart === start ? firstWeekday(s.wd) : spanStart;
      while (isoWeekday(from) !== s.wd) from = addDays(from, 1);
      if (from > to) continue;
      try {
        await rooms.createSeries(logistics, {
          roomId: s.roomId,
          firstDay: from,
          startTime: s.startTime,
          endTime: s.endTime,
          rrule: `${s.rule};UNTIL=${untilOf(to)}`,
          skipConflicts: true,
          organisationId: s.organisationId,
          purpose: s.purpose,
          attendees: s.attendees,
          contactName: null,
        });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
      }
    }
  }

  // One-off rentals and meetings.
  const slots = [
    ['09:00', '12:00'],
    ['13:30', '16:30'],
    ['09:00', '16:30'],
    ['10:00', '12:00'],
    ['14:00', '16:00'],
  ] as const;
  const purposes = ['Formation', 'Réunion', 'Jury de sélection', 'Séance d’information', 'Atelier CV', 'Assemblée générale', 'Entretiens de recrutement'];
  const roomList = Object.values(roomIds);
  let made = 0;
  const wanted = Math.round((250 * span) / 424);
  for (let i = 0; i < wanted * 3 && made < wanted; i++) {
    const day = addDays(start, Math.floor(random() * span));
    if (isoWeekday(day) > 5) continue;
    // fewer rentals in summer and at Christmas
    if (random() > demo.season(Number(day.slice(5, 7)))) continue;
    const [from, to] = pick(slots);
    const future = day > today;
    try {
      await rooms.createBooking(logistics, {
        roomId: pick(roomList),
        startsAt: brusselsInstant(day, from),
        endsAt: brusselsInstant(day, to),
        organisationId: random() < 0.9 ? pick(others) : culturel,
        purpose: pick(purposes),
        attendees: 4 + Math.floor(random() * 4),
        status: future && random() < 0.3 ? 'requested' : 'confirmed',
      });
      made++;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
    }
  }

  // A few requests from the public form, waiting for logistics.
  const requests = [
    { organisation: 'Comité de quartier Anneessens', contactName: 'Samira El Idrissi', purpose: 'Assemblée des habitants', attendees: 25, room: 'Salle Familia' },
    { organisation: 'Club d’échecs du Canal', contactName: 'Piotr Nowak', purpose: 'Tournoi des jeunes', attendees: 14, room: 'Salle Atelier' },
    { organisation: 'Atelier théâtre Vivre Ensemble', contactName: 'Julie Lambert', purpose: 'Répétition', attendees: 8, room: 'Salle Horizon' },
  ];
  for (const [i, r] of requests.entries()) {
    let day = addDays(today, 8 + i * 3);
    while (isoWeekday(day) > 5) day = addDays(day, 1);
    try {
      await rooms.submitPublicRequest('demo', {
        roomId: roomIds[r.room],
        date: day,
        startTime: '13:30',
        endTime: '16:00',
        organisation: r.organisation,
        contactName: r.contactName,
        contactEmail: `demande${i + 1}@example.org`,
        purpose: r.purpose,
        attendees: r.attendees,
      });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
    }
  }
}
