// Typed model of the iter8.tools/v2alpha2 Experiment and Metric resources
// (docs/iter8-behaviour.md#the-experiment-resource).
// Input is parsed and validated once (see parse.ts); everything past that point works with these types.

import type { Verdict } from './outcome.js';

export const GROUP = 'iter8.tools';
export const API_VERSION = 'iter8.tools/v2alpha2';
export const LEGACY_API_VERSION = 'iter8.tools/v2alpha1';

export const TESTING_PATTERNS = ['Canary', 'A/B', 'A/B/N', 'Conformance'] as const;
export type TestingPattern = (typeof TESTING_PATTERNS)[number];

export const DEPLOYMENT_PATTERNS = ['FixedSplit', 'Progressive', 'BlueGreen'] as const;
export type DeploymentPattern = (typeof DEPLOYMENT_PATTERNS)[number];

export const STAGES = ['Waiting', 'Initializing', 'Running', 'Finishing', 'Completed'] as const;
export type Stage = (typeof STAGES)[number];

/** A Kubernetes resource.Quantity as written in YAML: `50`, `"0.01"`, `10m`, `5880641926n`. */
export type QuantityInput = string | number;

export interface ObjectMeta {
  name?: string;
  namespace?: string;
  resourceVersion?: string;
  generation?: number;
  uid?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

export interface NamedValue {
  name: string;
  value: string;
}

export interface TaskSpec {
  task: string;
  with?: Record<string, unknown>;
}

export interface ObjectReference {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  fieldPath?: string;
  // corev1.ObjectReference carries these too; accepted so that Iter8's own objects validate.
  resourceVersion?: string;
  uid?: string;
}

export interface VersionDetail {
  name: string;
  variables?: NamedValue[];
  weightObjRef?: ObjectReference;
}

export interface VersionInfo {
  baseline: VersionDetail;
  candidates?: VersionDetail[];
  /** iter8fn extension: the version comparisons test against (the live revision of a dark launch). */
  reference?: VersionDetail;
}

export interface Weights {
  maxCandidateWeight?: number;
  maxCandidateWeightIncrement?: number;
}

export interface Strategy {
  testingPattern: TestingPattern;
  deploymentPattern?: DeploymentPattern;
  actions?: Record<string, TaskSpec[]>;
  weights?: Weights;
}

export interface Reward {
  metric: string;
  preferredDirection: 'High' | 'Low';
}

export interface Objective {
  metric: string;
  upperLimit?: QuantityInput;
  lowerLimit?: QuantityInput;
  // snake_case on the wire, exactly as Iter8 v2alpha2 spelled it.
  rollback_on_failure?: boolean;
}

/** iter8fn extension: a tested version against the reference, on the same window (docs/comparisons.md). */
export interface Comparison {
  metric: string;
  /** tested <= maxRatio x reference */
  maxRatio?: QuantityInput;
  /** tested <= reference + maxIncrease (in the metric's units) */
  maxIncrease?: QuantityInput;
  /** Samples (requests) on each side before any verdict; default DEFAULT_MIN_SAMPLES. */
  minSamples?: number;
  /** Confidence of the one-sided test that makes a comparison violated; default DEFAULT_CONFIDENCE. */
  confidence?: QuantityInput;
}

export const DEFAULT_MIN_SAMPLES = 100;
export const DEFAULT_CONFIDENCE = '0.95';

export interface Criteria {
  requestCount?: string;
  rewards?: Reward[];
  indicators?: string[];
  objectives?: Objective[];
  comparisons?: Comparison[];
  strength?: unknown;
}

export interface Duration {
  intervalSeconds?: number;
  iterationsPerLoop?: number;
  maxLoops?: number;
}

export interface ExperimentSpec {
  target: string;
  versionInfo?: VersionInfo;
  strategy: Strategy;
  criteria?: Criteria;
  duration?: Duration;
}

/** `spec.strategy` after the in-memory defaults (docs/iter8-behaviour.md#spec-defaults, parse.ts applyDefaults). */
export interface ResolvedStrategy extends Omit<Strategy, 'deploymentPattern' | 'weights'> {
  deploymentPattern: DeploymentPattern;
  weights: Required<Weights>;
}

/**
 * `spec` after the in-memory defaults (docs/iter8-behaviour.md#spec-defaults); what the iteration logic and analytics
 * read.
 */
export interface ResolvedSpec extends Omit<ExperimentSpec, 'strategy' | 'duration'> {
  strategy: ResolvedStrategy;
  duration: Required<Duration>;
}

/** The conditions Iter8 kept; every status starts with these. */
export const ITER8_CONDITION_TYPES = ['Completed', 'Failed', 'TargetAcquired'] as const;
/** iter8fn adds TrafficObserved: False names a version that received no requests (see docs/metric-packs.md). */
export const CONDITION_TYPES = [...ITER8_CONDITION_TYPES, 'TrafficObserved'] as const;
export type ConditionType = (typeof CONDITION_TYPES)[number];
export type ConditionStatus = 'True' | 'False' | 'Unknown';

export interface Condition {
  type: ConditionType;
  status: ConditionStatus;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

/** The common envelope of every section of status.analysis (docs/iter8-behaviour.md#status-and-analysis). */
export interface AnalysisSection<T> {
  provenance: string;
  timestamp: string;
  message?: string;
  data: T;
}

export interface VersionMetricValue {
  max?: string;
  min?: string;
  /** Absent when the value is unavailable (no data yet); see iteration/step.ts. */
  value?: string;
  sampleSize?: number;
}

export interface AggregatedMetric {
  max?: string;
  min?: string;
  data: Record<string, VersionMetricValue>;
}

export interface WinnerAssessmentData {
  winnerFound: boolean;
  winner?: string;
  bestVersions?: string[];
}

export interface VersionWeight {
  name: string;
  value: number;
}

export const COMPARISON_TESTS = ['mann-whitney', 'two-proportion'] as const;
export type ComparisonTest = (typeof COMPARISON_TESTS)[number];
export const COMPARISON_VERDICTS = ['satisfied', 'violated', 'unavailable'] as const;
export type ComparisonVerdict = (typeof COMPARISON_VERDICTS)[number];

/** iter8fn extension: one comparison for one tested version, as status.analysis.comparisons records it. */
export interface ComparisonRecord {
  /** The metric reference as the comparison wrote it. */
  metric: string;
  /** The tested version's name. */
  version: string;
  /** The reference version's name. */
  reference: string;
  testedValue?: string;
  referenceValue?: string;
  /** tested / reference, when the comparison has maxRatio and the reference value is not zero. */
  ratio?: number;
  /** tested - reference, when the comparison has maxIncrease. */
  difference?: number;
  maxRatio?: string;
  maxIncrease?: string;
  testedSamples?: number;
  referenceSamples?: number;
  minSamples: number;
  confidence: string;
  test?: ComparisonTest;
  /** One-sided p-value of "the tested version is worse than the bound allows" (beyond a bound only). */
  pValue?: number;
  verdict: ComparisonVerdict;
  /** Why the verdict is unavailable, or what was violated, in words. */
  reason?: string;
}

export interface Analysis {
  aggregatedBuiltinHists?: AnalysisSection<unknown>;
  aggregatedMetrics?: AnalysisSection<Record<string, AggregatedMetric>>;
  winnerAssessment?: AnalysisSection<WinnerAssessmentData>;
  versionAssessments?: AnalysisSection<Record<string, boolean[]>>;
  weights?: AnalysisSection<VersionWeight[]>;
  /** iter8fn extension. */
  comparisons?: AnalysisSection<ComparisonRecord[]>;
}

/** iter8fn extension: metric backend errors are counted, not treated as violated objectives. */
export interface MetricErrorRecord {
  /** Consecutive iteration attempts that failed on a metric backend error. */
  consecutive: number;
  metric: string;
  version?: string;
  message: string;
  time: string;
}

export interface MetricSnapshot {
  /** The reference as the experiment wrote it (`iter8-knative/mean-latency` or `mean-latency`). */
  name: string;
  metricObj: Metric;
}

/** Most iterations kept in status.history; older ones are dropped first. */
export const HISTORY_LIMIT = 100;

/**
 * iter8fn extension: one counted iteration in status.history. Values are quantities as in
 * aggregatedMetrics, keyed by metric reference then version; an unavailable value is absent.
 */
export interface IterationRecord {
  iteration: number;
  time: string;
  values: Record<string, Record<string, string>>;
  /**
   * Reserved for the comparisons' results (a tested version against the live reference) once the
   * analysis produces them; not written yet.
   */
  comparisons?: IterationComparison[];
}

/** One comparison's result for one tested version in one iteration (see IterationRecord.comparisons). */
export interface IterationComparison {
  metric: string;
  version: string;
  verdict: Verdict;
  /** tested / reference, when the comparison bounds the ratio. */
  ratio?: number;
  /** tested - reference, when the comparison bounds the increase. */
  difference?: number;
}

export interface ExperimentStatus {
  conditions?: Condition[];
  initTime?: string;
  startTime?: string;
  lastUpdateTime?: string;
  stage?: Stage;
  completedIterations?: number;
  currentWeightDistribution?: VersionWeight[];
  analysis?: Analysis;
  versionRecommendedForPromotion?: string;
  message?: string;
  metrics?: MetricSnapshot[];
  metricErrors?: MetricErrorRecord;
  /** iter8fn extension: the last HISTORY_LIMIT counted iterations, oldest first. */
  history?: IterationRecord[];
}

export interface Experiment {
  apiVersion: string;
  kind: 'Experiment';
  metadata: ObjectMeta;
  spec: ExperimentSpec;
  status?: ExperimentStatus;
}

// ---- Metric (docs/iter8-behaviour.md#the-metric-resource) ----

export const METRIC_TYPES = ['Counter', 'Gauge'] as const;
export type MetricType = (typeof METRIC_TYPES)[number];
export const AUTH_TYPES = ['Basic', 'Bearer', 'APIKey'] as const;
export type AuthType = (typeof AUTH_TYPES)[number];

export interface MockLevel {
  name: string;
  level: QuantityInput;
}

export const METRIC_COMPARISON_KINDS = ['distribution', 'proportion'] as const;
export type MetricComparisonKind = (typeof METRIC_COMPARISON_KINDS)[number];

/** iter8fn extension: how comparisons test this metric for significance (docs/comparisons.md). */
export interface MetricComparisonSpec {
  /** distribution: a rank test on histogram buckets; proportion: the value is a share of sampleSize. */
  kind: MetricComparisonKind;
  /** distribution only: PromQL giving per `le` the cumulative count over the window (same params as the metric). */
  bucketQuery?: string;
}

export interface MetricSpec {
  description?: string;
  units?: string;
  type?: MetricType;
  sampleSize?: string;
  provider?: string;
  params?: NamedValue[];
  body?: string;
  method?: 'GET' | 'POST';
  authType?: AuthType;
  secret?: string;
  headerTemplates?: NamedValue[];
  urlTemplate?: string;
  jqExpression?: string;
  mock?: MockLevel[];
  comparison?: MetricComparisonSpec;
}

export interface Metric {
  apiVersion: string;
  kind: 'Metric';
  metadata: ObjectMeta;
  spec: MetricSpec;
}
