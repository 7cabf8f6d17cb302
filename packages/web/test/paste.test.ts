import { describe, expect, it } from 'vitest';
import { PasteProtocolError } from '@pastenym/paste-protocol';
import { WebError } from '../src/errors.js';
import en from '../src/i18n/locales/en.js';
import { failureKind } from '../src/paste/outcome.js';

describe('failureKind', () => {
  it('sorts errors into what a reader needs to know', () => {
    const kind = (code: ConstructorParameters<typeof PasteProtocolError>[0]) =>
      failureKind(new PasteProtocolError(code, ''));
    expect(kind('paste.not_found')).toBe('not_found');
    expect(kind('format.wrong_key')).toBe('wrong_key');
    expect(kind('legacy.auth_failed')).toBe('wrong_key');
    expect(kind('format.wrong_password')).toBe('wrong_password');
    expect(kind('format.tampered')).toBe('damaged');
    expect(kind('client.timeout')).toBe('offline');
    expect(kind('server.busy')).toBe('busy');
    expect(kind('pow.aborted')).toBe('aborted');
    expect(failureKind(new WebError('web.send_failed', ''))).toBe('offline');
    expect(failureKind(new Error('other'))).toBe('error');
  });

  it('says in one state that a paste is missing, expired or burned', () => {
    expect(en.failure.not_found.detail).toMatch(
      /does not exist, has expired or was burned after reading/,
    );
  });
});
