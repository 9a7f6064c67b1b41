// The zxcvbn estimator with the common-password list (about 49,000 leaked passwords), the
// diceware words, and Dutch words, first names and surnames. Large: the server imports it
// directly, the browser only through import() once someone types a new password.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as common } from "@zxcvbn-ts/language-common";
import { dictionary as dutch } from "@zxcvbn-ts/language-nl-be";

export const passwordEstimator = new ZxcvbnFactory({
  dictionary: { ...common, ...dutch },
  graphs: adjacencyGraphs,
  useLevenshteinDistance: true,
});
