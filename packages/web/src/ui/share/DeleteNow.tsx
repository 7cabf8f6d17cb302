import { useState } from 'react';
import { FAILURE_TEXT, failureKind } from '../../paste/outcome.js';

/** A delete button with its outcome: deleted, or why not. */
export function DeleteNow(props: {
  readonly onDelete: () => Promise<void>;
  readonly label?: string;
}) {
  const [state, setState] = useState<
    'idle' | 'confirm' | 'working' | 'deleted' | { error: string }
  >('idle');
  const run = async () => {
    setState('working');
    try {
      await props.onDelete();
      setState('deleted');
    } catch (error) {
      const kind = failureKind(error);
      setState({
        error:
          kind === 'not_found'
            ? 'Nothing to delete: the paste is already gone, or the token is wrong.'
            : FAILURE_TEXT[kind].title,
      });
    }
  };
  if (state === 'deleted') {
    return (
      <p className="success-text" role="status">
        The paste was deleted.
      </p>
    );
  }
  return (
    <div className="delete-now">
      {state === 'confirm' ? (
        <>
          <span>Delete it for everyone, now?</span>
          <button type="button" className="button danger" onClick={() => void run()}>
            Yes, delete
          </button>
          <button type="button" className="button ghost" onClick={() => setState('idle')}>
            Keep it
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button danger-outline"
          disabled={state === 'working'}
          onClick={() => setState('confirm')}
        >
          {state === 'working' ? 'Deleting…' : (props.label ?? 'Delete now')}
        </button>
      )}
      {typeof state === 'object' ? (
        <p className="error-text" role="alert">
          {state.error}
        </p>
      ) : null}
    </div>
  );
}
