import { useEffect } from 'react';
import i18n from './i18n';

/**
 * The one guard of forms with unsaved changes: while `dirty`, leaving asks first — closing or reloading the tab
 * (the browser's own question) and following a link of the app (the menu, a button link). The app's router is
 * the declarative one (no data router, so no `useBlocker`): the guard listens to clicks on links, before React
 * Router sees them. A form calls it with whether what is on screen differs from what was saved:
 *
 *   useUnsavedGuard(form !== saved && !mutation.isSuccess);
 */
export function useUnsavedGuard(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    const onClick = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.('a[href]');
      if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || link.getAttribute('target') === '_blank') return;
      if (!window.confirm(i18n.t('unsaved.confirm'))) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);
}
