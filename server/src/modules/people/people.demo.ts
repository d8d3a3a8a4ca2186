import type { DemoContext, ModuleContext } from '../../platform/module';
import { FIRST_NAMES_F, FIRST_NAMES_M, LANGUAGES, LAST_NAMES, NEIGHBOURHOODS } from '../../demo/names';
import { BRUSSELS_COMMUNES } from './communes';
import { PROFESSIONAL_STATUSES, STUDY_LEVELS } from './people.table';

/** About 300 fictional people, most living in Brussels-City, first met over the last four years. */
export async function loadPeopleDemo(ctx: ModuleContext, demo: DemoContext, count = 300) {
  const { random, pick } = demo;
  const ids: number[] = [];
  const year = demo.today.getUTCFullYear();
  for (let i = 0; i < count; i++) {
    const female = random() < 0.48;
    const gender = random() < 0.03 ? 'X' : random() < 0.04 ? 'unspecified' : female ? 'F' : 'M';
    const age = 18 + Math.floor(random() * 47);
    const birth = new Date(Date.UTC(year - age, Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
    const inCity = random() < 0.6;
    const commune = inCity ? BRUSSELS_COMMUNES.find((c) => c.fr === 'Bruxelles')! : pick(BRUSSELS_COMMUNES);
    const firstContact = new Date(Date.UTC(year - Math.floor(random() * 4), Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
    const p = await ctx.services.people.create(demo.actor, {
      firstName: female ? pick(FIRST_NAMES_F) : pick(FIRST_NAMES_M),
      lastName: pick(LAST_NAMES),
      birthDate: random() < 0.9 ? birth.toISOString().slice(0, 10) : null,
      gender: gender as 'F',
      studyLevel: pick(STUDY_LEVELS),
      professionalStatus: random() < 0.55 ? 'job_seeker_actiris' : pick(PROFESSIONAL_STATUSES),
      postalCode: random() < 0.92 ? pick(commune.postalCodes) : pick(['1700', '1800', '1930', '1410']),
      neighbourhood: inCity ? pick(NEIGHBOURHOODS) : null,
      phone: random() < 0.8 ? `04${Math.floor(70 + random() * 29)} ${String(Math.floor(random() * 1e6)).padStart(6, '0')}` : null,
      languages: [pick(LANGUAGES), ...(random() < 0.5 ? ['fr'] : [])],
      firstContactDate: firstContact > demo.today ? demo.today.toISOString().slice(0, 10) : firstContact.toISOString().slice(0, 10),
      confirmNotDuplicate: true,
      consents: ['data_processing'],
    });
    ids.push(p.id);
  }
  demo.ids.people = ids;
}
