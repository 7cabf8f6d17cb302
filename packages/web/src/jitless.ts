// Zod (inside the protocol and mixnet packages) probes `new Function('')` to decide whether
// to compile its parsers. The page's CSP forbids eval, so the probe would only produce a
// policy-violation report: tell zod up front not to try.
import { config } from 'zod';

config({ jitless: true });
