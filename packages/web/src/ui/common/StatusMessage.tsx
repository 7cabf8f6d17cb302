import type { ReactNode, Ref } from 'react';

/** A state of a screen: a heading, an explanation and what can be done next. */
export function StatusMessage(props: {
  readonly title: string;
  readonly tone?: 'info' | 'warning' | 'error' | 'success';
  readonly children?: ReactNode;
  readonly actions?: ReactNode;
  readonly headingRef?: Ref<HTMLHeadingElement>;
}) {
  const tone = props.tone ?? 'info';
  return (
    <section
      className={`card status-message ${tone}`}
      role={tone === 'error' ? 'alert' : undefined}
    >
      <h2 tabIndex={-1} ref={props.headingRef}>
        {props.title}
      </h2>
      {props.children}
      {props.actions ? <div className="actions">{props.actions}</div> : null}
    </section>
  );
}
