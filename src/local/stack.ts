// Which Knative and Istio set-up a local "cluster" plays: the Knative Serving version (it decides
// the queue-proxy's series), how its OTel resource attributes reach Prometheus, and whether the
// Istio proxies export their standard metrics. The version matrix is described in
// docs/knative-istio-series.md.

/** How Knative >= 1.19's resource attributes (revision, namespace, pod) reach Prometheus. */
export type MetricsStyle = 'promoted' | 'scrape';
export const METRICS_STYLES: readonly MetricsStyle[] = ['promoted', 'scrape'];

export interface KnativeVersion {
  minor: number;
  patch: number;
}

/** What a test or the CLI asks for; every field optional (see DEFAULT_STACK_CHOICE). */
export interface StackChoice {
  /** `1.18`, `1.20`, `1.21` (a minor means its latest patch) or a full version such as `1.19.5`. */
  knative?: string;
  metricsStyle?: MetricsStyle;
  /** Istio's standard metrics at the gateway hop and at every revision's sidecar. */
  istioTelemetry?: boolean;
}

/** The queue-proxy's request series, as one Knative version writes them. */
export type QueueProxySeries =
  | { kind: 'opencensus' }
  | {
      kind: 'otel';
      /** Prometheus name of the seconds histogram, without _bucket/_sum/_count. */
      histogram: 'kn_serving_invocation_duration_seconds' | 'kn_queueproxy_app_duration_seconds';
      /** Sub-second latencies recorded as 0 s (see docs/knative-istio-series.md#whole-seconds-bug). */
      wholeSecondsBug: boolean;
      /** k8s.pod.name and k8s.container.name among the resource attributes (missing before 1.19.3). */
      podAttributes: boolean;
    };

/** A resolved choice: what the exporters and Prometheus are set up for. */
export interface LocalStack {
  knative: KnativeVersion;
  metricsStyle: MetricsStyle;
  istioTelemetry: boolean;
  series: QueueProxySeries;
}

export class StackChoiceError extends Error {
  override name = 'StackChoiceError';
}

/** The newest minor the version matrix knows. */
const NEWEST_KNOWN_MINOR = 23;
/** The latest patch of each minor with a release that matters to the matrix; others are x.y.0. */
const LATEST_PATCH: Readonly<Record<number, number>> = { 19: 9, 20: 3 };

/** Today's stack: what `iter8fn local` plays by default. */
export const TODAY_STACK_CHOICE: Required<StackChoice> = {
  knative: '1.21',
  metricsStyle: 'promoted',
  istioTelemetry: false,
};
/** The stack the seeds were written for. */
export const LEGACY_STACK_CHOICE: Required<StackChoice> = {
  knative: '1.18',
  metricsStyle: 'promoted',
  istioTelemetry: false,
};

export function formatKnativeVersion(version: KnativeVersion): string {
  return `1.${version.minor}.${version.patch}`;
}

/** `1.21`, `1.19.5`, `v1.20.0` -> a version of the matrix; a minor alone means its latest patch. */
export function parseKnativeVersion(text: string): KnativeVersion {
  const match = /^v?1\.(\d{1,3})(?:\.(\d{1,3}))?$/.exec(text.trim());
  if (!match) {
    throw new StackChoiceError(
      `--knative "${text}": expected a Knative Serving version such as 1.18, 1.20, 1.21 or 1.19.5`,
    );
  }
  const minor = Number(match[1]);
  if (minor > NEWEST_KNOWN_MINOR) {
    throw new StackChoiceError(
      `--knative "${text}": Knative 1.${minor} is newer than the versions local mode knows (up to 1.${NEWEST_KNOWN_MINOR})`,
    );
  }
  const patch = match[2] !== undefined ? Number(match[2]) : (LATEST_PATCH[minor] ?? 0);
  return { minor, patch };
}

export function parseMetricsStyle(text: string): MetricsStyle {
  const style = METRICS_STYLES.find((s) => s === text);
  if (!style) throw new StackChoiceError(`--metrics-style "${text}": expected promoted or scrape`);
  return style;
}

/** The version matrix: which series a Knative Serving version's queue-proxy writes. */
export function queueProxySeries(version: KnativeVersion): QueueProxySeries {
  const { minor, patch } = version;
  if (minor <= 18) return { kind: 'opencensus' };
  // The rename to kn.serving.invocation.duration reached 1.19.8, 1.20.1 and 1.21.0.
  const renamed = minor >= 21 || (minor === 20 && patch >= 1) || (minor === 19 && patch >= 8);
  // Whole-second latencies until 1.19.9, 1.20.2 and 1.21.0.
  const wholeSecondsBug = (minor === 19 && patch <= 8) || (minor === 20 && patch <= 1);
  return {
    kind: 'otel',
    histogram: renamed ? 'kn_serving_invocation_duration_seconds' : 'kn_queueproxy_app_duration_seconds',
    wholeSecondsBug,
    podAttributes: !(minor === 19 && patch < 3),
  };
}

export function resolveStack(choice: StackChoice = {}): LocalStack {
  const knative = parseKnativeVersion(choice.knative ?? LEGACY_STACK_CHOICE.knative);
  return {
    knative,
    metricsStyle: choice.metricsStyle ?? 'promoted',
    istioTelemetry: choice.istioTelemetry ?? false,
    series: queueProxySeries(knative),
  };
}

/** A choice as given on a command line (the style unchecked). */
export interface StackFlags {
  knative?: string;
  metricsStyle?: string;
  istioTelemetry?: boolean;
}

/** Checks the flags and resolves them over `defaults`. */
export function resolveStackFlags(flags: StackFlags, defaults: Required<StackChoice>): LocalStack {
  return resolveStack({
    knative: flags.knative ?? defaults.knative,
    metricsStyle: flags.metricsStyle !== undefined ? parseMetricsStyle(flags.metricsStyle) : defaults.metricsStyle,
    istioTelemetry: flags.istioTelemetry ?? defaults.istioTelemetry,
  });
}

/** The same stack as a choice again (JSON-safe: what a revision process receives). */
export function stackChoiceOf(stack: LocalStack): Required<StackChoice> {
  return {
    knative: formatKnativeVersion(stack.knative),
    metricsStyle: stack.metricsStyle,
    istioTelemetry: stack.istioTelemetry,
  };
}

/** One line for the plan: what the revisions export. */
export function describeStack(stack: LocalStack): string {
  const version = `Knative ${formatKnativeVersion(stack.knative)}`;
  const series = stack.series;
  const knative =
    series.kind === 'opencensus'
      ? `${version}: revision_app_request_latencies_* (ms)`
      : `${version}: ${series.histogram}_* (s), ${
          stack.metricsStyle === 'promoted'
            ? 'resource attributes promoted onto the series (OTLP push)'
            : 'scraped, resource attributes on target_info only'
        }${series.wholeSecondsBug ? ', sub-second latencies recorded as 0 s (whole-seconds bug)' : ''}`;
  return stack.istioTelemetry ? `${knative}; Istio standard metrics at the gateway and each sidecar` : knative;
}
