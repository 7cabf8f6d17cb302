/** Object URLs of one screen, revoked together when it goes away. */
export class ObjectUrls {
  readonly #urls = new Set<string>();

  /**
   * An object URL for `bytes` with a type the page chose (never one from the paste): previews
   * get the type their magic bytes showed, downloads `application/octet-stream`.
   */
  create(bytes: Uint8Array, type: string): string {
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
    this.#urls.add(url);
    return url;
  }

  revokeAll(): void {
    for (const url of this.#urls) URL.revokeObjectURL(url);
    this.#urls.clear();
  }
}

/** Saves bytes as a file through a temporary link, typed so the browser never renders them. */
export function downloadBytes(
  bytes: Uint8Array,
  fileName: string,
  type = 'application/octet-stream',
): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Copies text to the clipboard; false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
