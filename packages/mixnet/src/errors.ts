/** Stable codes of the errors of `@pastenym/mixnet`. */
export type MixnetErrorCode =
  | 'mixnet.bad_topology'
  | 'mixnet.bad_registration'
  | 'mixnet.bad_frame'
  | 'mixnet.no_route'
  | 'mixnet.not_connected'
  | 'mixnet.auth_failed'
  | 'mixnet.message_too_large'
  | 'mixnet.no_reply_surbs'
  | 'mixnet.closed'
  | 'mixnet.not_delivered'
  | 'mixnet.recipient_unreachable'
  | 'mixnet.backlog_full'
  | 'mixnet.reply_blocks_exhausted'
  | 'mixnet.bad_config'
  | 'mixnet.bad_keys'
  | 'mixnet.port_in_use'
  | 'mixnet.node_failed';

export class MixnetError extends Error {
  override readonly name = 'MixnetError';
  constructor(
    readonly code: MixnetErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
