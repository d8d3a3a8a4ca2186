import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../app/mutation';
import { call, client, type ApiBody, type ApiQuery, type Schema } from '../../app/api';

export type EmployerSpace = Schema<'MatchingEmployerSpace'>;
export type EmployerCandidate = Schema<'MatchingEmployerCandidate'>;
export type Reveal = Schema<'MatchingReveal'>;
export type PartnerSpace = Schema<'MatchingPartnerSpace'>;

const keys = {
  employer: (token: string) => ['matching', 'employer', token] as const,
  partner: (token: string) => ['matching', 'partner', token] as const,
};

export const useEmployerSpace = (token: string) =>
  useQuery({ queryKey: keys.employer(token), queryFn: () => call(client.GET('/api/public/matching/{token}', { params: { path: { token } } })), retry: false });

export function useAskToMeet(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call(client.POST('/api/public/matching/{token}/candidates/{id}/meet', { params: { path: { token, id } } })),
    onSuccess: (c) => qc.setQueryData(keys.employer(token), (old: EmployerSpace | undefined) => (old ? { ...old, candidates: old.candidates.map((x) => (x.matchId === c.matchId ? c : x)) } : old)),
  });
}

export const useReveal = (token: string) => useMutation({ mutationFn: (id: number) => call(client.POST('/api/public/matching/{token}/candidates/{id}/reveal', { params: { path: { token, id } } })) });

export const usePartnerSpace = (token: string) =>
  useQuery({ queryKey: keys.partner(token), queryFn: () => call(client.GET('/api/public/matching/appointments/{token}', { params: { path: { token } } })), retry: false });

export function usePartnerAnswer(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { confirmed?: boolean; outcome?: 'kept' | 'missed' | 'rescheduled' }) => call(client.POST('/api/public/matching/appointments/{token}', { params: { path: { token } }, body })),
    onSuccess: (s) => qc.setQueryData(keys.partner(token), s),
  });
}

// ---------- staff ----------
export type Skill = Schema<'MatchingSkill'>;
export type Profile = Schema<'MatchingProfile'>;
export type Criterion = Schema<'MatchingCriterion'>;
export type Candidates = Schema<'MatchingCandidates'>;
export type Match = Schema<'MatchingMatch'>;
export type Circle = Schema<'MatchingCircle'>;
export type Case = Schema<'MatchingCase'>;
export type MatchingStats = Schema<'MatchingStats'>;
export type ProfileBody = ApiBody<'/api/matching/profiles', 'post'>;
export type ProfilePatch = ApiBody<'/api/matching/profiles/{id}', 'patch'>;
export type MatchesQuery = ApiQuery<'/api/matching/matches'>;

export const JOB_FAMILIES = ['horeca', 'cleaning', 'logistics', 'retail', 'care', 'construction', 'security', 'administration', 'it'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const DAYPARTS = ['morning', 'afternoon', 'evening', 'night'] as const;
export const TRANSPORTS = ['walk', 'bike', 'public_transport', 'car'] as const;
export const PROGRAMMES = ['over_50', 'youthstart', 'jobroad'] as const;
export const MATCH_STATUSES = ['proposed', 'meet_requested', 'agreed', 'declined', 'meeting_planned', 'closed', 'withdrawn'] as const;
export const OUTCOMES = ['hired', 'not_hired', 'no_show'] as const;
export const NOT_HIRED_REASONS = ['skills', 'language', 'availability', 'travel', 'candidate_declined', 'position_filled', 'other'] as const;
export const FOLLOW_UPS = ['in_job', 'other_job', 'training', 'looking', 'lost_contact'] as const;
export const CIRCLE_KINDS = ['circle', 'workshop', 'job_sur_mesure'] as const;
export const SOLUTION_KINDS = ['training', 'job', 'social_help', 'language_course', 'housing', 'health', 'administrative', 'other'] as const;
export const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const EQUALITY_GROUPS = ['woman', 'over_50', 'under_26', 'foreign_origin', 'disability', 'single_parent'] as const;
export const APPOINTMENT_OUTCOMES = ['kept', 'missed', 'rescheduled'] as const;

const staff = {
  skills: ['matching', 'skills'] as const,
  profiles: ['matching', 'profiles'] as const,
  candidates: (offerId: number) => ['matching', 'candidates', offerId] as const,
  matches: (q: MatchesQuery) => ['matching', 'matches', q] as const,
  circles: ['matching', 'circles'] as const,
  circle: (id: number) => ['matching', 'circle', id] as const,
};
const invalidateAll = (qc: ReturnType<typeof useQueryClient>) => qc.invalidateQueries({ queryKey: ['matching'] });

export const useSkills = () => useQuery({ queryKey: staff.skills, queryFn: () => call(client.GET('/api/matching/skills', { params: { query: {} } })), staleTime: 300_000 });

/** The latest changed profiles (up to 500). */
export const useProfiles = () =>
  useQuery({ queryKey: staff.profiles, queryFn: () => call(client.GET('/api/matching/profiles', { params: { query: { limit: 500, offset: 0 } } })) });

/** A person's own profile (or null): found by the person, not by scanning the list. */
export const useProfileOf = (personId: number) =>
  useQuery({
    queryKey: [...staff.profiles, 'person', personId],
    queryFn: async () => (await call(client.GET('/api/matching/profiles', { params: { query: { personId, limit: 1, offset: 0 } } }))).items[0] ?? null,
  });

/** The whole catalogue, retired skills too when asked (for its editor). */
export const useSkillsCatalogue = (includeInactive: boolean) =>
  useQuery({ queryKey: [...staff.skills, 'all', includeInactive], queryFn: () => call(client.GET('/api/matching/skills', { params: { query: includeInactive ? { includeInactive: 'true' } : {} } })) });
export function useSaveSkill() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: ApiBody<'/api/matching/skills', 'post'> | ApiBody<'/api/matching/skills/{id}', 'patch'> }) =>
      id ? call(client.PATCH('/api/matching/skills/{id}', { params: { path: { id } }, body: body as ApiBody<'/api/matching/skills/{id}', 'patch'> })) : call(client.POST('/api/matching/skills', { body: body as ApiBody<'/api/matching/skills', 'post'> })),
    onSuccess: () => qc.invalidateQueries({ queryKey: staff.skills }),
  });
}

