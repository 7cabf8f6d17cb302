import type { PasteContent, PasteLink } from '@pastenym/paste-protocol';
import type { DisplayFormat } from '../../links/display-format.js';
import { FAILURE_TEXT } from '../../paste/outcome.js';
import type { Services } from '../../state/runtime.js';
import { StatusMessage } from '../common/StatusMessage.js';
import { OpenedPasteView } from './OpenedPasteView.js';
import { ConfirmPrompt, SecretPrompt, useFocusOnMount } from './Prompts.js';
import { useViewFlow } from './useViewFlow.js';

const LOADING: Record<'send' | 'wait' | 'decrypt', string> = {
  send: 'Sending the request through the mixnet',
  wait: 'Waiting for the paste to come back through the mixnet',
  decrypt: 'Decrypting in this browser',
};

function Loading(props: { readonly stage: 'send' | 'wait' | 'decrypt' }) {
  return (
    <section className="card prompt" aria-busy="true">
      <h1>Opening the paste</h1>
      <div className="progress" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        <span>{LOADING[props.stage]}…</span>
      </div>
    </section>
  );
}

function Failure(props: {
  readonly kind: keyof typeof FAILURE_TEXT;
  readonly onRetry: () => void;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const text = FAILURE_TEXT[props.kind];
  const retryable = props.kind === 'offline' || props.kind === 'busy' || props.kind === 'error';
  return (
    <StatusMessage
      title={text.title}
      tone={props.kind === 'not_found' ? 'warning' : 'error'}
      headingRef={heading}
      actions={
        <>
          {retryable ? (
            <button type="button" className="button primary" onClick={props.onRetry}>
              Try again
            </button>
          ) : null}
          <a className="button" href="#/">
            New paste
          </a>
        </>
      }
    >
      <p>{text.detail}</p>
    </StatusMessage>
  );
}

/** The reader's page: confirm, key and password prompts, loading, the paste, or a clear failure. */
export function ViewPage(props: {
  readonly services: Services;
  readonly link: PasteLink;
  readonly format: DisplayFormat | undefined;
  readonly onClone: (content: PasteContent, format: DisplayFormat) => void;
}) {
  const flow = useViewFlow(props.services, props.link);
  const { state } = flow;
  switch (state.step) {
    case 'confirm':
      return <ConfirmPrompt onConfirm={flow.confirm} />;
    case 'key':
      return <SecretPrompt kind="key" wrong={state.wrong} onSubmit={flow.submitKey} />;
    case 'password':
      return <SecretPrompt kind="password" wrong={state.wrong} onSubmit={flow.submitPassword} />;
    case 'loading':
      return <Loading stage={state.stage} />;
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
