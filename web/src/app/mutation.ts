import { useMutation as useTanstackMutation, type DefaultError, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';

/**
 * Every write of the staff app goes through this `useMutation` (eslint forbids TanStack's own in features/ and ui/).
 * A write ends with the server's answer: what its `onSuccess` starts (refetching the lists it changed) runs after,
 * without holding the mutation. (TanStack awaits a promise returned from `onSuccess`: the new row was already on the
 * page while the form still waited, and the form's reset came late and erased what the user had typed next.)
 */
export function useMutation<TData = unknown, TError = DefaultError, TVariables = void, TContext = unknown>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
): UseMutationResult<TData, TError, TVariables, TContext> {
  const { onSuccess } = options;
  return useTanstackMutation({
    ...options,
    onSuccess: onSuccess
      ? (...args) => {
          void onSuccess(...args);
        }
      : undefined,
  });
}

/**
 * A form's reset after a write clears only what was sent: a field the user changed meanwhile keeps what was typed.
 *   save.mutate(form, { onSuccess: () => setForm(keepTyped(form, blank)) });
 */
export function keepTyped<T>(sent: T, blank: T): (now: T) => T {
  return (now) => {
    if (typeof now !== 'object' || now === null || Array.isArray(now)) return Object.is(now, sent) ? blank : now;
    const out = { ...now } as Record<string, unknown>;
    const s = sent as Record<string, unknown>;
    const b = blank as Record<string, unknown>;
    for (const key of Object.keys(out)) if (Object.is(out[key], s[key]) && key in b) out[key] = b[key];
    return out as T;
  };
}
