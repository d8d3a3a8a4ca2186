import type { DemoContext, ModuleContext } from '../../platform/module';
import { AppError } from '../../platform/http/errors';
import { brusselsDay, brusselsInstant, isoWeekday, nextDay } from '../../platform/brussels-time';

const PURPOSES = [
  'Bilan des démarches',
  'Recherche d’emploi adaptée',
  'Inscription chez Actiris',
  'Orientation vers une formation',
  'Prise de rendez-vous chez un partenaire',
  'Aide administrative (CPAS, mutuelle)',
];

/**
 * The job desk at the Espace Social Télé-Service (Wednesday mornings, 30-minute slots) and the social
 * worker's consultations at the Maison de l'Emploi, with appointments over the past four months and the next three weeks.
 */
export async function loadAppointmentsDemo(ctx: ModuleContext, demo: DemoContext) {
  const svc = ctx.services.appointments;
  const [maisonId, teleServiceId] = demo.ids.sites ?? [];
  const socialWorker = demo.usersByRole.social_worker;
  const people = demo.ids.people ?? [];
  if (!teleServiceId || !socialWorker || people.length === 0) return;

  const desks = [
    await svc.createDesk(demo.actor, {
      siteId: teleServiceId,
      name: 'Permanence emploi',
      staffUserId: socialWorker,
      slotMinutes: 30,
      hours: [{ weekday: 3, from: '09:00', to: '12:00' }],
    }),
  ];
  if (maisonId)
    desks.push(
      await svc.createDesk(demo.actor, {
        siteId: maisonId,
        name: 'Consultations sociales',
        staffUserId: socialWorker,
        slotMinutes: 45,
        hours: [
          { weekday: 2, from: '13:30', to: '16:30' },
          { weekday: 4, from: '09:00', to: '12:00' },
        ],
      }),
    );
  demo.ids.appointmentDesks = desks.map((d) => d.id);

  const today = brusselsDay(demo.today);
  const start = new Date(demo.today);
  start.setUTCDate(start.getUTCDate() - 120);
  const end = new Date(demo.today);
  end.setUTCDate(end.getUTCDate() + 21);
  const ids: number[] = [];
  for (let day = brusselsDay(start); day <= brusselsDay(end); day = nextDay(day)) {
    for (const desk of desks) {
      for (const period of desk.hours.filter((p) => p.weekday === isoWeekday(day))) {
        const [h, m] = period.from.split(':').map(Number);
        const [eh, em] = period.to.split(':').map(Number);
        for (let t = h * 60 + m; t + desk.slotMinutes <= eh * 60 + em; t += desk.slotMinutes) {
          if (demo.random() < (day < today ? 0.35 : 0.55)) continue;
          const hhmm = `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
          try {
            const a = await svc.book(demo.actor, {
              deskId: desk.id,
              personId: demo.pick(people),
              startsAt: brusselsInstant(day, hhmm),
              purpose: demo.random() < 0.8 ? demo.pick(PURPOSES) : null,
            });
            ids.push(a.id);
            if (day < today) {
              const r = demo.random();
              if (r < 0.1) await svc.cancel(demo.actor, a.id, demo.random() < 0.5 ? 'Prévenu par téléphone' : null);
              else await svc.setOutcome(demo.actor, a.id, r < 0.27 ? 'no_show' : 'attended');
            } else if (demo.random() < 0.05) {
              await svc.cancel(demo.actor, a.id, 'Empêchement');
            }
          } catch (err) {
            // A person drawn twice for overlapping times: leave the slot free.
            if (!(err instanceof AppError && err.status === 409)) throw err;
          }
        }
      }
    }
  }
  demo.ids.appointments = ids;
}
