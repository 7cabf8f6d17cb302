/**
 * Reply blocks a request carries: what its reply needs to start flowing, no more. A block is
 * about 412 bytes the request carries and a Sphinx header its sender builds, so a fixed stock
 * of 20 or 100 made small requests many packets long.
 *
 * - `small` (create, delete and every v2 request but reads): the reply fits one packet; the
 *   second block is the spare a replier keeps to ask for more if that packet is lost.
 * - `ping`: the pong's block and two ahead, which the replier keeps for this sender: a create
 *   soon after a ping (a command's, a page's first) carries none, so a short paste's create
 *   request is one fragment, not two. Three blocks and a ping still fit one fragment.
 * - `get`: a paste may be megabytes. Three blocks ride in the request's own packet for free
 *   (a fragment carries 1,602 bytes); the replier asks for the rest as soon as it sees it
 *   holds fewer than the reply needs, all it lacks at once, so a 10 MiB reply costs one extra
 *   round trip and a 1 KiB one none.
 */
export const REPLY_BLOCKS = { small: 2, ping: 3, get: 3 } as const;
