import type { Services } from '../../state/runtime.js';
import { useTranslation } from 'react-i18next';
import { DeleteNow } from '../share/DeleteNow.js';
import { useFocusOnMount } from './Prompts.js';

/** The owner's deletion link: deletes without fetching (so without spending a view). */
export function DeletePage(props: {
  readonly services: Services;
  readonly pasteId: string;
  readonly ownerToken: string;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { t } = useTranslation();
  return (
    <section className="card prompt">
      <h1 ref={heading} tabIndex={-1}>
        {t('delete.pageTitle')}
      </h1>
      <p>{t('delete.pageDetail')}</p>
      <DeleteNow
        label={t('delete.thePaste')}
        onDelete={() => props.services.client.deletePaste(props.pasteId, props.ownerToken)}
      />
    </section>
  );
}
