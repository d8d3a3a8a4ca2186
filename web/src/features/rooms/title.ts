import { useEffect } from 'react';

/** The browser tab's title of a public page (and of the entrance screen). */
export function useTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Maison de l'Emploi`;
  }, [title]);
}
