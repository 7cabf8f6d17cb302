/**
 * v2 error replies this server adds to the original's (`V2_ERRORS`). Like those they are plain
 * JSON strings containing "Error", which is how v2 clients recognise an error.
 */
export const V2_SERVER_ERRORS = {
  rateLimited: 'Error too many new texts on this server, try again later',
  busy: 'Error server busy, try again later',
  internal: 'Error server failure',
} as const;
