// An in-process mixnet for client-core tests: real Sphinx processing at every node, real
// gateway protocol, but no sockets, so the same tests run in Node and in a browser worker.
import { encodeBase58, encodeHex, type CryptoProvider } from '@pastenym/crypto';
import { fireAck, processPacket, ReplayFilter } from '@pastenym/sphinx';
import {
  authMessage,
  decodeGatewayFrame,
  encodeGatewayFrame,
  FAST_PROFILE,
  generateClientKeys,
  MixnetClient,
  type MixnetClientOptions,
  signTopology,
  splitForwardBody,
  type MixnetProfile,
  type Topology,
  type WebSocketLike,
} from '../index.js';

interface MemoryNode {
  readonly name: string;
  readonly identitySeed: Uint8Array;
  readonly identity: Uint8Array;
  readonly sphinxKey: Uint8Array;
  readonly replayFilter: ReplayFilter;
  alive: boolean;
}

class FakeSocket implements WebSocketLike {
  binaryType = 'arraybuffer';
  readyState = 0;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  identity: string | undefined;
  nonce: Uint8Array | undefined;

  constructor(
    private readonly net: MemoryMixnet,
    readonly gateway: MemoryNode,
  ) {}

  send(data: Uint8Array): void {
    const copy = Uint8Array.from(data);
    queueMicrotask(() => this.net.fromClient(this, copy));
  }

  deliver(data: Uint8Array): void {
    const copy = data.slice().buffer;
    queueMicrotask(() => this.readyState === 1 && this.onmessage?.({ data: copy }));
  }

  close(): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.net.disconnected(this);
    queueMicrotask(() => this.onclose?.({}));
  }
}

/** Counters a test can assert on. */
export interface MemoryStats {
  packetSizes: Set<number>;
  forwarded: number;
  dropped: Map<string, number>;
}

export class MemoryMixnet {
  readonly mixes: MemoryNode[][] = [[], [], []];
  readonly gateways: MemoryNode[] = [];
  readonly stats: MemoryStats = { packetSizes: new Set(), forwarded: 0, dropped: new Map() };
  private readonly byAddress = new Map<string, MemoryNode>();
  private readonly sockets = new Map<string, FakeSocket>();
  private readonly mailboxes = new Map<string, Uint8Array[]>();
  private readonly directorySeed: Uint8Array;
  /** Called with every packet put on a link; return false to lose it. */
  linkFilter: (packet: Uint8Array, to: string) => boolean = () => true;

  constructor(
    private readonly crypto: CryptoProvider,
    private readonly profile: MixnetProfile = FAST_PROFILE,
  ) {
    this.directorySeed = crypto.randomBytes(32);
    for (let layer = 0; layer < 3; layer++)
      for (let i = 0; i < 2; i++) this.mixes[layer]!.push(this.node(`mix-${layer + 1}-${i}`));
    for (let i = 0; i < 2; i++) this.gateways.push(this.node(`gateway-${i}`));
  }

  /** A client with fresh keys, joined at gateway `gateway` (0 or 1). */
  startClient(gateway: number, options: Partial<MixnetClientOptions> = {}): Promise<MixnetClient> {
    return MixnetClient.start({
      crypto: this.crypto,
      keys: generateClientKeys(this.crypto),
      directoryUrl: 'http://memory/',
      directoryKey: this.directoryKey,
      gateway: this.topology().gateways[gateway]!.address,
      fetch: this.fetch,
      connect: this.connect,
      ...options,
    });
  }

  private node(name: string): MemoryNode {
    const identitySeed = this.crypto.randomBytes(32);
    const node = {
      name,
      identitySeed,
      identity: this.crypto.ed25519.publicKey(identitySeed),
      sphinxKey: this.crypto.randomBytes(32),
      replayFilter: new ReplayFilter({ capacity: 100_000 }),
      alive: true,
    };
    this.byAddress.set(encodeBase58(node.identity), node);
    return node;
  }

  topology(): Topology {
    const describe = (node: MemoryNode) => ({
      address: encodeBase58(node.identity),
      sphinxKey: encodeBase58(this.crypto.x25519.publicKey(node.sphinxKey)),
      host: 'memory',
      port: 1,
    });
    return {
      version: 1,
      epoch: 1,
      profile: this.profile,
      mixes: this.mixes.flatMap((layer, i) =>
        layer.filter((n) => n.alive).map((n) => ({ ...describe(n), layer: (i + 1) as 1 | 2 | 3 })),
      ),
      gateways: this.gateways.map((n) => ({
        ...describe(n),
        clientPort: this.gateways.indexOf(n) + 1,
      })),
    };
  }

