import type { WebSocketFactory, WebSocketLike } from '@pastenym/mixnet';

/** A websocket factory whose sockets count the frames they receive. */
export interface CountingFactory {
  readonly connect: WebSocketFactory;
  /** Frames received on every socket opened so far (each one packet from the gateway). */
  readonly received: () => number;
}

/**
 * Wraps a websocket factory so that incoming frames are counted on their way to the mixnet
 * client: the gateway delivers one packet per frame, which is how receive progress is known.
 */
export function countingFactory(inner: WebSocketFactory): CountingFactory {
  let frames = 0;
  const connect = (url: string): WebSocketLike => {
    const socket = inner(url);
    let onmessage: WebSocketLike['onmessage'] = null;
    socket.onmessage = (event) => {
      frames++;
      onmessage?.(event);
    };
    return {
      get binaryType() {
        return socket.binaryType;
      },
      set binaryType(type: string) {
        socket.binaryType = type;
      },
      get readyState() {
        return socket.readyState;
      },
      send: (data) => socket.send(data),
      close: () => socket.close(),
      get onmessage() {
        return onmessage;
      },
      set onmessage(listener) {
        onmessage = listener;
      },
      get onopen() {
        return socket.onopen;
      },
      set onopen(listener) {
        socket.onopen = listener;
      },
      get onclose() {
        return socket.onclose;
      },
      set onclose(listener) {
        socket.onclose = listener;
      },
      get onerror() {
        return socket.onerror;
      },
      set onerror(listener) {
        socket.onerror = listener;
      },
    };
  };
  return { connect, received: () => frames };
}
