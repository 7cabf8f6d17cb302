import { appliesTo, optionLines, type OptionSpec } from '@pastenym/runtime';
import { OPTIONS, type CommandName } from './options.js';

const USAGE: Readonly<Record<CommandName, string>> = {
  create:
    'pastenym create [TEXT | -] [--file PATH]... [--burn] [--views N] [--expire TIME] [--password] [--public]',
  get: 'pastenym get LINK|ID [--key KEY] [--out DIR] [--force] [--password]',
  delete: 'pastenym delete LINK|ID --token TOKEN',
  ping: 'pastenym ping',
};

const SUMMARY: Readonly<Record<CommandName, string>> = {
  create: 'encrypt and store a paste; TEXT, else stdin when piped (every byte kept)',
  get: 'fetch a paste (counts as a view): text to stdout, attachments into --out',
  delete: 'delete a paste with its delete token',
  ping: 'check that the server answers; show its version and limits',
};

const FOOTER = `Exit codes: 0 ok, 1 other error, 2 usage, 3 server offline or busy, 4 not found
(expired, burned or deleted), 5 wrong key or password, 6 too large, 7 network or mixnet error.
Errors are one line on stderr: "error [code]: message". PASTENYM_PASSWORD supplies a password.`;

/**
 * The help text, generated from the option table: everything, or one command.
 * @example helpText('get').startsWith('Usage: pastenym get') // true
 */
export function helpText(command?: CommandName): string {
  const specs = Object.values(OPTIONS) as OptionSpec[];
  const global = optionLines(specs.filter((spec) => spec.commands === 'all'));
  if (command) {
    const own = optionLines(
      specs.filter((spec) => spec.commands !== 'all' && appliesTo(spec, command)),
    );
    return [
      `Usage: ${USAGE[command]}`,
      '',
      SUMMARY[command],
      '',
      ...(own.length ? ['Options:', ...own, ''] : []),
      'Global options:',
      ...global,
      '',
      FOOTER,
      '',
    ].join('\n');
  }
  return [
    'pastenym: end-to-end encrypted pastes over a mixnet',
    '',
    'Usage:',
    ...Object.values(USAGE).map((usage) => `  ${usage}`),
    '',
    'Commands:',
    ...(Object.keys(SUMMARY) as CommandName[]).map((name) => `  ${name.padEnd(8)}${SUMMARY[name]}`),
    '',
    'Global options:',
    ...global,
    '',
    "Run 'pastenym COMMAND --help' for a command's options.",
    '',
    FOOTER,
    '',
  ].join('\n');
}
