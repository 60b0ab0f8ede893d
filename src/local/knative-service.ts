// What `kubectl apply` of Knative Services does to their revisions and traffic, played locally:
// each apply with a changed template makes a revision (named by the template or by the
// generation), an unchanged one makes none, and the last traffic block is the split, with
// latestRevision resolved at the end.

import type { KnativeRoute, TrafficShare } from './destinations.js';
import { field, ManifestError, type PlayNotes } from './manifest.js';
import { TUTORIAL_FILES } from './tutorial-files.js';

/** One Knative revision, played by a local process of the built-in sample app. */
export interface RevisionSpec {
  name: string;
  namespace: string;
  serviceName: string;
  /** Container env (T_VERSION names the colour the sample app shows). */
  env: Record<string, string>;
  image?: string;
  /** From the template annotation LOCAL_SERVICE_TIME_ANNOTATION: how long the local app works per request. */
  serviceTimeMs?: number;
}

/**
 * A Service template annotation read by local mode only (Knative keeps annotations and ignores
 * this one): the local app's time per request, standing in for the real app's work, so that a
 * relative latency fault (`--inject rev:latency=+50%`) has something to be relative to.
 */
export const LOCAL_SERVICE_TIME_ANNOTATION = 'iter8fn.dev/local-service-time';

export interface KnativeServiceModel {
  name: string;
  namespace: string;
  revisions: RevisionSpec[];
  /** The split after the last apply, latestRevision resolved. */
  route: KnativeRoute;
}

const CONTAINER_KEYS = ['name', 'image', 'env', 'ports'] as const;

export interface ServiceState {
  name: string;
  namespace: string;
  revisions: RevisionSpec[];
  /** JSON of each revision's template, to tell a re-apply from a new revision. */
  templates: Map<string, string>;
  traffic: unknown[] | undefined;
  trafficWhere: string;
  generation: number;
}

export function newServiceState(name: string, namespace: string, where: string): ServiceState {
  return {
    name,
    namespace,
    revisions: [],
    templates: new Map(),
    traffic: undefined,
    trafficWhere: where,
    generation: 0,
  };
}

/** The service as the applies left it. */
export function serviceModel(state: ServiceState, notes: PlayNotes): KnativeServiceModel {
  return {
    name: state.name,
    namespace: state.namespace,
    revisions: state.revisions,
    route: { namespace: state.namespace, name: state.name, traffic: resolveTraffic(state, notes) },
  };
}

/** One `kubectl apply` of a Knative Service: a changed template makes a revision; traffic replaces the split. */
export function applyService(
  state: ServiceState,
  value: Record<string, unknown>,
  where: string,
  notes: PlayNotes,
): void {
  const spec = field.requiredRecord(value.spec, `${where}: spec`);
  notes.skipUnknownKeys(spec, ['template', 'traffic'], `${where}: spec`);
  const template = field.requiredRecord(spec.template, `${where}: spec.template`);
  const templateMetadata = field.optionalRecord(template.metadata, `${where}: spec.template.metadata`) ?? {};
  for (const key of Object.keys(templateMetadata)) {
    if (key !== 'name' && key !== 'annotations')
      notes.skip(`${where}: spec.template.metadata`, key, 'scaling and labels do not apply to a local process');
  }
  const serviceTimeMs = localServiceTime(templateMetadata.annotations, `${where}: spec.template.metadata`, notes);
  const templateSpec = field.requiredRecord(template.spec, `${where}: spec.template.spec`);
  notes.skipUnknownKeys(templateSpec, ['containers'], `${where}: spec.template.spec`);
  const containers = field.optionalList(templateSpec.containers, `${where}: spec.template.spec.containers`);
  const container = field.requiredRecord(containers[0], `${where}: spec.template.spec.containers[0]`);
  if (containers.length > 1)
    notes.skip(`${where}`, `containers after the first`, 'the sample app plays the first container');
  notes.skipUnknownKeys(
    container,
    CONTAINER_KEYS,
    `${where}: containers[0]`,
    'the built-in sample app answers instead',
  );

  const env: Record<string, string> = {};
  field.optionalList(container.env, `${where}: containers[0].env`).forEach((entry, i) => {
    const at = `${where}: containers[0].env[${i}]`;
    const record = field.requiredRecord(entry, at);
    const envName = field.requiredString(record.name, `${at}.name`);
    if (record.valueFrom !== undefined) {
      notes.skip(at, `valueFrom of ${envName}`, 'no Secrets or ConfigMaps locally');
      return;
    }
    const envValue = record.value;
    env[envName] =
      typeof envValue === 'string'
        ? envValue
        : envValue === undefined || envValue === null
          ? ''
          : typeof envValue === 'number' || typeof envValue === 'boolean'
            ? String(envValue)
            : JSON.stringify(envValue);
  });
  const image = field.optionalString(container.image, `${where}: containers[0].image`);

  const fingerprint = JSON.stringify(template);
  const explicitName = field.optionalString(templateMetadata.name, `${where}: spec.template.metadata.name`);
  const last = state.revisions.at(-1);
  if (explicitName !== undefined) {
    const previous = state.templates.get(explicitName);
    if (previous !== undefined && previous !== fingerprint) {
      throw new ManifestError(
        `${where}: revision ${explicitName} already exists with a different template (Knative refuses this)`,
      );
    }
    if (previous === undefined) addRevision(state, explicitName, { env, image, serviceTimeMs }, fingerprint);
  } else if (!last || state.templates.get(last.name) !== fingerprint) {
    // Knative names unnamed revisions <service>-<generation, 5 digits>.
    const name = `${state.name}-${String(state.generation + 1).padStart(5, '0')}`;
    addRevision(state, name, { env, image, serviceTimeMs }, fingerprint);
  }
  state.generation++;
  if (spec.traffic !== undefined) {
    state.traffic = field.optionalList(spec.traffic, `${where}: spec.traffic`);
    state.trafficWhere = where;
  }
}

