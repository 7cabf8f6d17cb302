import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

/** Shows a plain message instead of a blank page when a screen fails to render. */
export class ErrorBoundary extends Component<
  { readonly children: ReactNode; readonly resetKey: string },
  { failed: boolean; key: string }
> {
  override state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<{ failed: boolean }> {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: { resetKey: string },
    state: { failed: boolean; key: string },
  ) {
    // Another route gets another chance.
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <section className="card status-message error" role="alert">
            <h1>{t('crash.title')}</h1>
            <p>{t('crash.detail')}</p>
            <a className="button" href="#/">
              {t('common.newPaste')}
            </a>
          </section>
        )}
      </Translation>
    );
  }
}
