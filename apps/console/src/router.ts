import { useEffect, useState } from 'react';

/** Hash routes (`#/hazards/<id>`): the API owns every real path, the console lives at `/`. */
export const useRoute = (): string[] => {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('?')[0].split('/').filter(Boolean);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = () => setRoute(read());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
};

export const go = (...parts: string[]): void => {
  window.location.hash = `#/${parts.map(encodeURIComponent).join('/')}`;
};

export const href = (...parts: string[]): string => `#/${parts.map(encodeURIComponent).join('/')}`;

export const hashQuery = (): Record<string, string> =>
  Object.fromEntries(new URLSearchParams(window.location.hash.split('?')[1] ?? ''));
