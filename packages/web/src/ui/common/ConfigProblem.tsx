import { Trans, useTranslation } from 'react-i18next';

/** Why the page cannot start: no configuration, a broken one, or no secure context. */
export function ConfigProblem(props: {
  readonly reason: 'missing' | 'invalid' | 'insecure';
  readonly problems: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <section className="card status-message error" role="alert">
      <h1>{t(`config.${props.reason}`)}</h1>
      {props.reason === 'insecure' ? (
        <p>{t('config.insecureDetail')}</p>
      ) : (
        <p>
          <Trans i18nKey="config.operatorDetail" components={{ file: <code /> }} />
        </p>
      )}
      {/* Technical details for the operator, as the configuration check wrote them. */}
      <ul lang="en" dir="ltr">
        {props.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </section>
  );
}
