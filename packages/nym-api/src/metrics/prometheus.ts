// Counters for operators, in the Prometheus text exposition format 0.0.4. It sits here because
// both programs that serve metrics (the paste server and the nym-client stand-in) already
// depend on @pastenym/nym-api, and neither depends on the other: putting it in either would
// add a dependency edge that says something false. Pure: no I/O, no clock.
import { NymApiError } from '../errors.js';

/** The two metric types used: counters only go up (names end in `_total`), gauges go both ways. */
export type MetricType = 'counter' | 'gauge';

/** One value of a metric, with its labels (none for a metric without dimensions). */
export interface MetricSample {
  readonly labels?: Readonly<Record<string, string>>;
  readonly value: number;
}

/** A metric: its name, one line of help, its type and its samples. */
export interface MetricFamily {
  readonly name: string;
  readonly help: string;
  readonly type: MetricType;
  readonly samples: readonly MetricSample[];
}

/** The `Content-Type` of {@link formatPrometheus}'s output. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * Writes metrics in the Prometheus text format 0.0.4: for each family a `# HELP` and a
 * `# TYPE` line, then one line per sample. The output does not depend on the order things
 * were counted in: families are sorted by name, samples by their labels, labels by name.
 * Label values are escaped (`\\`, `"`, newline), help texts too (`\\`, newline).
 * @throws {NymApiError} `nym_api.invalid_metric` for a name the format cannot carry, a counter
 *   whose name does not end in `_total`, a reserved (`__`) label name, or a name used twice
 * @example
 * formatPrometheus([{ name: 'app_sends_total', help: 'Sends.', type: 'counter', samples: [{ value: 3 }] }]);
 * // '# HELP app_sends_total Sends.\n# TYPE app_sends_total counter\napp_sends_total 3\n'
 */
export function formatPrometheus(families: readonly MetricFamily[]): string {
  const seen = new Set<string>();
  for (const family of families) {
    if (!METRIC_NAME.test(family.name)) throw invalid(`bad metric name ${family.name}`);
    if (family.type === 'counter' && !family.name.endsWith('_total')) {
      throw invalid(`counter ${family.name} does not end in _total`);
    }
    if (seen.has(family.name)) throw invalid(`metric ${family.name} given twice`);
    seen.add(family.name);
  }
  const lines: string[] = [];
  for (const family of [...families].sort((a, b) => compare(a.name, b.name))) {
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`);
    lines.push(`# TYPE ${family.name} ${family.type}`);
    const samples = family.samples.map((sample) => ({
      labels: formatLabels(family.name, sample.labels ?? {}),
      value: formatValue(sample.value),
    }));
    samples.sort((a, b) => compare(a.labels, b.labels));
    for (let i = 1; i < samples.length; i++) {
      if (samples[i]!.labels === samples[i - 1]!.labels) {
        throw invalid(`metric ${family.name} has two samples with the same labels`);
      }
    }
    for (const sample of samples) lines.push(`${family.name}${sample.labels} ${sample.value}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** `\`, `"` and newlines in a label value, as the format wants them. */
export function escapeLabelValue(value: string): string {
  return value.replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

function escapeHelp(text: string): string {
  return text.replace(/[\\\n]/g, (c) => (c === '\n' ? '\\n' : '\\\\'));
}

function formatLabels(metric: string, labels: Readonly<Record<string, string>>): string {
  const names = Object.keys(labels).sort(compare);
  if (names.length === 0) return '';
  const parts = names.map((name) => {
    if (!LABEL_NAME.test(name) || name.startsWith('__')) {
      throw invalid(`metric ${metric} has a bad label name ${name}`);
    }
    return `${name}="${escapeLabelValue(labels[name]!)}"`;
  });
  return `{${parts.join(',')}}`;
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

// Code-unit order, the same in every locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function invalid(message: string): NymApiError {
  return new NymApiError('nym_api.invalid_metric', message);
}
