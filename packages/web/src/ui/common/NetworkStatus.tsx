import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { NetworkKind } from '../../config/web-config.js';
import type { ConnectionState } from '../../net/connection.js';
import { speaksOnlyV2, type ServerState } from '../../state/runtime.js';

/** The weaknesses of the original paste format, one catalog line each. */
const V2_LIMITATIONS = ['padding', 'options', 'key', 'features', 'metadata'] as const;

function describe(
  t: TFunction,
  connection: ConnectionState | null,
  server: ServerState,
  network: NetworkKind,
) {
  if (!connection || connection.kind === 'connecting')
    return { tone: 'pending', text: t(`status.${network}.connecting`) };
  if (connection.kind === 'failed')
    return { tone: 'down', text: t('status.offline', { reason: connection.message }) };
  if (connection.kind === 'reconnecting')
    return { tone: 'pending', text: t('status.reconnecting') };
  if (server.kind === 'failed') return { tone: 'down', text: t('status.serverSilent') };
  if (server.kind === 'waiting') return { tone: 'pending', text: t('status.reachingServer') };
  return { tone: 'up', text: t(`status.${network}.connected`) };
}

/** The mixnet status: connecting, connected (with this page's own address), or offline. */
export function NetworkStatus(props: {
  readonly network: NetworkKind;
  readonly connection: ConnectionState | null;
  readonly server: ServerState;
  readonly onRetryServer: () => void;
}) {
  const { t } = useTranslation();
  const status = describe(t, props.connection, props.server, props.network);
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
          {t('common.retry')}
        </button>
      ) : null}
      {props.server.kind === 'ready' && speaksOnlyV2(props.server.info) ? (
        <details className="address v2-notice" role="note">
          <summary>{t('status.v2.summary')}</summary>
          <div className="popover">
            <ul>
              {V2_LIMITATIONS.map((line) => (
                <li key={line}>{t(`status.v2.${line}`)}</li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}
      {address ? (
        <details className="address">
          <summary>{t('status.privacy.summary')}</summary>
          <div className="popover">
            <p>{t('status.privacy.intro')}</p>
            <p className="mono" dir="ltr">
              {address}
            </p>
            <p className="hint">{t('status.privacy.detail')}</p>
          </div>
        </details>
      ) : null}
    </div>
  );
}
