export { AnalysisMessages } from './messages.js';
export {
  assessObjectives,
  availableValue,
  lookupValue,
  type MetricValues,
  type ObjectiveAssessments,
} from './assessments.js';
export { assessWinner, NO_REWARD_MESSAGE, type WinnerInput } from './winner.js';
export {
  CONFORMANCE_WEIGHTS_MESSAGE,
  EXPLORATION_TRAFFIC_PERCENT,
  recommendedVersion,
  recommendWeights,
  type WeightConstraints,
  type WeightsInput,
} from './weights.js';
