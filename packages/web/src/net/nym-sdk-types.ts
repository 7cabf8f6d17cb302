/**
 * The part of `@nymproject/sdk` 1.4.1 this app uses. The SDK's own declarations re-export
 * extensionless paths that TypeScript's NodeNext resolution cannot follow, so the shapes are
 * written out here (from the SDK's `mixnet/wasm/types.d.ts`).
 */
export interface NymSdkModule {
  createNymMixnetClient(): Promise<NymSdkClient>;
}

export interface NymSdkClient {
  readonly client: {
    start(options: {
      clientId: string;
      nymApiUrl?: string;
      preferredGateway?: string;
      forceTls?: boolean;
    }): Promise<void>;
    stop(): Promise<void>;
    selfAddress(): Promise<string | undefined>;
    rawSend(args: { payload: Uint8Array; recipient: string; replySurbs?: number }): Promise<void>;
  };
  readonly events: {
    subscribeToConnected(handler: (event: { args: { address?: string } }) => void): () => void;
    subscribeToRawMessageReceivedEvent(
      handler: (event: { args: { payload: Uint8Array } }) => void,
    ): () => void;
  };
}
