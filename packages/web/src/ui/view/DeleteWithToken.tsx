import { useId, useState } from 'react';
import { ownerTokenFrom } from '../../links/route.js';
import { DeleteNow } from '../share/DeleteNow.js';

/** "Delete this paste": for its owner, with the deletion link or token from the share screen. */
export function DeleteWithToken(props: {
  readonly onDelete: (ownerToken: string) => Promise<void>;
}) {
  const id = useId();
  const [token, setToken] = useState('');
  return (
    <details className="card owner-delete">
      <summary>Delete this paste (owner)</summary>
      <label htmlFor={id}>Deletion link or owner token</label>
      <input
        id={id}
        type="text"
        value={token}
        onChange={(event) => setToken(event.target.value)}
        spellCheck={false}
        autoComplete="off"
      />
      <DeleteNow label="Delete paste" onDelete={() => props.onDelete(ownerTokenFrom(token))} />
    </details>
  );
}
