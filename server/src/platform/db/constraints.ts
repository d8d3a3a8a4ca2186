import { addMessages } from '../i18n/messages';

/**
 * What a violated database constraint means to the user. The database guards the rules (unique indexes,
 * exclusion constraints, foreign keys, checks); each module registers, per constraint name, the catalog key
 * of its own message, and the error handler answers with it. A constraint nobody registered gets a generic
 * message by its kind (unique, overlap, reference).
 */
export interface ConstraintMessage {
  /** catalog key of the message (`error.*`), in the module's own catalog */
  code: string;
  /** HTTP status of the answer: 409 by default (the request clashes with what is stored) */
  status: number;
}

const registered = new Map<string, ConstraintMessage>();

/** A module says what the violation of one of its constraints means, e.g. `registerConstraintMessage('socialdesk_one_open_followup', 'error.socialdesk.followup_open')`. */
export function registerConstraintMessage(constraint: string, code: string, opts: { status?: number } = {}): void {
  registered.set(constraint, { code, status: opts.status ?? 409 });
}

/** The SQLSTATE and constraint name of a database error, whichever driver raised it and however Drizzle wrapped it (err.cause). */
export function dbError(err: unknown): { code?: string; constraint?: string } {
  let e = err as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined;
  for (let i = 0; e && typeof e === 'object' && i < 5; i++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return { code: e.code, constraint: typeof e.constraint === 'string' ? e.constraint : undefined };
    e = e.cause as typeof e;
  }
  return {};
}

/** SQLSTATEs of integrity violations with a generic message when the constraint is not registered. */
const GENERIC: Record<string, string> = {
  '23505': 'error.already_exists', // unique_violation
  '23P01': 'error.overlaps', // exclusion_violation
  '23503': 'error.in_use', // foreign_key_violation
};

/** The message registered for the constraint a database error violated. */
export function registeredConstraintMessage(err: unknown): ConstraintMessage | undefined {
  const { code, constraint } = dbError(err);
  if (!code?.startsWith('23') || !constraint) return undefined;
  return registered.get(constraint);
}

/**
 * The answer to an integrity violation: the registered message of its constraint, else the generic one of its
 * kind; undefined for any other error (checks without a registered message are left to the caller).
 */
export function constraintProblem(err: unknown): ConstraintMessage | undefined {
  const mine = registeredConstraintMessage(err);
  if (mine) return mine;
  const generic = GENERIC[dbError(err).code ?? ''];
  return generic ? { code: generic, status: 409 } : undefined;
}

addMessages({
  fr: {
    'error.already_exists': 'Cet enregistrement existe déjà.',
    'error.overlaps': 'Cette période chevauche une autre déjà enregistrée.',
  },
  nl: {
    'error.already_exists': 'Dit gegeven bestaat al.',
    'error.overlaps': 'Deze periode overlapt met een andere die al geregistreerd is.',
  },
  en: {
    'error.already_exists': 'This record already exists.',
    'error.overlaps': 'This period overlaps another one already recorded.',
  },
});