/** The open offers for one candidate, best first (the reverse of an offer's candidates). */
export const useOffersFor = (profileId: number | undefined) =>
  useQuery({
    queryKey: ['matching', 'offers-for', profileId],
    queryFn: () => call(client.GET('/api/matching/profiles/{id}/offers', { params: { path: { id: profileId! }, query: { limit: 20 } } })),
    enabled: !!profileId,
  });

export const useCases = (query: ApiQuery<'/api/matching/cases'>) => useQuery({ queryKey: ['matching', 'cases', query], queryFn: () => call(client.GET('/api/matching/cases', { params: { query } })) });
export function useUpdateCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ApiBody<'/api/matching/cases/{id}', 'patch'> }) => call(client.PATCH('/api/matching/cases/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidateAll(qc),
  });
}
export function useCaseFollowUp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ApiBody<'/api/matching/cases/{id}/follow-up', 'post'> }) => call(client.POST('/api/matching/cases/{id}/follow-up', { params: { path: { id } }, body })),
    onSuccess: () => invalidateAll(qc),
  });
}
export function useUpdateCircle() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ApiBody<'/api/matching/circles/{id}', 'patch'> }) => call(client.PATCH('/api/matching/circles/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidateAll(qc),
  });
}
export function useAttendance(circleId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/matching/circles/{id}/attendance', 'post'>) => call(client.POST('/api/matching/circles/{id}/attendance', { params: { path: { id: circleId } }, body })),
    onSuccess: (c) => qc.setQueryData(staff.circle(circleId), c),
  });
}
export function useAppointmentOutcome() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, outcome }: { id: number; outcome: 'kept' | 'missed' | 'rescheduled' }) => call(client.POST('/api/matching/appointments/{id}/outcome', { params: { path: { id } }, body: { outcome } })),
    onSuccess: () => invalidateAll(qc),
  });
}
export function useRevokeAppointmentLink() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call(client.DELETE('/api/matching/appointments/{id}/link', { params: { path: { id } } })).then(() => null),
    onSuccess: () => invalidateAll(qc),
  });
}

export function useSaveProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: ProfileBody | ProfilePatch }) =>
      id ? call(client.PATCH('/api/matching/profiles/{id}', { params: { path: { id } }, body: body as ProfilePatch })) : call(client.POST('/api/matching/profiles', { body: body as ProfileBody })),
    onSuccess: () => invalidateAll(qc),
  });
}
export function useProfileConsent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, give }: { id: number; give: boolean }) =>
      give ? call(client.POST('/api/matching/profiles/{id}/consent', { params: { path: { id } } })) : call(client.POST('/api/matching/profiles/{id}/withdraw', { params: { path: { id } } })),
    onSuccess: () => invalidateAll(qc),
  });
}

export const useOfferRequirement = (offerId: number) =>
  useQuery({ queryKey: ['matching', 'requirement', offerId], queryFn: () => call(client.GET('/api/matching/offers/{offerId}/requirements', { params: { path: { offerId } } })) });

