import { describe, expect, it } from 'vitest';
import { PasteProtocolError, type PasteProtocolErrorCode } from '@pastenym/paste-protocol';
import { MixnetError } from '@pastenym/mixnet';
import { NymApiError } from '@pastenym/nym-api';
import { CliError, describeFailure, EXIT, formatFailure, type CliErrorCode } from '../src/index.js';

const protocol = (code: PasteProtocolErrorCode, message = 'm') =>
  new PasteProtocolError(code, message);

describe('describeFailure', () => {
  it.each<[unknown, number]>([
    [new CliError('cli.usage', 'm'), EXIT.usage],
    [protocol('request.invalid_options'), EXIT.usage],
    [new CliError('cli.offline', 'm'), EXIT.offline],
    [protocol('client.timeout'), EXIT.offline],
    [protocol('server.busy'), EXIT.offline],
    [protocol('paste.not_found'), EXIT.notFound],
    [protocol('format.wrong_key'), EXIT.wrongKey],
    [protocol('format.wrong_password'), EXIT.wrongKey],
    [protocol('format.password_required'), EXIT.wrongKey],
    [protocol('legacy.auth_failed'), EXIT.wrongKey],
    [protocol('client.too_large'), EXIT.tooLarge],
    [protocol('request.too_large'), EXIT.tooLarge],
    [protocol('format.too_large'), EXIT.tooLarge],
    [new CliError('cli.too_large', 'm'), EXIT.tooLarge],
    [protocol('client.transport'), EXIT.network],
    [new MixnetError('mixnet.not_delivered', 'm'), EXIT.network],
    [new NymApiError('nym_api.disconnected', 'm'), EXIT.network],
    [new CliError('cli.network', 'm'), EXIT.network],
    [protocol('format.tampered'), EXIT.failure],
    [protocol('server.internal'), EXIT.failure],
    [new CliError('cli.file_exists', 'm'), EXIT.failure],
    [new CliError('cli.interrupted', 'm'), EXIT.interrupted],
  ])('maps %s to %i', (error, exitCode) => {
    const report = describeFailure(error);
    expect(report.exitCode).toBe(exitCode);
    expect(report.code).toBe((error as { code: string }).code);
  });

  it('calls anything without a code internal (exit 1)', () => {
    expect(describeFailure(new TypeError('x is undefined'))).toEqual({
      exitCode: EXIT.failure,
      code: 'internal',
      message: 'x is undefined',
    });
    expect(describeFailure('a string')).toMatchObject({ code: 'internal', message: 'a string' });
    expect(describeFailure(Object.assign(new Error('gone'), { code: 'ENOENT' })).code).toBe(
      'internal',
    );
  });

  it('tells wrong keys from wrong passwords, and not-found from a wrong delete token', () => {
    expect(describeFailure(protocol('format.wrong_key')).message).toMatch(/^wrong key/);
    expect(describeFailure(protocol('format.wrong_password')).message).toBe('wrong password');
    expect(describeFailure(protocol('paste.not_found')).message).toMatch(/expired, was burned/);
    expect(describeFailure(protocol('paste.not_found'), 'delete').message).toMatch(
      /delete token is wrong/,
    );
  });

  it('says why sending failed, from the cause', () => {
    const error = new PasteProtocolError('client.transport', 'sending failed', {
      cause: new MixnetError('mixnet.no_route', 'no route to the gateway'),
    });
    expect(describeFailure(error).message).toBe('sending failed: no route to the gateway');
  });

  it('prints every failure as one line', () => {
    const codes: CliErrorCode[] = ['cli.usage', 'cli.unreadable'];
    for (const code of codes) {
      const line = formatFailure(describeFailure(new CliError(code, 'first\n  second\r\nthird')));
      expect(line).toBe(`error [${code}]: first second third\n`);
    }
  });
});
