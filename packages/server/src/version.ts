/** The server software version announced in v3 `pong` replies. */
export const SERVER_VERSION = '3.0.0';
