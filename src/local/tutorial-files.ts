// The files of a tutorial folder, by role.

export const TUTORIAL_FILES = {
  service: 'service.yaml',
  routing: 'routing-rules.yaml',
  traffic: 'curl.yaml',
  experiment: 'experiment.yaml',
} as const;
