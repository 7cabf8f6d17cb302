import { readFile, stat } from 'node:fs/promises';
import { decodeBase58 } from '@pastenym/crypto';
import { nodeError } from './node-errors.js';

/** The admission file's name in the directory's data folder, unless the operator names another. */
export const ADMITTED_NODES_FILE = 'admitted-nodes.txt';

function isIdentityKey(word: string): boolean {
  try {
    return decodeBase58(word).length === 32;
  } catch {
    return false;
  }
}

/**
 * Parses an admission file: one base58 Ed25519 identity key per line, optionally followed by a
 * note (`<key> mix-2c on host B`); blank lines and lines starting with `#` are ignored.
 * @throws {MixnetError} `mixnet.bad_config` naming the first line that is not a key.
 * @example parseAdmittedKeys('# mixes\n7Hq…3xK mix-2c\n', 'admitted-nodes.txt').size === 1;
 */
export function parseAdmittedKeys(text: string, source: string): Set<string> {
  const keys = new Set<string>();
  for (const [index, line] of text.split('\n').entries()) {
    const key = line.trim().split(/\s+/)[0] ?? '';
    if (key === '' || key.startsWith('#')) continue;
    if (!isIdentityKey(key)) {
      const message = `${source}, line ${index + 1}: not a node identity key (base58, 32 bytes)`;
      throw nodeError('mixnet.bad_config', message);
    }
    keys.add(key);
  }
  return keys;
}

/**
 * The identity keys the directory accepts registrations from: those given at start (the
 * launcher's own nodes) and those in the operator's admission file, re-read when it changes so
 * a node is admitted or removed without a restart. A missing file admits no one more.
 */
export class AdmissionList {
  private fromFile = new Set<string>();
  private fileVersion = '';

  constructor(
    private readonly file: string,
    private readonly fixed: ReadonlySet<string> = new Set(),
  ) {}

  has(identityKey: string): boolean {
    return this.fixed.has(identityKey) || this.fromFile.has(identityKey);
  }

  /**
   * Re-reads the file if it changed since the last read; true when it did. A cheap `stat`
   * otherwise, so the directory may call it every heartbeat.
   * @throws {MixnetError} `mixnet.bad_config` when the file is unreadable or holds a bad line;
   *   the previous list stays in force.
   */
  async refresh(): Promise<boolean> {
    let version: string;
    try {
      const stats = await stat(this.file);
      version = `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw this.unreadable(error);
      version = 'missing';
    }
    if (version === this.fileVersion) return false;
    let keys = new Set<string>();
    if (version !== 'missing') {
      let text;
      try {
        text = await readFile(this.file, 'utf8');
      } catch (error) {
        throw this.unreadable(error);
      }
      keys = parseAdmittedKeys(text, this.file);
    }
    this.fromFile = keys;
    this.fileVersion = version;
    return true;
  }

  private unreadable(cause: unknown) {
    return nodeError('mixnet.bad_config', `cannot read the admission file ${this.file}`, { cause });
  }
}
