import { V2_FORMAT_LIMITATIONS } from '@pastenym/paste-protocol';
import type { NetworkKind } from '../../config/web-config.js';
import type { ConnectionState } from '../../net/connection.js';
import { speaksOnlyV2, type ServerState } from '../../state/runtime.js';

const NETWORK_NAMES: Record<NetworkKind, string> = { local: 'local mixnet', nym: 'Nym mixnet' };

function describe(connection: ConnectionState | null, server: ServerState, network: string) {
  if (!connection || connection.kind === 'connecting')
    return { tone: 'pending', text: `Connecting to the ${network}…` };
  if (connection.kind === 'failed') return { tone: 'down', text: `Offline: ${connection.message}` };
  if (connection.kind === 'reconnecting') return { tone: 'pending', text: 'Reconnecting…' };
  if (server.kind === 'failed')
    return { tone: 'down', text: 'Connected, but the paste server does not answer' };
  if (server.kind === 'waiting')
    return { tone: 'pending', text: 'Connected, reaching the paste server…' };
  return { tone: 'up', text: `Connected through the ${network}` };
}

/** The mixnet status: connecting, connected (with this page's own address), or offline. */
export function NetworkStatus(props: {
  readonly network: NetworkKind;
  readonly connection: ConnectionState | null;
  readonly server: ServerState;
  readonly onRetryServer: () => void;
}) {
  const status = describe(props.connection, props.server, NETWORK_NAMES[props.network]);
  const address =
    props.connection && 'address' in props.connection ? props.connection.address : undefined;
  return (
    <div className="network-status">
      <span className={`dot ${status.tone}`} aria-hidden="true" />
      <span
        role="status"
        aria-live="polite"
        className="status-text"
        data-state={status.tone === 'up' ? 'connected' : status.tone}
      >
        {status.text}
      </span>
      {props.server.kind === 'failed' ? (
        <button type="button" className="link-button" onClick={props.onRetryServer}>
          Retry
        </button>
      ) : null}
      {props.server.kind === 'ready' && speaksOnlyV2(props.server.info) ? (
        <details className="address v2-notice" role="note">
          <summary>
            This server speaks only Pastenym v2: pastes use the older, weaker format
          </summary>
          <div className="popover">
            <ul>
              {V2_FORMAT_LIMITATIONS.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}
      {address ? (
        <details className="address">
          <summary>Your address</summary>
          <div className="popover">
            <p className="mono">{address}</p>
            <p className="hint">
              A fresh mixnet address for this visit. The paste server never learns it: requests
              carry single-use reply blocks instead.
            </p>
          </div>
        </details>
      ) : null}
    </div>
  );
}
