import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { ListEditor } from '../../ui/ListEditor';
import { useCategories, useSaveCategory } from './api';
import './i18n';

/** The configurable list of problem categories (admin, social worker). */
export function CategoriesPage() {
  const { t } = useTranslation('socialdesk');
  const categories = useCategories(true);
  const save = useSaveCategory();
  return (
    <>
      <PageHeader title={t('categories.title')} />
      <Text mb="md">{t('categories.intro')}</Text>
      <ProblemAlert error={categories.error} />
      {categories.isPending ? <Loading /> : categories.data && <ListEditor items={categories.data.items} save={save} ns="socialdesk" prefix="categories" />}
    </>
  );
}
