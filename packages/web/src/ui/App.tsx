import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasteContent } from '@pastenym/paste-protocol';
import type { DisplayFormat } from '../links/display-format.js';
import { pageLinkBase } from '../links/route.js';
import type { AppRuntime } from '../state/runtime.js';
import { ConfigProblem } from './common/ConfigProblem.js';
import { ErrorBoundary } from './common/ErrorBoundary.js';
import { LanguagePicker } from './common/LanguagePicker.js';
import { NetworkStatus } from './common/NetworkStatus.js';
import { ThemeToggle } from './common/ThemeToggle.js';
import { useLeaveWarning } from './common/useLeaveWarning.js';
import { navigate, useRoute } from './common/useRoute.js';
import { CreatePage, type CreatedResult } from './create/CreatePage.js';
import { draftFromContent, hasContent, EMPTY_DRAFT, type Draft } from './create/draft.js';
import { SharePanel } from './share/SharePanel.js';
import { DeletePage } from './view/DeletePage.js';
import { ViewPage } from './view/ViewPage.js';

/** The whole page: header with the mixnet status, then the screen the address asks for. */
export function App(props: { readonly runtime: AppRuntime }) {
  const { runtime } = props;
  const { t, i18n } = useTranslation();
  const snapshot = useSyncExternalStore(runtime.subscribe, runtime.getSnapshot);
  const { route, hash } = useRoute();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [created, setCreated] = useState<CreatedResult | undefined>();
  const services = runtime.services;
  const config =
    snapshot.config !== 'loading' && snapshot.config.ok ? snapshot.config.config : undefined;
  const name = config?.instanceName ?? 'Pastenym';

  useEffect(() => {
    document.title = route.kind === 'view' ? t('app.pasteTitle', { name }) : name;
  }, [name, route.kind, t, i18n.language]);
  // Unsent text lives only in this tab's memory: say so before the tab goes.
  useLeaveWarning(!created && hasContent(draft));

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
  if (snapshot.config === 'loading') body = <p className="muted">{t('app.loading')}</p>;
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
        {...(route.isPublic ? { isPublic: true } : {})}
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
        <h1>{t('invalid.title')}</h1>
        <p>{t('invalid.detail')}</p>
        <a className="button" href="#/">
          {t('common.newPaste')}
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
        serverSilent={snapshot.server.kind === 'failed'}
        onRetryServer={() => void runtime.refreshServer()}
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
        {t('app.skip')}
      </button>
      <header className="topbar">
        <a
          className="brand"
          href="#/"
          onClick={startOver}
          aria-label={t('app.brandLabel', { name })}
        >
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
        <LanguagePicker />
        <ThemeToggle />
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={hash}>{body}</ErrorBoundary>
      </main>
      <footer className="footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
