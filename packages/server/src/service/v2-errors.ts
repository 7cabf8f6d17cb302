/**
 * v2 error replies this server adds to the original's (`V2_ERRORS`). Like those they are plain
 * JSON strings containing "Error", which is how v2 clients recognise an error.
 */
export const V2_SERVER_ERRORS = {
  rateLimited: 'Error too many new texts on this server, try again later',
  busy: 'Error server busy, try again later',
  full: 'Error server full, try a smaller or shorter-lived text later',
  readOnly: 'Error this server accepts no new texts from this client, only reads',
  internal: 'Error server failure',
  blockHeight: 'Error expiration at a Bitcoin block height is not supported by this server',
  ipfs: 'Error IPFS hosting is not supported by this server',
} as const;

/**
 * The getText reply for an id of a format v3 paste. An object like the not-found reply, so v2
 * clients that look for `error` show it. Decided by the id's length alone: no lookup, so it
 * neither spends a view nor tells whether the paste exists.
 */
export const V2_NEEDS_V3_REPLY = { error: 'this paste needs a client that reads format v3' };
