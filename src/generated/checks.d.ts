// Generated from src/experiment/validator-source.ts by `npm run gen`; do not edit by hand.
// ajv standalone code: `experiment` and `metric` are ajv ValidateFunctions that stop at the first error.
import type { ValidateFunction } from 'ajv';

export declare const experiment: ValidateFunction;
export declare const metric: ValidateFunction;
