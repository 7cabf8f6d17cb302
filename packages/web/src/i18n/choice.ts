// The reader's language choice is the only thing about language kept on the device: one
// `localStorage` entry holding a language code, never any text of a paste.

const STORAGE_KEY = 'pastenym-language';

/** The stored language code, or `null` (none stored, or storage disabled). */
export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the reader's choice; silently not stored when storage is disabled. */
export function storeLanguage(code: string, storage: Pick<Storage, 'setItem'> | undefined): void {
  try {
    storage?.setItem(STORAGE_KEY, code);
  } catch {
    // not stored: the choice still holds for this page
  }
}
