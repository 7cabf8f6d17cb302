import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureKind } from '../../paste/outcome.js';

/** A delete button with its outcome: deleted, or why not. */
export function DeleteNow(props: {
  readonly onDelete: () => Promise<void>;
  readonly label?: string;
}) {
  const { t } = useTranslation();
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
        error: kind === 'not_found' ? t('delete.nothing') : t(`failure.${kind}.title`),
      });
    }
  };
  if (state === 'deleted') {
    return (
      <p className="success-text" role="status">
        {t('delete.done')}
      </p>
    );
  }
  return (
    <div className="delete-now">
      {state === 'confirm' ? (
        <>
          <span>{t('delete.ask')}</span>
          <button type="button" className="button danger" onClick={() => void run()}>
            {t('delete.yes')}
          </button>
          <button type="button" className="button ghost" onClick={() => setState('idle')}>
            {t('delete.keep')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button danger-outline"
          disabled={state === 'working'}
          onClick={() => setState('confirm')}
        >
          {state === 'working' ? t('delete.working') : (props.label ?? t('delete.now'))}
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
