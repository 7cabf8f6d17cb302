import type { CreateProgress } from '@pastenym/paste-protocol';
import type { SendProgress } from '../../net/connection.js';

const STAGES: Record<CreateProgress['stage'], string> = {
  ping: 'Asking the server for its limits',
  encrypt: 'Encrypting in this browser',
  pow: 'Solving the anti-spam puzzle',
  send: 'Sending through the mixnet',
  upload: 'Sending through the mixnet',
  wait: 'Waiting for the server’s reply',
};

/** Where the creation of a paste stands; a bar for the proof of work and large uploads. */
export function CreateProgressView(props: {
  readonly progress: CreateProgress;
  readonly send: SendProgress | undefined;
}) {
  const { progress, send } = props;
  let fraction: number | undefined;
  if (progress.stage === 'pow')
    fraction = Math.min(0.95, progress.attempts / (progress.expected * 2));
  if (progress.stage === 'send' && send && send.total > 0) fraction = send.acked / send.total;
  const detail =
    progress.stage === 'send' && send && send.total > 0
      ? ` (${Math.round((send.acked / send.total) * 100)}%)`
      : '';
  return (
    <div className="progress" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>
        {STAGES[progress.stage]}
        {detail}…
      </span>
      {fraction !== undefined ? (
        <progress max={1} value={fraction} aria-label={STAGES[progress.stage]} />
      ) : null}
    </div>
  );
}
