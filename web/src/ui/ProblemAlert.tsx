import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api';

/** Shows an API error: its localised title and field messages, announced to screen readers. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const title = error instanceof ApiError ? error.problem.title : t('state.error');
  const fields = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <Alert color="red" role="alert" title={title} variant="light">
      {fields.length > 0 && (
        <List size="sm">
          {fields.map((f, i) => (
            <List.Item key={i}>{f.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
