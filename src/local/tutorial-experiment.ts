// experiment.yaml: the tutorial's Iter8 experiment, checked for iteration and refused if it
// already ran.

import { InvalidInputError, parseExperiment } from '../experiment/parse.js';
import type { Experiment } from '../experiment/types.js';
import { validateForIteration } from '../experiment/validate.js';
import { FileFormatError, parseExperimentFile } from '../store/file-store.js';
import { ManifestError, readManifestText } from './manifest.js';

export interface TutorialExperiment {
  file: string;
  /** The file's text, copied byte for byte into the state folder. */
  text: string;
  parsed: Experiment;
}

export async function readExperiment(file: string): Promise<TutorialExperiment> {
  const text = await readManifestText(file);
  try {
    const parsedFile = parseExperimentFile(file, text);
    const parsed = parseExperiment(parsedFile.documents[parsedFile.experimentIndex]?.toJS(), file);
    const problem = validateForIteration(parsed);
    if (problem) throw new ManifestError(`${file}: ${problem.message}`);
    if (parsed.status?.completedIterations) {
      throw new ManifestError(
        `${file}: already has status (${parsed.status.completedIterations} iteration(s)); give the tutorial's own experiment.yaml`,
      );
    }
    return { file, text, parsed };
  } catch (err) {
    if (err instanceof FileFormatError || err instanceof InvalidInputError) throw new ManifestError(err.message);
    throw err;
  }
}