function addRevision(
  state: ServiceState,
  name: string,
  played: { env: Record<string, string>; image: string | undefined; serviceTimeMs: number | undefined },
  fingerprint: string,
): void {
  state.templates.set(name, fingerprint);
  state.revisions.push({
    name,
    namespace: state.namespace,
    serviceName: state.name,
    env: played.env,
    ...(played.image ? { image: played.image } : {}),
    ...(played.serviceTimeMs !== undefined ? { serviceTimeMs: played.serviceTimeMs } : {}),
  });
}

/** The LOCAL_SERVICE_TIME_ANNOTATION in ms (`30ms`, `0.03s`); other annotations are noted as skipped. */
function localServiceTime(annotations: unknown, where: string, notes: PlayNotes): number | undefined {
  const record = field.optionalRecord(annotations, `${where}.annotations`) ?? {};
  if (Object.keys(record).some((key) => key !== LOCAL_SERVICE_TIME_ANNOTATION)) {
    notes.skip(where, 'annotations', 'scaling and labels do not apply to a local process');
  }
  const value = record[LOCAL_SERVICE_TIME_ANNOTATION];
  if (value === undefined) return undefined;
  const match = typeof value === 'string' ? /^(\d+(?:\.\d+)?)(ms|s)$/.exec(value.trim()) : null;
  if (!match) {
    throw new ManifestError(
      `${where}.annotations.${LOCAL_SERVICE_TIME_ANNOTATION}: expected a duration such as 30ms or 0.03s, got ${JSON.stringify(value)}`,
    );
  }
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

function resolveTraffic(state: ServiceState, notes: PlayNotes): TrafficShare[] {
  const latest = state.revisions.at(-1);
  if (!latest) throw new ManifestError(`${TUTORIAL_FILES.service}: Service ${state.name} has no revision`);
  if (state.traffic === undefined) return [{ revisionName: latest.name, percent: 100 }];
  const where = `${state.trafficWhere}: spec.traffic`;
  const entries = state.traffic;
  const shares = entries.map((entry, i): TrafficShare => {
    const at = `${where}[${i}]`;
    const record = field.requiredRecord(entry, at);
    notes.skipUnknownKeys(record, ['revisionName', 'latestRevision', 'percent', 'tag'], at);
    const tag = field.optionalString(record.tag, `${at}.tag`);
    if (tag) notes.skip(at, `tag ${tag}`, `its own route ${tag}-${state.name} is not played`);
    const latestRevision = field.optionalBoolean(record.latestRevision, `${at}.latestRevision`) ?? false;
    const named = field.optionalString(record.revisionName, `${at}.revisionName`);
    if (latestRevision === (named !== undefined))
      throw new ManifestError(`${at}: set exactly one of revisionName, latestRevision: true`);
    const revisionName = named ?? latest.name;
    if (!state.revisions.some((r) => r.name === revisionName)) {
      throw new ManifestError(
        `${at}.revisionName: no revision ${revisionName} (known: ${state.revisions.map((r) => r.name).join(', ')})`,
      );
    }
    const percent = field.optionalNumber(record.percent, `${at}.percent`) ?? (entries.length === 1 ? 100 : 0);
    if (!Number.isInteger(percent) || percent < 0 || percent > 100)
      throw new ManifestError(`${at}.percent: must be a whole number 0..100`);
    return { revisionName, percent };
  });
  const total = shares.reduce((sum, s) => sum + s.percent, 0);
  if (total !== 100) throw new ManifestError(`${where}: percents add up to ${total}, not 100`);
  return shares;
}