  get directoryKey(): string {
    return encodeBase58(this.crypto.ed25519.publicKey(this.directorySeed));
  }

  /** A `fetch` that serves the signed topology. */
  readonly fetch: typeof fetch = () =>
    Promise.resolve(
      new Response(JSON.stringify(signTopology(this.crypto, this.directorySeed, this.topology()))),
    );

  /** A websocket factory whose sockets reach this network's gateways (`ws://memory:<n>`). */
  readonly connect = (url: string): WebSocketLike => {
    const index = Number(/:(\d+)$/.exec(url)?.[1] ?? 0) - 1;
    const gateway = this.gateways[index]!;
    const socket = new FakeSocket(this, gateway);
    queueMicrotask(() => {
      if (!gateway.alive) {
        socket.close();
        return;
      }
      socket.readyState = 1;
      socket.nonce = this.crypto.randomBytes(32);
      socket.onopen?.({});
      socket.deliver(
        encodeGatewayFrame({ type: 'challenge', nonce: socket.nonce, gateway: gateway.identity }),
      );
    });
    return socket;
  };

  fromClient(socket: FakeSocket, bytes: Uint8Array): void {
    if (socket.readyState !== 1) return;
    const frame = decodeGatewayFrame(bytes);
    if (frame?.type === 'auth' && socket.nonce) {
      const ok = this.crypto.ed25519.verify(
        frame.identity,
        authMessage(socket.nonce, socket.gateway.identity),
        frame.signature,
      );
      if (!ok) {
        socket.deliver(encodeGatewayFrame({ type: 'authFail', reason: 'bad signature' }));
        setTimeout(() => socket.close(), 10);
        return;
      }
      socket.identity = encodeHex(frame.identity);
      this.sockets.get(socket.identity)?.close();
      this.sockets.set(socket.identity, socket);
      socket.deliver(encodeGatewayFrame({ type: 'authOk' }));
      for (const queued of this.mailboxes.get(socket.identity)?.splice(0) ?? [])
        socket.deliver(queued);
    } else if (frame?.type === 'send' && socket.identity) {
      this.link(frame.firstHop, frame.packet);
    }
  }

  disconnected(socket: FakeSocket): void {
    if (socket.identity && this.sockets.get(socket.identity) === socket)
      this.sockets.delete(socket.identity);
  }

  /** Disconnects the client with this identity (it reconnects by itself). */
  dropClient(identity: Uint8Array): void {
    this.sockets.get(encodeHex(identity))?.close();
  }

  kill(node: MemoryNode): void {
    node.alive = false;
  }

  private count(reason: string): void {
    this.stats.dropped.set(reason, (this.stats.dropped.get(reason) ?? 0) + 1);
  }

  private link(to: Uint8Array, packet: Uint8Array, delayMs = 0): void {
    this.stats.packetSizes.add(packet.length);
    const node = this.byAddress.get(encodeBase58(to));
    if (!node) return this.count('unknown_next_hop');
    if (!this.linkFilter(packet, node.name)) return this.count('lost_on_link');
    const run = () => this.process(node, packet);
    if (delayMs > 0) setTimeout(run, delayMs);
    else queueMicrotask(run);
  }

  private process(node: MemoryNode, packet: Uint8Array): void {
    if (!node.alive) return this.count('node_down');
    const result = processPacket(this.crypto, node.sphinxKey, packet, {
      replayFilter: node.replayFilter,
    });
    switch (result.kind) {
      case 'drop':
        return this.count(result.reason);
      case 'forward':
        this.stats.forwarded++;
        return this.link(result.next, result.packet, result.delay);
      case 'deliver': {
        let payload = result.payload;
        if (!result.surbId) {
          const split = splitForwardBody(result.payload);
          if (!split) return this.count('short_body');
          const ack = fireAck((n) => this.crypto.randomBytes(n), split.ackBlock.slice());
          this.link(ack.firstHop, ack.packet);
          payload = split.content;
        }
        const frame = encodeGatewayFrame({ type: 'deliver', surbId: result.surbId, payload });
        const key = encodeHex(result.destination);
        const socket = this.sockets.get(key);
        if (socket) socket.deliver(frame);
        else this.mailboxes.set(key, [...(this.mailboxes.get(key) ?? []), frame]);
      }
    }
  }
}
