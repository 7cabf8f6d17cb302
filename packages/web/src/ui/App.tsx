import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { PasteContent } from '@pastenym/paste-protocol';
import type { DisplayFormat } from '../links/display-format.js';
import { pageLinkBase } from '../links/route.js';
import type { AppRuntime } from '../state/runtime.js';
import { ConfigProblem } from './common/ConfigProblem.js';
import { ErrorBoundary } from './common/ErrorBoundary.js';
import { NetworkStatus } from './common/NetworkStatus.js';
import { ThemeToggle } from './common/ThemeToggle.js';
import { navigate, useRoute } from './common/useRoute.js';
import { CreatePage, type CreatedResult } from './create/CreatePage.js';
import { draftFromContent, EMPTY_DRAFT, type Draft } from './create/draft.js';
import { SharePanel } from './share/SharePanel.js';
import { DeletePage } from './view/DeletePage.js';
import { ViewPage } from './view/ViewPage.js';

/** The whole page: header with the mixnet status, then the screen the address asks for. */
export function App(props: { readonly runtime: AppRuntime }) {
  const { runtime } = props;
  const snapshot = useSyncExternalStore(runtime.subscribe, runtime.getSnapshot);
  const { route, hash } = useRoute();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [created, setCreated] = useState<CreatedResult | undefined>();
  const services = runtime.services;
  const config =
    snapshot.config !== 'loading' && snapshot.config.ok ? snapshot.config.config : undefined;
  const name = config?.instanceName ?? 'Pastenym';

  useEffect(() => {
    document.title = route.kind === 'view' ? `Paste · ${name}` : name;
  }, [name, route.kind]);

  const clone = useCallback((content: PasteContent, format: DisplayFormat) => {
    setDraft(draftFromContent(content, format));
    setCreated(undefined);
    navigate('#/');
  }, []);
  const startOver = () => {
    setDraft(EMPTY_DRAFT);
    setCreated(undefined);
    navigate('#/');
  };

  let body;
  if (snapshot.config === 'loading') body = <p className="muted">Loading…</p>;
  else if (!snapshot.config.ok)
    body = <ConfigProblem reason={snapshot.config.reason} problems={snapshot.config.problems} />;
  else if (!services) body = null;
  else if (route.kind === 'view') {
    body = (
      <ViewPage
        key={hash}
        services={services}
        link={route.link}
        format={route.format}
        onClone={clone}
      />
    );
  } else if (route.kind === 'delete') {
    body = (
      <DeletePage
        key={hash}
        services={services}
        pasteId={route.pasteId}
        ownerToken={route.ownerToken}
      />
    );
  } else if (route.kind === 'invalid') {
    body = (
      <section className="card status-message warning">
        <h1>This link is not valid</h1>
        <p>It has no paste id this page can read. Check that it was copied whole.</p>
        <a className="button" href="#/">
          New paste
        </a>
      </section>
    );
  } else if (created) {
    body = (
      <SharePanel
        result={created}
        linkBase={config?.linkBase ?? pageLinkBase(location)}
        onDelete={(pasteId, token) => services.client.deletePaste(pasteId, token)}
        onNew={startOver}
      />
    );
  } else {
    body = (
      <CreatePage
        services={services}
        info={snapshot.server.kind === 'ready' ? snapshot.server.info : undefined}
        connected={snapshot.connection?.kind === 'connected'}
        draft={draft}
        onDraft={setDraft}
        onCreated={setCreated}
      />
    );
  }

  return (
    <>
      <button
        type="button"
        className="skip-link"
        onClick={() => document.getElementById('main')?.focus()}
      >
        Skip to content
      </button>
      <header className="topbar">
        <a className="brand" href="#/" onClick={startOver} aria-label={`${name}: new paste`}>
          <span className="logo" aria-hidden="true">
            ◆
          </span>
          {name}
        </a>
        {config ? (
          <NetworkStatus
            network={config.network}
            connection={snapshot.connection}
            server={snapshot.server}
            onRetryServer={() => void runtime.refreshServer()}
          />
        ) : null}
        <ThemeToggle />
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={hash}>{body}</ErrorBoundary>
      </main>
      <footer className="footer">
        <p>
          End-to-end encrypted in your browser, carried by a mixnet: the server sees neither your
          text nor your network address. No cookies, no analytics, no third parties.
        </p>
      </footer>
    </>
  );
}
