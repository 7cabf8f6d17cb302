/**
 * Makes untrusted text safe to show on a terminal: control characters other than tab and
 * newline (escape sequences could rewrite the screen, retitle the window or fake a prompt)
 * are shown in caret notation (`^[`) or as `\u{..}`.
 * @example terminalSafe('a\u001b[2Jb') // 'a^[[2Jb'
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return `^${String.fromCharCode(code + 64)}`;
    return code === 0x7f ? '^?' : `\\u{${code.toString(16)}}`;
  });
}

/**
 * Bytes for people: `512 B`, `1.5 KiB`, `10.0 MiB`.
 * @example formatBytes(10 * 1024 * 1024) // '10.0 MiB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
