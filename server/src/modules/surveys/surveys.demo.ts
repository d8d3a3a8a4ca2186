import { eq } from 'drizzle-orm';
import type { DemoContext, ModuleContext } from '../../platform/module';
import { surveyAnswers, surveyResponses, surveys } from './surveys.table';
import { evaluateRules } from './surveys.screening';

const opt = (key: string, labelFr: string, labelNl: string, labelEn: string) => ({ key, labelFr, labelNl, labelEn });

/**
 * The staff party's satisfaction survey (every December, the last three years) and the Horeca fair's screening
 * form at the entrance (every March), with their answers.
 */
export async function loadSurveysDemo(ctx: ModuleContext, demo: DemoContext) {
  const { random, pick } = demo;
  const service = ctx.services.surveys;
  const thisYear = Number(demo.today.toISOString().slice(0, 4));
  const todayIso = demo.today.toISOString().slice(0, 10);
  let responses = 0;

  async function answerOn(surveyId: number, day: string, answers: { questionId: number; scale?: number; choices?: string[]; text?: string }[], matchedRules: number[] | null = null) {
    const [r] = await ctx.db.insert(surveyResponses).values({ surveyId, answeredOn: day, matchedRules }).returning({ id: surveyResponses.id });
    if (answers.length) await ctx.db.insert(surveyAnswers).values(answers.map((a) => ({ responseId: r.id, questionId: a.questionId, scale: a.scale ?? null, choices: a.choices ?? null, text: a.text ?? null })));
    responses++;
  }
  const scaleAround = (mean: number, max: number, min: number) => Math.max(min, Math.min(max, Math.round(mean + (random() - 0.5) * 3)));

  for (const year of [thisYear - 2, thisYear - 1, thisYear]) {
    const partyDay = `${year}-12-12`;
    if (partyDay > todayIso) continue;
    const s = await service.create(demo.actor, {
      titleFr: `Fête du personnel ${year} : votre avis`,
      titleNl: `Personeelsfeest ${year}: uw mening`,
      titleEn: `Staff party ${year}: your opinion`,
      subjectType: 'staff_party',
      subjectId: year,
      questions: [
        { kind: 'scale', scale: 5, textFr: 'Dans l’ensemble, avez-vous apprécié la fête ?', textNl: 'Vond u het feest in het algemeen geslaagd?', textEn: 'Overall, did you enjoy the party?' },
        { kind: 'scale', scale: 10, textFr: 'Recommanderiez-vous le lieu pour l’an prochain ?', textNl: 'Zou u de locatie aanraden voor volgend jaar?', textEn: 'Would you recommend the venue for next year?' },
        {
          kind: 'multiple',
          textFr: 'Qu’avez-vous préféré ?',
          textNl: 'Wat vond u het best?',
          textEn: 'What did you like best?',
          options: [opt('food', 'Le repas', 'De maaltijd', 'The food'), opt('music', 'La musique', 'De muziek', 'The music'), opt('quiz', 'Le quiz', 'De quiz', 'The quiz'), opt('colleagues', 'Les collègues', 'De collega’s', 'The colleagues')],
        },
        { kind: 'text', required: false, textFr: 'Une idée pour la prochaine fois ?', textNl: 'Een idee voor de volgende keer?', textEn: 'An idea for next time?' },
      ],
    });
    const [q1, q2, q3, q4] = s.questions;
    const n = 28 + Math.floor(random() * 14);
    const ideas = ['Un karaoké !', 'Plus de plats végétariens', 'Een dj tot middernacht', 'Commencer plus tôt', 'Meer Nederlandstalige quizvragen', 'Une photobooth'];
    for (let i = 0; i < n; i++) {
      const day = `${year}-12-${String(13 + Math.floor(random() * 6)).padStart(2, '0')}`;
      if (day > todayIso) continue;
      const liked = ['food', 'music', 'quiz', 'colleagues'].filter(() => random() < 0.45);
      await answerOn(s.id, day, [
        { questionId: q1.id, scale: scaleAround(year === thisYear - 1 ? 3.6 : 4.2, 5, 1) },
        { questionId: q2.id, scale: scaleAround(7.5, 10, 0) },
        { questionId: q3.id, choices: liked.length ? liked : ['colleagues'] },
        ...(random() < 0.25 ? [{ questionId: q4.id, text: pick(ideas) }] : []),
      ]);
    }
    if (year < thisYear) await ctx.db.update(surveys).set({ open: false, openedAt: new Date(`${year}-12-12T20:00:00Z`), closedAt: new Date(`${year}-12-31T12:00:00Z`) }).where(eq(surveys.id, s.id));
    else await service.open(demo.actor, s.id);
  }

  // The Horeca fair's screening at the entrance (one form, used every March).
  const screening = await service.create(demo.actor, {
    purpose: 'screening',
    titleFr: 'Salon Horeca : screening à l’entrée',
    titleNl: 'Horecabeurs: screening aan de ingang',
    titleEn: 'Horeca fair: screening at the entrance',
    subjectType: 'themed_fair',
    subjectId: 1,
    publicLink: false,
    matchMode: 'all',
    questions: [
      {
        kind: 'single',
        textFr: 'Quel métier vous intéresse ?',
        textNl: 'Welk beroep interesseert u?',
        textEn: 'Which job interests you?',
        options: [opt('cuisine', 'Cuisine', 'Keuken', 'Kitchen'), opt('salle', 'Service en salle', 'Bediening', 'Waiting'), opt('bar', 'Bar', 'Bar', 'Bar'), opt('hotel', 'Hôtellerie', 'Hotelwezen', 'Hotel')],
      },
      { kind: 'scale', scale: 5, textFr: 'Votre expérience dans l’horeca (1 = aucune, 5 = beaucoup)', textNl: 'Uw ervaring in de horeca (1 = geen, 5 = veel)', textEn: 'Your experience in hospitality (1 = none, 5 = a lot)' },
      {
        kind: 'multiple',
        textFr: 'Langues parlées',
        textNl: 'Gesproken talen',
        textEn: 'Languages spoken',
        options: [opt('fr', 'Français', 'Frans', 'French'), opt('nl', 'Néerlandais', 'Nederlands', 'Dutch'), opt('en', 'Anglais', 'Engels', 'English')],
      },
    ],
  });
  const [job, experience, languages] = screening.questions;
  const rule = (conditions: { questionId: number; op: 'equals' | 'includes' | 'at_least' | 'at_most'; value: string | number }[], fr: string, nl: string, en: string) =>
    service.screening.createRule(demo.actor, screening.id, { conditions, targetFr: fr, targetNl: nl, targetEn: en });
  const rules = [
    await rule([{ questionId: job.id, op: 'equals', value: 'cuisine' }, { questionId: experience.id, op: 'at_least', value: 3 }], 'Stand 12 – Cuisine (employeurs)', 'Stand 12 – Keuken (werkgevers)', 'Stand 12 – Kitchen (employers)'),
    await rule([{ questionId: job.id, op: 'equals', value: 'cuisine' }, { questionId: experience.id, op: 'at_most', value: 2 }], 'Formation commis de cuisine (stand 3)', 'Opleiding hulpkok (stand 3)', 'Kitchen assistant training (stand 3)'),
    await rule([{ questionId: job.id, op: 'equals', value: 'salle' }], 'Stand 8 – Service en salle', 'Stand 8 – Bediening', 'Stand 8 – Waiting'),
    await rule([{ questionId: job.id, op: 'equals', value: 'bar' }], 'Stand 9 – Bars et cafés', 'Stand 9 – Bars en cafés', 'Stand 9 – Bars and cafés'),
    await rule([{ questionId: job.id, op: 'equals', value: 'hotel' }], 'Stand 15 – Hôtels bruxellois', 'Stand 15 – Brusselse hotels', 'Stand 15 – Brussels hotels'),
    await rule([{ questionId: languages.id, op: 'includes', value: 'nl' }], 'Stand 20 – Offres bilingues', 'Stand 20 – Tweetalige vacatures', 'Stand 20 – Bilingual offers'),
  ];
  const ruleRows = await service.screening.rulesOf(screening.id);
  for (const year of [thisYear - 2, thisYear - 1, thisYear]) {
    for (const dayOfMonth of ['17', '18']) {
      const day = `${year}-03-${dayOfMonth}`;
      if (day > todayIso) continue;
      const n = 60 + Math.floor(random() * 40);
      for (let i = 0; i < n; i++) {
        const spoken = ['fr', 'nl', 'en'].filter((l, k) => (k === 0 ? random() < 0.85 : random() < 0.35));
        const answers = [
          { questionId: job.id, choices: [pick(['cuisine', 'cuisine', 'salle', 'salle', 'bar', 'hotel'])] },
          { questionId: experience.id, scale: 1 + Math.floor(random() * 5) },
          { questionId: languages.id, choices: spoken.length ? spoken : ['fr'] },
        ];
        await answerOn(screening.id, day, answers, evaluateRules(ruleRows, answers, 'all').map((r) => r.id));
      }
    }
  }
  await service.open(demo.actor, screening.id);
  await ctx.audit.record(demo.actor, { action: 'surveys.demo_load', entityType: 'survey', details: { responses, rules: rules.length } });
}
