import { ListPage } from '../../ui/ListEditor';
import { useReasons, useSaveReason } from './api';
import './i18n';

/** The configurable list of visit reasons (admin, director). */
export function ReasonsPage() {
  return <ListPage ns="frontdesk" prefix="reasons" list={useReasons(true)} save={useSaveReason()} />;
}
