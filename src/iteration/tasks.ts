// Start actions (spec.strategy.actions.start) where there is no cluster. The only known task is
// knative/init-experiment, which needs one; in file mode it is reported as skipped, never ignored.

import type { Experiment } from '../experiment/types.js';
import type { TaskReport, TaskRun, TaskRunner } from './ports.js';

/** File mode: no cluster, so cluster tasks are skipped with a reason. */
export class OfflineTaskRunner implements TaskRunner {
  constructor(private readonly mode = 'file mode') {}

  async runStart(experiment: Experiment): Promise<TaskRun> {
    const reports = (experiment.spec.strategy.actions?.start ?? []).map((task): TaskReport => ({
      task: task.task,
      outcome: 'skipped',
      message: `skipped in ${this.mode}: it checks a Knative Service in a Kubernetes cluster`,
    }));
    return { experiment, reports };
  }

  /** Nothing was derived at the start, so there is nothing to derive again. */
  async prepare(experiment: Experiment): Promise<TaskRun> {
    return { experiment, reports: [] };
  }
}
