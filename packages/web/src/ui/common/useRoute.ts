import { useEffect, useState } from 'react';
import { parseRoute, type Route } from '../../links/route.js';

/** The route in the address bar's fragment, following `hashchange`. */
export function useRoute(): { readonly route: Route; readonly hash: string } {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return { route: parseRoute(hash), hash };
}

/** Goes to another route of the page (the fragment never leaves the browser). */
export function navigate(hash: string): void {
  if (location.hash === hash) dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}
