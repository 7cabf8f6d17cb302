import type { IncomingMessage, ServerResponse } from 'node:http';

/** An HTTP failure: status and a stable machine-readable code. */
export interface HttpFailure {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** Sends `body` (a value, or JSON text) as JSON. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  response.end(text);
}

/** Sends a failure as `{ "error": { "code", "message" } }`. */
export function sendFailure(response: ServerResponse, failure: HttpFailure): void {
  const headers: Record<string, string> = {};
  if (failure.status === 405) headers.allow = 'GET, POST';
  // The rest of an oversized body is never read: close rather than reuse the connection.
  if (failure.status === 413) headers.connection = 'close';
  const { code, message } = failure;
  sendJson(response, failure.status, { error: { code, message } }, headers);
}

/** Reads a JSON request body of at most `limit` bytes; 413 `too_large` or 400 `bad_json`. */
export function readJsonBody(
  request: IncomingMessage,
  limit: number,
): Promise<{ readonly value: unknown } | { readonly failure: HttpFailure }> {
  const failure = (status: number, code: string, message: string) => ({
    failure: { status, code, message },
  });
  const tooLarge = failure(413, 'too_large', `body over ${limit} bytes`);
  if (Number(request.headers['content-length'] ?? 0) > limit) return Promise.resolve(tooLarge);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: Awaited<ReturnType<typeof readJsonBody>>) => {
      if (!settled) resolve(outcome);
      settled = true;
    };
    // Past the limit the rest is read and discarded; the reply closes the connection.
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) settle(tooLarge);
      else if (!settled) chunks.push(chunk);
    });
    request.on('error', () => settle(failure(400, 'bad_request', 'the request failed')));
    request.on('end', () => {
      try {
        settle({ value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      } catch {
        settle(failure(400, 'bad_json', 'the body is not JSON'));
      }
    });
  });
}
