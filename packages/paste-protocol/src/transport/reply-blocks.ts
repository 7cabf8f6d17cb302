/**
 * Reply blocks a request carries: what its reply needs to start flowing, no more. A block is
 * about 412 bytes the request carries and a Sphinx header its sender builds, so a fixed stock
 * of 20 or 100 made small requests many packets long.
 *
 * - `small` (ping, create, delete and every v2 request but reads): the reply fits one packet;
 *   the second block is the spare a replier keeps to ask for more if that packet is lost.
 * - `get`: a paste may be megabytes. Three blocks ride in the request's own packet for free
 *   (a fragment carries 1,602 bytes); the replier asks for the rest as soon as it sees it
 *   holds fewer than the reply needs, all it lacks at once, so a 10 MiB reply costs one extra
 *   round trip and a 1 KiB one none.
 */
export const REPLY_BLOCKS = { small: 2, get: 3 } as const;
