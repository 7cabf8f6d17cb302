import { MixnetError, type MixnetErrorCode } from '../errors.js';

/** The error codes only the node services raise. */
export type NodeErrorCode = Extract<
  MixnetErrorCode,
  'mixnet.bad_config' | 'mixnet.bad_keys' | 'mixnet.port_in_use' | 'mixnet.node_failed'
>;

/** A {@link MixnetError} with one of the node services' codes. */
export function nodeError(
  code: NodeErrorCode,
  message: string,
  options?: { cause?: unknown },
): MixnetError {
  return new MixnetError(code, message, options);
}