export const useCandidates = (offerId: number, programme: (typeof PROGRAMMES)[number] | '') =>
  useQuery({
    queryKey: [...staff.candidates(offerId), programme],
    queryFn: () => call(client.GET('/api/matching/offers/{offerId}/candidates', { params: { path: { offerId }, query: { limit: 50, ...(programme ? { programme } : {}) } } })),
    placeholderData: keepPreviousData,
  });

export function usePropose() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: { offerId: number; profileId: number }) => call(client.POST('/api/matching/matches', { body })), onSuccess: () => invalidateAll(qc) });
}
export function useEmployerLink(offerId: number) {
  return useMutation({
    mutationFn: (action: 'create' | 'revoke') =>
      action === 'create'
        ? call(client.POST('/api/matching/offers/{offerId}/link', { params: { path: { offerId } }, body: {} }))
        : call(client.DELETE('/api/matching/offers/{offerId}/link', { params: { path: { offerId } } })).then(() => null),
  });
}

export const useMatches = (q: MatchesQuery) =>
  useQuery({ queryKey: staff.matches(q), queryFn: () => call(client.GET('/api/matching/matches', { params: { query: q } })), placeholderData: keepPreviousData });

type MatchStep =
  | { step: 'introduction'; body: ApiBody<'/api/matching/matches/{id}/introduction', 'post'> }
  | { step: 'meeting'; body: ApiBody<'/api/matching/matches/{id}/meeting', 'post'> }
  | { step: 'outcome'; body: ApiBody<'/api/matching/matches/{id}/outcome', 'post'> }
  | { step: 'follow-up'; body: ApiBody<'/api/matching/matches/{id}/follow-up', 'post'> };
export function useMatchStep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, s }: { id: number; s: MatchStep }) => {
      const path = { params: { path: { id } } };
      switch (s.step) {
        case 'introduction':
          return call(client.POST('/api/matching/matches/{id}/introduction', { ...path, body: s.body }));
        case 'meeting':
          return call(client.POST('/api/matching/matches/{id}/meeting', { ...path, body: s.body }));
        case 'outcome':
          return call(client.POST('/api/matching/matches/{id}/outcome', { ...path, body: s.body }));
        default:
          return call(client.POST('/api/matching/matches/{id}/follow-up', { ...path, body: s.body }));
      }
    },
    onSuccess: () => invalidateAll(qc),
  });
}

export const useCircles = () => useQuery({ queryKey: staff.circles, queryFn: () => call(client.GET('/api/matching/circles')) });
export const useCircle = (id: number) => useQuery({ queryKey: staff.circle(id), queryFn: () => call(client.GET('/api/matching/circles/{id}', { params: { path: { id } } })) });
export function useSaveCircle() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: ApiBody<'/api/matching/circles', 'post'>) => call(client.POST('/api/matching/circles', { body })), onSuccess: () => invalidateAll(qc) });
}
export function useCircleHeld() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: number) => call(client.POST('/api/matching/circles/{id}/held', { params: { path: { id } } })), onSuccess: () => invalidateAll(qc) });
}
export function useAddCase() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: ApiBody<'/api/matching/cases', 'post'>) => call(client.POST('/api/matching/cases', { body })), onSuccess: () => invalidateAll(qc) });
}
export function useAddSolution() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ApiBody<'/api/matching/cases/{id}/solutions', 'post'> }) => call(client.POST('/api/matching/cases/{id}/solutions', { params: { path: { id } }, body })),
    onSuccess: () => invalidateAll(qc),
  });
}
export function useAddAppointment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ApiBody<'/api/matching/cases/{id}/appointments', 'post'> }) => call(client.POST('/api/matching/cases/{id}/appointments', { params: { path: { id } }, body })),
    onSuccess: () => invalidateAll(qc),
  });
}

export const useMatchingStats = (query: ApiQuery<'/api/matching/stats'>) =>
  useQuery({ queryKey: ['matching', 'stats', query], queryFn: () => call(client.GET('/api/matching/stats', { params: { query } })), placeholderData: keepPreviousData });

/** The languages most asked for in Brussels, by ISO code (names from Intl in the UI language). */
export const LANGUAGE_CODES = ['fr', 'nl', 'en', 'de', 'ar', 'es', 'it', 'pt', 'tr', 'pl', 'ro'] as const;
export const languageName = (code: string, lang: string) => {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};
/** A text given in French, Dutch and maybe English, in a language (French when it lacks). */
export const inLanguage = (texts: { fr: string; nl: string; en?: string | null }, lang: string) => (lang === 'nl' ? texts.nl : lang === 'en' ? (texts.en ?? texts.fr) : texts.fr) || texts.fr;

export const useOpenOffers = () =>
  useQuery({ queryKey: ['matching', 'open-offers'], queryFn: () => call(client.GET('/api/offers', { params: { query: { status: 'published', limit: 100, offset: 0 } } })) });
