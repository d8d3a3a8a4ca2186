import { ListPage } from '../../ui/ListEditor';
import { useCategories, useSaveCategory } from './api';
import './i18n';

/** The configurable list of problem categories (admin, social worker). */
export function CategoriesPage() {
  return <ListPage ns="socialdesk" prefix="categories" list={useCategories(true)} save={useSaveCategory()} />;
}
