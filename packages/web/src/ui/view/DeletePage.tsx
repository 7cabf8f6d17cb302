import type { Services } from '../../state/runtime.js';
import { DeleteNow } from '../share/DeleteNow.js';
import { useFocusOnMount } from './Prompts.js';

/** The owner's deletion link: deletes without fetching (so without spending a view). */
export function DeletePage(props: {
  readonly services: Services;
  readonly pasteId: string;
  readonly ownerToken: string;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="card prompt">
      <h1 ref={heading} tabIndex={-1}>
        Delete a paste
      </h1>
      <p>
        This is a deletion link. Deleting removes the paste for everyone; it does not open it, and
        no view is spent.
      </p>
      <DeleteNow
        label="Delete the paste"
        onDelete={() => props.services.client.deletePaste(props.pasteId, props.ownerToken)}
      />
    </section>
  );
}
