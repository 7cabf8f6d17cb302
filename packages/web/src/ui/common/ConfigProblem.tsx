/** Why the page cannot start: no configuration, a broken one, or no secure context. */
export function ConfigProblem(props: {
  readonly reason: 'missing' | 'invalid' | 'insecure';
  readonly problems: readonly string[];
}) {
  const title =
    props.reason === 'insecure'
      ? 'This page needs a secure connection'
      : props.reason === 'missing'
        ? 'This page is not configured'
        : 'This page’s configuration is invalid';
  return (
    <section className="card status-message error" role="alert">
      <h1>{title}</h1>
      {props.reason === 'insecure' ? (
        <p>Encryption in the browser (WebCrypto) only works over https, or on localhost.</p>
      ) : (
        <p>
          The operator of this site needs to provide a <code>config.json</code> next to the page, or
          build the page with a configuration. See the web package’s README.
        </p>
      )}
      <ul>
        {props.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </section>
  );
}
