// Start actions (spec.strategy.actions.start). The only known task is knative/init-experiment,
// which needs a cluster; where there is none (file mode) it is reported as skipped, never ignored.

import type { Experiment } from '../experiment/types.js';

export interface TaskReport {
  task: string;
  outcome: 'done' | 'skipped' | 'failed';
  message: string;
}

export interface StartTaskRunner {
  /** Runs the start actions; returns the experiment as they left it (a task may fill in versionInfo). */
  runStart(experiment: Experiment): Promise<{ experiment: Experiment; reports: TaskReport[] }>;
}

/** File mode: no cluster, so cluster tasks are skipped with a reason. */
export class OfflineTaskRunner implements StartTaskRunner {
  constructor(private readonly mode = 'file mode') {}

  async runStart(experiment: Experiment): Promise<{ experiment: Experiment; reports: TaskReport[] }> {
    const reports = (experiment.spec.strategy.actions?.start ?? []).map((task): TaskReport => ({
      task: task.task,
      outcome: 'skipped',
      message: `skipped in ${this.mode}: it checks a Knative Service in a Kubernetes cluster`,
    }));
    return { experiment, reports };
  }
}
