import { useEffect } from 'react';

/**
 * While `active`, the browser asks before the tab is closed or reloaded: for text not yet sent
 * (never saved anywhere, so a reload would lose it) and for a paste whose last view was spent.
 */
export function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    addEventListener('beforeunload', onBeforeUnload);
    return () => removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);
}
