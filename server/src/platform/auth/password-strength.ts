import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import { addMessages, type Locale } from '../i18n/messages';

/**
 * How strong a password is, estimated by zxcvbn-ts (dictionaries of common passwords, English,
 * French and Belgian Dutch words and names, keyboard patterns, dates, repeats) against the account's
 * own e-mail and name. A password is accepted from MIN_PASSWORD_LENGTH characters and MIN_PASSWORD_SCORE.
 */
export const MIN_PASSWORD_LENGTH = 12;
/** zxcvbn score, 0 (guessable in a few tries) to 4: 3 is "safely unguessable" for an online attacker (about 10^8 guesses). */
export const MIN_PASSWORD_SCORE = 3;

// zxcvbn and its dictionaries (about 50 MB of memory) are loaded on the first password to judge, not at start:
// most processes never judge one (the server judges one at setup, account creation and password changes).
let factory: Promise<ZxcvbnFactory> | undefined;
function zxcvbn(): Promise<ZxcvbnFactory> {
  factory ??= loadZxcvbn().catch((err: unknown) => {
    factory = undefined;
    throw err;
  });
  return factory;
}

// zxcvbn's own feedback, in the three languages: its warnings and suggestions become catalog messages.
const sentence = (v: string) => (/[.!?]$/.test(v.trim()) ? v.trim() : `${v.trim()}.`);
const feedbackCatalog = (t: { warnings: Record<string, string>; suggestions: Record<string, string> }) => ({
  ...Object.fromEntries(Object.entries(t.warnings).map(([k, v]) => [`password.warning.${k}`, sentence(v)])),
  ...Object.fromEntries(Object.entries(t.suggestions).map(([k, v]) => [`password.suggestion.${k}`, sentence(v)])),
});

async function loadZxcvbn(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, en, fr, nlBe] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-fr'),
    import('@zxcvbn-ts/language-nl-be'),
  ]);
  // Before any verdict is sent: its reason and suggestions name these messages.
  addMessages({ fr: feedbackCatalog(fr.translations), nl: feedbackCatalog(nlBe.translations), en: feedbackCatalog(en.translations) } satisfies Record<Locale, Record<string, string>>);
  // (the dictionaries take a moment to rank)
  return new ZxcvbnFactory({
    dictionary: {
      ...common.dictionary,
      ...en.dictionary,
      ...fr.dictionary,
      // The Dutch package names its lists without a language suffix: give them one, so that none overrides another.
      ...Object.fromEntries(Object.entries(nlBe.dictionary).map(([name, words]) => [`${name}-nl`, words])),
    },
    graphs: common.adjacencyGraphs,
    useLevenshteinDistance: false,
  });
}

export interface PasswordVerdict {
  ok: boolean;
  score: number;
  /** catalog key of the first reason to refuse it (too short, a common password, your own name...) */
  reason?: string;
  params?: Record<string, unknown>;
  /** catalog keys of zxcvbn's suggestions */
  suggestions: string[];
}

/** The words of the account (its e-mail, the parts of the e-mail and of the name) that a password must not lean on. */
export function userInputsOf(user: { email?: string | null; name?: string | null }): string[] {
  const words = new Set<string>();
  for (const v of [user.email, user.name]) {
    if (!v) continue;
    const lower = v.toLowerCase().trim();
    words.add(lower);
    for (const part of lower.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

export async function judgePassword(password: string, userInputs: string[] = []): Promise<PasswordVerdict> {
  if (password.trim().length < MIN_PASSWORD_LENGTH)
    return { ok: false, score: 0, reason: 'error.password_too_short', params: { min: MIN_PASSWORD_LENGTH }, suggestions: [] };
  const result: ZxcvbnResult = (await zxcvbn()).check(password, userInputs);
  const suggestions = result.feedback.suggestions.map((s) => `password.suggestion.${s}`);
  if (result.score >= MIN_PASSWORD_SCORE) return { ok: true, score: result.score, suggestions };
  const warning = result.feedback.warning;
  return {
    ok: false,
    score: result.score,
    reason: warning ? `password.warning.${warning}` : 'error.password_too_weak',
    suggestions,
  };
}
