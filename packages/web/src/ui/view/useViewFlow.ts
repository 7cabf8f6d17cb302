import { useCallback, useEffect, useRef, useState } from 'react';
import {
  isV3LinkKey,
  openFetchedPaste,
  type FetchedPaste,
  type PasteLink,
  type PasteReply,
} from '@pastenym/paste-protocol';
import { keyFrom } from '../../links/route.js';
import { failureKind, type FailureKind } from '../../paste/outcome.js';
import type { Services } from '../../state/runtime.js';

/** Why the key is asked for: the link has none, or the one given does not open the paste. */
export type KeyProblem = 'missing' | 'wrong';

/** Where opening a paste stands. */
export type ViewStep =
  | { readonly step: 'confirm' }
  | { readonly step: 'key'; readonly problem: KeyProblem }
  | { readonly step: 'password'; readonly wrong: boolean }
  | {
      readonly step: 'loading';
      readonly stage: 'send' | 'wait' | 'decrypt';
      /** Fragments of a large reply received so far, and how many there are. */
      readonly received?: number;
      readonly total?: number;
    }
  | { readonly step: 'opened'; readonly paste: FetchedPaste }
  | { readonly step: 'failed'; readonly kind: FailureKind };

/** What the reader can do at each step. */
export interface ViewFlow {
  readonly state: ViewStep;
  /**
   * The fetched copy is the last one: the server spent its last view on it, so this tab holds
   * the only copy left.
   */
  readonly lastChance: boolean;
  readonly confirm: () => void;
  /** Takes the key, or a whole link holding it. */
  readonly submitKey: (input: string) => void;
  readonly submitPassword: (password: string) => void;
  readonly retry: () => void;
}

/**
 * The first step for a link: confirm, then the key if missing (unless the link says the paste
 * is public), then the password if flagged.
 */
function firstStep(
  link: PasteLink,
  isPublic: boolean,
  key: string | undefined,
  confirmed: boolean,
): ViewStep | undefined {
  if (link.confirmBeforeOpening && !confirmed) return { step: 'confirm' };
  if (key === undefined && !isPublic) return { step: 'key', problem: 'missing' };
  if (link.passwordRequired) return { step: 'password', wrong: false };
  return undefined;
}

/**
 * Opening a paste. Nothing is fetched before the reader confirmed (when the link asks for it)
 * and gave the key and password the link says are needed. The fetched bundle is kept, so a
 * wrong password or key is retried here without asking the server again (a `get` spends a view).
 */
export function useViewFlow(services: Services, link: PasteLink, isPublic = false): ViewFlow {
  const key = useRef<string | undefined>(link.key);
  const password = useRef<string | undefined>(undefined);
  const confirmed = useRef(false);
  const reply = useRef<PasteReply | undefined>(undefined);
  const busy = useRef(false);
  const [state, setState] = useState<ViewStep>(
    () => firstStep(link, isPublic, link.key, false) ?? { step: 'loading', stage: 'send' },
  );
  const [lastChance, setLastChance] = useState(false);

  const open = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      if (!reply.current) {
        setState({ step: 'loading', stage: 'send' });
        // A v3 key can only belong to a v3 server's paste: no need to wait for the first pong
        // (on a v2-only server a v3 get would be dropped, so other links wait for it).
        const v3Link = isV3LinkKey(key.current);
        if (!v3Link) await services.serverKnown;
        reply.current = await services.client.fetchPaste(link.pasteId, {
          v3Link,
          onSent: () => setState({ step: 'loading', stage: 'wait' }),
          onReceiving: ({ done, total }) =>
            setState({ step: 'loading', stage: 'wait', received: done, total }),
        });
        setLastChance(reply.current.remainingViews === 0);
      }
      setState({ step: 'loading', stage: 'decrypt' });
      const paste = await openFetchedPaste({ crypto: services.crypto }, reply.current, {
        key: key.current || undefined,
        password: password.current,
      });
      setState({ step: 'opened', paste });
    } catch (error) {
      const kind = failureKind(error);
      if (kind === 'password_required' || kind === 'wrong_password') {
        setState({ step: 'password', wrong: kind === 'wrong_password' });
      } else if (kind === 'wrong_key' && reply.current) {
        setState({ step: 'key', problem: key.current ? 'wrong' : 'missing' });
      } else setState({ step: 'failed', kind });
    } finally {
      busy.current = false;
    }
  }, [services, link.pasteId]);

  // A link that needs no confirmation, key or password is fetched at once.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (!firstStep(link, isPublic, link.key, false)) void open();
  }, [link, isPublic, open]);

  const advance = useCallback(() => {
    const next = firstStep(link, isPublic, key.current, confirmed.current);
    if (next && !(next.step === 'password' && password.current !== undefined)) setState(next);
    else void open();
  }, [link, isPublic, open]);

  return {
    state,
    lastChance,
    confirm: () => {
      confirmed.current = true;
      advance();
    },
    submitKey: (input) => {
      // An empty key is a public paste's.
      key.current = keyFrom(input) ?? '';
      advance();
    },
    submitPassword: (value) => {
      password.current = value;
      void open();
    },
    retry: () => {
      reply.current = undefined;
      setLastChance(false);
      void open();
    },
  };
}
