import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ownerTokenFrom } from '../../links/route.js';
import { DeleteNow } from '../share/DeleteNow.js';

/** "Delete this paste": for its owner, with the deletion link or token from the share screen. */
export function DeleteWithToken(props: {
  readonly onDelete: (ownerToken: string) => Promise<void>;
}) {
  const id = useId();
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  return (
    <details className="card owner-delete">
      <summary>{t('delete.ownerSummary')}</summary>
      <label htmlFor={id}>{t('delete.tokenLabel')}</label>
      <input
        id={id}
        type="text"
        value={token}
        onChange={(event) => setToken(event.target.value)}
        spellCheck={false}
        autoComplete="off"
      />
      <DeleteNow
        label={t('delete.button')}
        onDelete={() => props.onDelete(ownerTokenFrom(token))}
      />
    </details>
  );
}
