// One row per objective and version: the objective as a label, the verdict, and the value it was
// judged on. `iter8fn run` prints them after each iteration; local mode shows them live.

import { formatFixed3Ceil, parseQuantity } from '../experiment/quantity.js';
import type { Experiment } from '../experiment/types.js';
import { experimentVersions } from '../experiment/versions.js';

export interface ObjectiveRow<V extends string> {
  version: string;
  /** `iter8-knative/mean-latency <= 50.000` */
  label: string;
  verdict: V;
  /** The value it was judged on, 3 decimals, if there is one. */
  value?: string;
}

const fixed = (quantity: string | number): string => formatFixed3Ceil(parseQuantity(quantity));

/** Rows for every objective (in order) and version; `verdictOf` says how each was judged. */
export function objectiveRows<V extends string>(
  experiment: Experiment,
  verdictOf: (metric: string, objectiveIndex: number, version: string) => V,
): ObjectiveRow<V>[] {
  const aggregated = experiment.status?.analysis?.aggregatedMetrics?.data ?? {};
  const versions = experimentVersions(experiment).map((v) => v.name);
  return (experiment.spec.criteria?.objectives ?? []).flatMap((objective, index) => {
    const label = [
      objective.lowerLimit !== undefined ? `${fixed(objective.lowerLimit)} <=` : '',
      objective.metric,
      objective.upperLimit !== undefined ? `<= ${fixed(objective.upperLimit)}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return versions.map((version): ObjectiveRow<V> => {
      const value = aggregated[objective.metric]?.data[version]?.value;
      return {
        version,
        label,
        verdict: verdictOf(objective.metric, index, version),
        ...(value !== undefined ? { value: fixed(value) } : {}),
      };
    });
  });
}
