import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedPaste, CreateProgress, ServerInfo } from '@pastenym/paste-protocol';
import type { SendProgress } from '../../net/connection.js';
import { estimateBundleBytes } from '../../paste/describe.js';
import { failureKind } from '../../paste/outcome.js';
import type { PowSample } from '../../paste/pow-estimate.js';
import { speaksOnlyV2, type Services } from '../../state/runtime.js';
import { AttachmentsField } from './AttachmentsField.js';
import { CreateProgressView, type ShownProgress } from './CreateProgressView.js';
import {
  defaultOptions,
  draftContent,
  maxViewsOf,
  passwordAllowed,
  viewLimitProblem,
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

/**
 * The editor page: text, attachments, options, and the create button with its progress (in a
 * bar that stays in view). Writing never waits for the network: the options appear once the
 * server has answered, and the page says when it does not.
 */
export function CreatePage(props: {
  readonly services: Services | undefined;
  readonly info: ServerInfo | undefined;
  readonly serverSilent: boolean;
  readonly onRetryServer: () => void;
  readonly connected: boolean;
  readonly draft: Draft;
  readonly onDraft: (draft: Draft) => void;
  readonly onCreated: (result: CreatedResult) => void;
}) {
  const { draft, info, services } = props;
  const { t } = useTranslation();
  const [options, setOptions] = useState<DraftOptions | undefined>();
  const [progress, setProgress] = useState<ShownProgress | undefined>();
  const [send, setSend] = useState<SendProgress | undefined>();
  const [powSamples, setPowSamples] = useState<[PowSample, PowSample] | undefined>();
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
  const viewsInvalid =
    info !== undefined &&
    current !== undefined &&
    !!viewLimitProblem(current, info.limits.maxViews);
  const reason = waitingReason({
    connected: props.connected,
    serverReady: info !== undefined,
    serverSilent: props.serverSilent,
    empty,
    tooLarge,
    tooManyFiles,
    viewsInvalid,
  });
  const ready = services && current && !busy && reason === undefined;

  useClipboardFiles(!busy, (read) => props.onDraft({ ...draft, files: [...draft.files, ...read] }));

  const onProgress = (next: CreateProgress) => {
    // Fragments acknowledged: the bar of the send stage, which stays the stage shown.
    if (next.stage === 'upload') return setSend({ acked: next.done, total: next.total });
    if (next.stage === 'pow') {
      const sample = { attempts: next.attempts, at: performance.now() };
      setPowSamples((samples) => [samples?.[0] ?? sample, sample]);
    }
    setProgress(next);
  };

  const create = async () => {
    if (!ready) return;
    setError(undefined);
    setSend(undefined);
    setPowSamples(undefined);
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
        onProgress,
        signal: controller.signal,
      });
      props.onCreated({ paste, draft, confirmBeforeOpening: current.confirmBeforeOpening });
    } catch (caught) {
      const kind = failureKind(caught);
      if (kind !== 'aborted')
        setError(`${t(`failure.${kind}.title`)}. ${t(`failure.${kind}.detail`)}`);
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
        {t('create.title')}
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
            v2Only={v2Only}
            onChange={setOptions}
            disabled={busy}
          />
        ) : props.serverSilent ? (
          <div className="server-silent" role="alert">
            <p>{t('create.serverSilent')}</p>
            <button type="button" className="button small" onClick={props.onRetryServer}>
              {t('common.retry')}
            </button>
          </div>
        ) : (
          <p className="muted">{t('create.optionsPending')}</p>
        )}
      </div>
      <div className="submit-row sticky-actions">
        <button type="submit" className="button primary" disabled={!ready}>
          {t('create.submit')}
        </button>
        {busy ? (
          <button type="button" className="button ghost" onClick={() => abort.current?.abort()}>
            {t('common.cancel')}
          </button>
        ) : null}
        {progress ? (
          <CreateProgressView progress={progress} send={send} powSamples={powSamples} />
        ) : null}
        {!progress && reason ? (
          <span className="hint" role="status">
            {t(`create.waiting.${reason}`)}
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
