import { createNodeCrypto } from '@pastenym/crypto/node';
import type { ServiceEventListener } from '../service/events.js';
import { PasteService } from '../service/paste-service.js';
import type { Storage } from '../storage/index.js';
import type { ServerConfig } from './config-schema.js';

/**
 * The paste service as the configuration describes it, on Node's crypto.
 * @throws {ServerError} `server.invalid_argument` for inconsistent limits
 */
export function serviceFromConfig(
  config: ServerConfig,
  storage: Storage,
  onEvent?: ServiceEventListener,
): PasteService {
  return new PasteService({
    storage,
    crypto: createNodeCrypto(),
    limits: {
      maxBundleBytes: config.maxBundleBytes,
      maxViews: config.maxViews,
      expiryChoices: config.expiryChoices,
      maxV2ContentBytes: config.v2MaxBytes,
    },
    v2: {
      mode: config.v2,
      maxExpirySeconds: config.v2MaxExpirySeconds,
      budget: {
        all: { perMinute: config.v2CreatesPerMinute, burst: config.v2CreateBurst },
        perSender: {
          perMinute: config.v2SenderCreatesPerMinute,
          burst: config.v2SenderCreateBurst,
        },
      },
    },
    pow: {
      base: config.powDifficulty,
      max: config.powMaxDifficulty,
      targetPerMinute: config.powTargetPerMinute,
      halfLifeMs: config.powStepDownSeconds * 1000,
    },
    ...(onEvent ? { onEvent } : {}),
  });
}
