import type { PasteContent, PasteLink } from '@pastenym/paste-protocol';
import { useTranslation } from 'react-i18next';
import type { DisplayFormat } from '../../links/display-format.js';
import type { FailureKind } from '../../paste/outcome.js';
import type { Services } from '../../state/runtime.js';
import { ReceiveProgress } from '../common/ReceiveProgress.js';
import { StatusMessage } from '../common/StatusMessage.js';
import { useLeaveWarning } from '../common/useLeaveWarning.js';
import { OpenedPasteView } from './OpenedPasteView.js';
import { ConfirmPrompt, SecretPrompt, useFocusOnMount } from './Prompts.js';
import { useViewFlow } from './useViewFlow.js';

function Loading(props: {
  readonly stage: 'send' | 'wait' | 'decrypt';
  readonly received: number | undefined;
  readonly total: number | undefined;
}) {
  const { t } = useTranslation();
  return (
    <section className="card prompt" aria-busy="true">
      <h1>{t('view.opening')}</h1>
      <div className="progress" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        <span>{t('progress.stage', { stage: t(`view.stage.${props.stage}`) })}</span>
      </div>
      {/* Shown once the transport reports how much of a large reply has arrived. */}
      <ReceiveProgress received={props.received} total={props.total} />
    </section>
  );
}

function Failure(props: { readonly kind: FailureKind; readonly onRetry: () => void }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const retryable = props.kind === 'offline' || props.kind === 'busy' || props.kind === 'error';
  return (
    <StatusMessage
      title={t(`failure.${props.kind}.title`)}
      tone={props.kind === 'not_found' ? 'warning' : 'error'}
      headingRef={heading}
      actions={
        <>
          {retryable ? (
            <button type="button" className="button primary" onClick={props.onRetry}>
              {t('common.tryAgain')}
            </button>
          ) : null}
          <a className="button" href="#/">
            {t('common.newPaste')}
          </a>
        </>
      }
    >
      <p>{t(`failure.${props.kind}.detail`)}</p>
    </StatusMessage>
  );
}

/** The reader's page: confirm, key and password prompts, loading, the paste, or a clear failure. */
export function ViewPage(props: {
  readonly services: Services;
  readonly link: PasteLink;
  readonly format: DisplayFormat | undefined;
  readonly isPublic?: boolean;
  readonly onClone: (content: PasteContent, format: DisplayFormat) => void;
}) {
  const flow = useViewFlow(props.services, props.link, props.isPublic);
  const { state } = flow;
  // The last view is spent: closing the tab would lose the only copy left.
  useLeaveWarning(flow.lastChance);
  switch (state.step) {
    case 'confirm':
      return <ConfirmPrompt onConfirm={flow.confirm} />;
    case 'key':
      return (
        <SecretPrompt
          kind="key"
          problem={state.problem}
          lastChance={flow.lastChance}
          onSubmit={flow.submitKey}
        />
      );
    case 'password':
      return (
        <SecretPrompt
          kind="password"
          problem={state.wrong ? 'wrongPassword' : 'password'}
          lastChance={flow.lastChance}
          onSubmit={flow.submitPassword}
        />
      );
    case 'loading':
      return <Loading stage={state.stage} received={state.received} total={state.total} />;
    case 'failed':
      return <Failure kind={state.kind} onRetry={flow.retry} />;
    case 'opened':
      return (
        <OpenedPasteView
          paste={state.paste}
          pasteId={props.link.pasteId}
          initialFormat={props.format}
          onClone={(format) => props.onClone(state.paste.content, format)}
          onDelete={(token) => props.services.client.deletePaste(props.link.pasteId, token)}
        />
      );
  }
}
