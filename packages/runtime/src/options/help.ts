import type { OptionSpec } from './declare.js';

// Docs start in this column, two spaces at least after the flags, else on the next line.
const DOC_COLUMN = 32;

/**
 * The help of each option: flags and value name, then doc, variable and default on the same
 * line (on the next one when the flags are long).
 * @example optionLines([spec]) // ['  -o, --out DIR               where attachments go (default .)']
 */
export function optionLines(specs: readonly OptionSpec[]): string[] {
  return specs.map((spec) => {
    const short = spec.short ? `-${spec.short}, ` : '    ';
    const value = spec.type === 'boolean' ? '' : ` ${spec.value ?? 'VALUE'}`;
    const flags = `  ${short}--${spec.flag}${value}`;
    const extra = [spec.env, spec.default === undefined ? undefined : `default ${spec.default}`];
    const note = extra.filter(Boolean).join(', ');
    const doc = `${spec.doc}${note ? ` (${note})` : ''}`;
    return flags.length <= DOC_COLUMN - 2
      ? `${flags.padEnd(DOC_COLUMN)}${doc}`
      : `${flags}\n${' '.repeat(DOC_COLUMN)}${doc}`;
  });
}
