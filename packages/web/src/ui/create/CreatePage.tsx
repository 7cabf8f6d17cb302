import { useMemo, useRef, useState } from 'react';
import type { CreatedPaste, CreateProgress, ServerInfo } from '@pastenym/paste-protocol';
import type { SendProgress } from '../../net/connection.js';
import { estimateBundleBytes } from '../../paste/describe.js';
import { FAILURE_TEXT, failureKind } from '../../paste/outcome.js';
import { speaksOnlyV2, type Services } from '../../state/runtime.js';
import { AttachmentsField } from './AttachmentsField.js';
import { CreateProgressView } from './CreateProgressView.js';
import {
  defaultOptions,
  draftContent,
  maxViewsOf,
  passwordAllowed,
  waitingReason,
  type Draft,
  type DraftOptions,
} from './draft.js';
import { EditorField } from './EditorField.js';
import { useClipboardFiles } from './useClipboardFiles.js';
import { OptionsFields } from './OptionsFields.js';

/** What the share screen needs after a paste was created. */
export interface CreatedResult {
  readonly paste: CreatedPaste;
  readonly draft: Draft;
  readonly confirmBeforeOpening: boolean;
}

const encoder = new TextEncoder();

/** The editor page: text, attachments, options, and the create button with its progress. */
export function CreatePage(props: {
  readonly services: Services | undefined;
  readonly info: ServerInfo | undefined;
  readonly connected: boolean;
  readonly draft: Draft;
  readonly onDraft: (draft: Draft) => void;
  readonly onCreated: (result: CreatedResult) => void;
}) {
  const { draft, info, services } = props;
  const [options, setOptions] = useState<DraftOptions | undefined>();
  const [progress, setProgress] = useState<CreateProgress | undefined>();
  const [send, setSend] = useState<SendProgress | undefined>();
  const [error, setError] = useState<string | undefined>();
  const abort = useRef<AbortController | undefined>(undefined);
  const current = options ?? (info ? defaultOptions(info.limits.expiryChoices) : undefined);
  const busy = progress !== undefined;

  const estimate = useMemo(
    () =>
      estimateBundleBytes(
        encoder.encode(draft.text).length,
        draft.files.map((f) => f.data.length),
      ),
    [draft],
  );
  const limit = info?.limits.maxBundleBytes;
  const tooLarge = limit !== undefined && estimate > limit;
  const v2Only = speaksOnlyV2(info);
  // The original format has room for one file.
  const tooManyFiles = v2Only && draft.files.length > 1;
  const empty = draft.text.trim() === '' && draft.files.length === 0;
  const ready =
    services && info && current && props.connected && !busy && !tooLarge && !tooManyFiles && !empty;

  useClipboardFiles(!busy, (read) => props.onDraft({ ...draft, files: [...draft.files, ...read] }));

  const create = async () => {
    if (!ready) return;
    setError(undefined);
    setSend(undefined);
    setProgress({ stage: 'ping' });
    const controller = new AbortController();
    abort.current = controller;
    try {
      const paste = await services.client.createPaste(draftContent(draft), {
        expirySeconds: current.expirySeconds,
        maxViews: maxViewsOf(current),
        ...(current.public ? { public: true } : {}),
        ...(passwordAllowed(current, v2Only) && current.password !== ''
          ? { password: current.password }
          : {}),
        onProgress: (step) =>
          step.stage === 'upload'
            ? setSend({ acked: step.done, total: step.total })
            : setProgress(step),
        signal: controller.signal,
      });
      props.onCreated({ paste, draft, confirmBeforeOpening: current.confirmBeforeOpening });
    } catch (caught) {
      const kind = failureKind(caught);
      if (kind !== 'aborted') setError(`${FAILURE_TEXT[kind].title}. ${FAILURE_TEXT[kind].detail}`);
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <form
      className="create"
      onSubmit={(event) => {
        event.preventDefault();
        void create();
      }}
      aria-labelledby="create-heading"
    >
      <h1 id="create-heading" tabIndex={-1}>
        New paste
      </h1>
      <div className="card">
        <EditorField
          text={draft.text}
          format={draft.format}
          onText={(text) => props.onDraft({ ...draft, text })}
          onFormat={(format) => props.onDraft({ ...draft, format })}
          onSubmit={() => void create()}
          disabled={busy}
        />
      </div>
      <div className="card">
        <AttachmentsField
          files={draft.files}
          onAdd={(files) => props.onDraft({ ...draft, files: [...draft.files, ...files] })}
          onRemove={(id) =>
            props.onDraft({ ...draft, files: draft.files.filter((f) => f.id !== id) })
          }
          estimate={estimate}
          limit={limit}
          disabled={busy}
        />
      </div>
      <div className="card">
        {info && current ? (
          <OptionsFields
            options={current}
            expiryChoices={info.limits.expiryChoices}
            maxViews={info.limits.maxViews}
            passwordAllowed={passwordAllowed(current, v2Only)}
            onChange={setOptions}
            disabled={busy}
          />
        ) : (
          <p className="muted">
            The options appear once the paste server has answered through the mixnet.
          </p>
        )}
      </div>
      <div className="submit-row">
        <button type="submit" className="button primary" disabled={!ready}>
          Create paste
        </button>
        {busy ? (
          <button type="button" className="button ghost" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        ) : null}
        {progress ? <CreateProgressView progress={progress} send={send} /> : null}
        {!progress && !ready ? (
          <span className="hint" role="status">
            {waitingReason(props.connected, info !== undefined, empty, tooLarge, tooManyFiles)}
          </span>
        ) : null}
      </div>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
