import { describe, expect, it } from 'vitest';
import { PasteProtocolError, type PasteClient } from '@pastenym/paste-protocol';
import type { AcknowledgedPaste } from '../src/chaos/load.js';
import { readBack } from '../src/chaos/read-back.js';

const limits = { deadlineMs: 1000, graceMs: 1000, replyTimeoutMs: 500 };

/** A paste client whose store answers by id: text, an error code, or a list of them in turn. */
function stubClient(answers: Record<string, (string | Error)[]>) {
  const asked: string[] = [];
  const client = {
    getPaste(pasteId: string) {
      asked.push(pasteId);
      const answer =
        answers[pasteId]!.length > 1 ? answers[pasteId]!.shift()! : answers[pasteId]![0]!;
      return typeof answer === 'string'
        ? Promise.resolve({ content: { text: answer, attachments: [] } })
        : Promise.reject(answer);
    },
  };
  return { client: client as unknown as PasteClient, asked };
}

const paste = (pasteId: string, phase = 0): AcknowledgedPaste => ({
  phase,
  pasteId,
  key: 'k',
  text: `text of ${pasteId}`,
});
const error = (code: 'client.timeout' | 'paste.not_found' | 'format.wrong_key') =>
  new PasteProtocolError(code, code);

describe('readBack', () => {
  it('finds what is there, loses what is gone or altered, retries silence', async () => {
    const { client, asked } = stubClient({
      kept: ['text of kept'],
      gone: [error('paste.not_found')],
      altered: ['something else'],
      broken: [error('format.wrong_key')],
      late: [error('client.timeout'), error('client.timeout'), 'text of late'],
      silent: [error('client.timeout')],
    });
    const pastes = ['kept', 'gone', 'altered', 'broken', 'late', 'silent'].map((id, i) =>
      paste(id, i),
    );
    const { verdicts, stats } = await readBack(pastes, [client], { limits, budgetMs: 60_000 });
    expect(verdicts).toEqual([
      { phase: 0, verdict: 'found' },
      { phase: 1, verdict: 'lost' },
      { phase: 2, verdict: 'lost' },
      { phase: 3, verdict: 'lost' },
      { phase: 4, verdict: 'found' },
      { phase: 5, verdict: 'unverified' },
    ]);
    expect(asked.filter((id) => id === 'late')).toHaveLength(3);
    expect(asked.filter((id) => id === 'silent')).toHaveLength(3);
    expect(stats).toEqual({ reads: 10, unanswered: 5, retiredReaders: 0 });
  });

  it('lets a reader without answers give up, and another read its pastes', async () => {
    const answers = Object.fromEntries(['a', 'b', 'c', 'd'].map((id) => [id, [`text of ${id}`]]));
    const deaf = stubClient(
      Object.fromEntries(['a', 'b', 'c', 'd'].map((id) => [id, [error('client.timeout')]])),
    );
    const good = stubClient(answers);
    const retired: number[] = [];
    const pastes = ['a', 'b', 'c', 'd'].map((id) => paste(id));
    const { verdicts, stats } = await readBack(pastes, [deaf.client, good.client], {
      limits,
      budgetMs: 60_000,
      onRetire: (index) => retired.push(index),
    });
    expect(verdicts.map(({ verdict }) => verdict)).toEqual(['found', 'found', 'found', 'found']);
    expect(retired).toEqual([0]);
    expect(stats.retiredReaders).toBe(1);
    expect(deaf.asked.length).toBeLessThanOrEqual(3);
  });

  it('shares the pastes among the clients and leaves the rest unverified past the budget', async () => {
    const answers = Object.fromEntries(['a', 'b', 'c', 'd'].map((id) => [id, [`text of ${id}`]]));
    const [one, two] = [stubClient(answers), stubClient(answers)];
    const pastes = ['a', 'b', 'c', 'd'].map((id) => paste(id));
    const { verdicts } = await readBack(pastes, [one.client, two.client], {
      limits,
      budgetMs: 60_000,
    });
    expect(verdicts.every(({ verdict }) => verdict === 'found')).toBe(true);
    expect([...one.asked, ...two.asked].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(one.asked.length).toBeGreaterThan(0);
    expect(two.asked.length).toBeGreaterThan(0);

    let clock = 0;
    const slow = stubClient(answers);
    const { verdicts: late } = await readBack(pastes, [slow.client], {
      limits,
      budgetMs: 3,
      now: () => clock++,
    });
    expect(late.map(({ verdict }) => verdict)).toEqual([
      'found',
      'found',
      'unverified',
      'unverified',
    ]);
  });
});
