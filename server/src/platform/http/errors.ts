/**
 * Typed domain errors. Services throw them; one error handler turns them into
 * application/problem+json with a message in the user's language (see i18n/messages).
 */
export interface FieldError {
  path: string;
  /** message key in the server catalog, or a text already localised */
  code: string;
  params?: Record<string, unknown>;
}

export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    public readonly params: Record<string, unknown> = {},
    public readonly fields: FieldError[] = [],
    public readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError(404, 'error.not_found', { what });
export const forbidden = () => new AppError(403, 'error.forbidden');
export const unauthenticated = () => new AppError(401, 'error.unauthenticated');
export const conflict = (code: string, params: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  new AppError(409, code, params, [], extra);
export const invalid = (fields: FieldError[], code = 'error.validation') => new AppError(400, code, {}, fields);
export const invalidField = (path: string, code: string, params?: Record<string, unknown>) =>
  invalid([{ path, code, params }]);
