import type { CreateProgress } from '@pastenym/paste-protocol';
import { useTranslation } from 'react-i18next';
import type { SendProgress } from '../../net/connection.js';
import { powEstimate, powSpeed, type PowSample } from '../../paste/pow-estimate.js';
import { useFormat } from '../common/useFormat.js';

/** A stage the view names; `upload` reports only move the send stage's bar. */
export type ShownProgress = Exclude<CreateProgress, { readonly stage: 'upload' }>;

/** Where the creation of a paste stands; a bar for the proof of work and large uploads. */
export function CreateProgressView(props: {
  readonly progress: ShownProgress;
  readonly send: SendProgress | undefined;
  /** The first and latest progress reports of the proof of work, for its speed. */
  readonly powSamples: readonly [PowSample, PowSample] | undefined;
}) {
  const { progress, send } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const stage = t(`progress.${progress.stage}`);
  let fraction: number | undefined;
  let detail: string | undefined;
  if (progress.stage === 'pow') {
    const speed = props.powSamples ? powSpeed(...props.powSamples) : undefined;
    const pow = powEstimate(progress.expected, progress.attempts, speed);
    fraction = pow.chanceDone;
    const why = t('progress.powWhy', { bits: pow.bits, tries: format.number(pow.expectedTries) });
    const time =
      pow.expectedSeconds === undefined
        ? ''
        : ` ${t('progress.powTime', { time: format.duration(Math.max(1, Math.round(pow.expectedSeconds))) })}`;
    const luck = pow.unlucky
      ? ` ${t('progress.powUnlucky', { tries: format.number(progress.attempts) })}`
      : '';
    detail = why + time + luck;
  }
  if (progress.stage === 'send' && send && send.total > 0) {
    fraction = send.acked / send.total;
    detail = t('progress.sendShare', { percent: Math.round(fraction * 100) });
  }
  return (
    <div className="progress" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span className="progress-text">
        <span className="progress-stage">{t('progress.stage', { stage })}</span>
        {detail ? <span className="hint block progress-detail">{detail}</span> : null}
      </span>
      {fraction !== undefined ? <progress max={1} value={fraction} aria-label={stage} /> : null}
    </div>
  );
}
