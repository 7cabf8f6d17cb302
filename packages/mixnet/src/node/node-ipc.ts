import type { NodeStatus } from './packet-node.js';

/** Launcher -> node process. */
export type ParentMessage =
  | { readonly type: 'status'; readonly id: number }
  | { readonly type: 'refresh'; readonly id: number };

/** Node process -> launcher. */
export type ChildMessage =
  | {
      readonly type: 'ready';
      readonly address: string;
      readonly port: number;
      readonly clientPort?: number;
    }
  | { readonly type: 'reply'; readonly id: number; readonly status?: NodeStatus }
  | { readonly type: 'failed'; readonly message: string };
