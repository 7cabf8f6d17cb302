import { useEffect, useRef } from 'react';
import { readFiles, type DraftFile } from './draft.js';

/** Files pasted anywhere on the page become attachments (pasted text stays in the editor). */
export function useClipboardFiles(enabled: boolean, onFiles: (files: DraftFile[]) => void): void {
  const latest = useRef(onFiles);
  latest.current = onFiles;
  useEffect(() => {
    if (!enabled) return;
    const onPaste = (event: ClipboardEvent) => {
      const files = Array.from(event.clipboardData?.files ?? []);
      if (files.length === 0) return;
      event.preventDefault();
      void readFiles(files).then((read) => latest.current(read));
    };
    addEventListener('paste', onPaste);
    return () => removeEventListener('paste', onPaste);
  }, [enabled]);
}
