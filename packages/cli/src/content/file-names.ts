const MAX_NAME_LENGTH = 200;

/**
 * A file name that is safe to create inside the output directory, from an attachment's
 * untrusted name: only its last path segment, no control characters, no leading dot (no
 * hidden files such as `.bashrc`), at most 200 characters; `attachment-N` when nothing is left.
 * @example safeFileName('../../etc/passwd', 0) // 'passwd'
 */
export function safeFileName(name: string, index: number): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  const cleaned = last
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .trim()
    .replace(/^\.+/, (dots) => '_'.repeat(dots.length));
  const short = [...cleaned].slice(0, MAX_NAME_LENGTH).join('');
  return short === '' || /^_+$/.test(short) ? `attachment-${index + 1}` : short;
}

/**
 * Safe, distinct names for a paste's attachments: a name that repeats gets ` (2)`, ` (3)`...
 * before its extension.
 * @example uniqueFileNames(['a.txt', 'a.txt']) // ['a.txt', 'a (2).txt']
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, index) => {
    const safe = safeFileName(name, index);
    let candidate = safe;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = withSuffix(safe, n);
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** `name (n).ext`. */
export function withSuffix(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}

const TYPES: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  log: 'text/plain',
  json: 'application/json',
  html: 'text/html',
  xml: 'application/xml',
  pdf: 'application/pdf',
  zip: 'application/zip',
  gz: 'application/gzip',
  tar: 'application/x-tar',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
};

/**
 * A media type from a file name's extension, `application/octet-stream` when unknown.
 * @example mediaType('notes.md') // 'text/markdown'
 */
export function mediaType(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && TYPES[name.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}
