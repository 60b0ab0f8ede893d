// Generated from src/experiment/validator-source.ts by `npm run gen`; do not edit by hand.
// ajv standalone code: `experiment` and `metric` are ajv ValidateFunctions that stop at the first error.
import ajvRuntime_ucs2length from 'ajv/dist/runtime/ucs2length.js';
import { SCHEMA_FORMATS as formats } from '../experiment/validator-source.js';
export const experiment = validate10;
const schema11 = {"type":"object","description":"Experiment validates versions of an application against metric criteria (iter8.tools/v2alpha2).","required":["spec"],"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"type":"object","description":"What to test, how, and for how long.","required":["target","strategy"],"properties":{"target":{"type":"string","minLength":1,"description":"At most one unfinished experiment holds a target at a time; for Knative, namespace/ksvc-name."},"versionInfo":{"type":"object","description":"The versions; required before the first iteration (a start task may fill it in).","required":["baseline"],"properties":{"baseline":{"type":"object","description":"One version of the application under experiment.","required":["name"],"properties":{"name":{"type":"string","description":"Version name; unique within the experiment."},"variables":{"type":"array","description":"Variables for metric queries and tasks.","items":{"type":"object","description":"Variable for metric queries and tasks.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"weightObjRef":{"type":"object","description":"The object and field holding the traffic weight of a version.","properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"namespace":{"type":"string"},"name":{"type":"string"},"fieldPath":{"type":"string","description":"Path of the weight inside the object; must start with \".\" (e.g. .spec.traffic[0].percent)."},"resourceVersion":{"type":"string"},"uid":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false},"candidates":{"type":"array","description":"Candidate versions.","items":{"type":"object","description":"One version of the application under experiment.","required":["name"],"properties":{"name":{"type":"string","description":"Version name; unique within the experiment."},"variables":{"type":"array","description":"Variables for metric queries and tasks.","items":{"type":"object","description":"Variable for metric queries and tasks.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"weightObjRef":{"type":"object","description":"The object and field holding the traffic weight of a version.","properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"namespace":{"type":"string"},"name":{"type":"string"},"fieldPath":{"type":"string","description":"Path of the weight inside the object; must start with \".\" (e.g. .spec.traffic[0].percent)."},"resourceVersion":{"type":"string"},"uid":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false}},"reference":{"type":"object","description":"iter8fn: the version comparisons test against.","required":["name"],"properties":{"name":{"type":"string","description":"Version name; unique within the experiment."},"variables":{"type":"array","description":"Variables for metric queries and tasks.","items":{"type":"object","description":"Variable for metric queries and tasks.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"weightObjRef":{"type":"object","description":"The object and field holding the traffic weight of a version.","properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"namespace":{"type":"string"},"name":{"type":"string"},"fieldPath":{"type":"string","description":"Path of the weight inside the object; must start with \".\" (e.g. .spec.traffic[0].percent)."},"resourceVersion":{"type":"string"},"uid":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false},"strategy":{"type":"object","required":["testingPattern"],"properties":{"testingPattern":{"type":"string","enum":["Canary","A/B","A/B/N","Conformance"],"description":"Testing pattern."},"deploymentPattern":{"type":"string","enum":["FixedSplit","Progressive","BlueGreen"],"description":"Deployment pattern; defaults to Progressive."},"actions":{"type":"object","description":"Tasks per action (start, loop, finish).","additionalProperties":{"type":"array","description":"Tasks run in order.","items":{"type":"object","description":"One task of an action.","required":["task"],"properties":{"task":{"type":"string","description":"Task name, \"<library>/<task>\" (e.g. knative/init-experiment)."},"library":{"type":"string","description":"Legacy v2alpha1 form: the task library, read as task \"<library>/<task>\"."},"with":{"type":"object","description":"Task inputs.","x-kubernetes-preserve-unknown-fields":true}},"additionalProperties":false}}},"weights":{"type":"object","properties":{"maxCandidateWeight":{"type":"integer","format":"int32","description":"Largest percent of traffic for a candidate; defaults to 100.","minimum":0,"maximum":100},"maxCandidateWeightIncrement":{"type":"integer","format":"int32","description":"Largest weight increase per iteration; defaults to 10.","minimum":0,"maximum":100}},"additionalProperties":false}},"additionalProperties":false},"criteria":{"type":"object","properties":{"requestCount":{"type":"string","description":"Metric reference counting requests."},"rewards":{"type":"array","description":"Rewards; exactly one for A/B and A/B/N, none otherwise.","items":{"type":"object","required":["metric","preferredDirection"],"properties":{"metric":{"type":"string","description":"Metric reference (name or namespace/name)."},"preferredDirection":{"type":"string","enum":["High","Low"],"description":"Whether higher or lower values are better."}},"additionalProperties":false}},"reward":{"type":"object","required":["metric","preferredDirection"],"properties":{"metric":{"type":"string","description":"Metric reference (name or namespace/name)."},"preferredDirection":{"type":"string","enum":["High","Low"],"description":"Whether higher or lower values are better."}},"description":"Legacy v2alpha1 form of rewards: [reward].","additionalProperties":false},"indicators":{"type":"array","description":"Metric references that are only reported.","items":{"type":"string"}},"objectives":{"type":"array","description":"Service level objectives.","items":{"type":"object","required":["metric"],"properties":{"metric":{"type":"string","description":"Metric reference (name or namespace/name)."},"upperLimit":{"description":"Largest acceptable value (inclusive).","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"lowerLimit":{"description":"Smallest acceptable value (inclusive).","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"rollback_on_failure":{"type":"boolean","description":"Roll back when violated; defaults to true for BlueGreen, false otherwise."}},"additionalProperties":false}},"comparisons":{"type":"array","description":"iter8fn: each tested version against the reference version, on the same window.","items":{"type":"object","required":["metric"],"properties":{"metric":{"type":"string","description":"Metric reference (name or namespace/name)."},"maxRatio":{"description":"tested <= maxRatio x reference.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"maxIncrease":{"description":"tested <= reference + maxIncrease, in the metric units.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"minSamples":{"type":"integer","format":"int32","description":"Samples on each side before any verdict; defaults to 100.","minimum":1},"confidence":{"description":"Confidence of the one-sided test; defaults to 0.95.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}},"additionalProperties":false}},"strength":{"description":"Reserved; not read.","x-kubernetes-preserve-unknown-fields":true}},"additionalProperties":false},"duration":{"type":"object","properties":{"intervalSeconds":{"type":"integer","format":"int32","description":"Seconds between iterations; defaults to 20.","minimum":1},"iterationsPerLoop":{"type":"integer","format":"int32","description":"Iterations per loop; defaults to 15.","minimum":1},"maxLoops":{"type":"integer","format":"int32","description":"Loops; defaults to 1.","minimum":1}},"additionalProperties":false}},"additionalProperties":false},"status":{"type":"object","description":"Progress and results, written by the controller.","properties":{"conditions":{"type":"array","description":"Completed, Failed and TargetAcquired.","items":{"type":"object","required":["type","status"],"properties":{"type":{"type":"string","enum":["Completed","Failed","TargetAcquired","TrafficObserved"],"description":"Condition type."},"status":{"type":"string","enum":["True","False","Unknown"],"description":"Condition status."},"lastTransitionTime":{"type":"string","format":"date-time","description":"When the condition last changed."},"reason":{"type":"string"},"message":{"type":"string"}},"additionalProperties":false}},"initTime":{"type":"string","format":"date-time","description":"First reconcile."},"startTime":{"type":"string","format":"date-time","description":"Start of the first iteration; origin of $elapsedTime."},"lastUpdateTime":{"type":"string","format":"date-time","description":"Last completed iteration."},"stage":{"type":"string","enum":["Waiting","Initializing","Running","Finishing","Completed"],"description":"Stage; only moves forward."},"completedIterations":{"type":"integer","format":"int32","description":"Iterations completed so far.","minimum":0},"currentWeightDistribution":{"type":"array","description":"Traffic weights observed in the cluster.","items":{"type":"object","required":["name","value"],"properties":{"name":{"type":"string","description":"Version name."},"value":{"type":"integer","format":"int32","description":"Percent of traffic."}},"additionalProperties":false}},"analysis":{"type":"object","description":"The latest analysis.","properties":{"aggregatedBuiltinHists":{"type":"object","description":"Histograms collected by the metrics/collect task.","required":["provenance","timestamp","data"],"properties":{"provenance":{"type":"string","description":"Source of the data."},"timestamp":{"type":"string","format":"date-time","description":"When the data was produced."},"message":{"type":"string"},"data":{"description":"Per-version Fortio histograms.","x-kubernetes-preserve-unknown-fields":true}},"additionalProperties":false},"aggregatedMetrics":{"type":"object","description":"Metric values.","required":["provenance","timestamp","data"],"properties":{"provenance":{"type":"string","description":"Source of the data."},"timestamp":{"type":"string","format":"date-time","description":"When the data was produced."},"message":{"type":"string"},"data":{"type":"object","description":"Per metric reference.","additionalProperties":{"type":"object","required":["data"],"properties":{"max":{"description":"Largest value across versions.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"min":{"description":"Smallest value across versions.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"data":{"type":"object","description":"Per version name.","additionalProperties":{"type":"object","properties":{"max":{"description":"Largest value seen for this version.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"min":{"description":"Smallest value seen for this version.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"value":{"description":"Latest value; absent when unavailable.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"sampleSize":{"type":"integer","format":"int32","description":"Sample size.","minimum":0}},"additionalProperties":false}}},"additionalProperties":false}}},"additionalProperties":false},"winnerAssessment":{"type":"object","description":"Winner.","required":["provenance","timestamp","data"],"properties":{"provenance":{"type":"string","description":"Source of the data."},"timestamp":{"type":"string","format":"date-time","description":"When the data was produced."},"message":{"type":"string"},"data":{"type":"object","required":["winnerFound"],"properties":{"winnerFound":{"type":"boolean"},"winner":{"type":"string","description":"Winning version name."},"bestVersions":{"type":"array","description":"Versions tied for best.","items":{"type":"string"}}},"additionalProperties":false}},"additionalProperties":false},"versionAssessments":{"type":"object","description":"Objectives met, per version.","required":["provenance","timestamp","data"],"properties":{"provenance":{"type":"string","description":"Source of the data."},"timestamp":{"type":"string","format":"date-time","description":"When the data was produced."},"message":{"type":"string"},"data":{"type":"object","description":"Per version name.","additionalProperties":{"type":"array","description":"One entry per objective, in spec order.","items":{"type":"boolean"}}}},"additionalProperties":false},"weights":{"type":"object","description":"Recommended traffic weights.","required":["provenance","timestamp","data"],"properties":{"provenance":{"type":"string","description":"Source of the data."},"timestamp":{"type":"string","format":"date-time","description":"When the data was produced."},"message":{"type":"string"},"data":{"type":"array","description":"Baseline, then candidates.","items":{"type":"object","required":["name","value"],"properties":{"name":{"type":"string","description":"Version name."},"value":{"type":"integer","format":"int32","description":"Percent of traffic."}},"additionalProperties":false}}},"additionalProperties":false},"comparisons":{"type":"object","description":"iter8fn: comparisons of each tested version with the reference.","required":["provenance","timestamp","data"],"properties":{"provenance":{"type":"string","description":"Source of the data."},"timestamp":{"type":"string","format":"date-time","description":"When the data was produced."},"message":{"type":"string"},"data":{"type":"array","description":"One entry per comparison and tested version, in spec order.","items":{"type":"object","required":["metric","version","reference","minSamples","confidence","verdict"],"properties":{"metric":{"type":"string","description":"Metric reference as the comparison wrote it."},"version":{"type":"string","description":"Tested version."},"reference":{"type":"string","description":"Reference version."},"testedValue":{"description":"Value of the tested version.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"referenceValue":{"description":"Value of the reference version.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"ratio":{"type":"number","description":"tested / reference."},"difference":{"type":"number","description":"tested - reference."},"maxRatio":{"description":"Bound on the ratio.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"maxIncrease":{"description":"Bound on the difference.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"testedSamples":{"type":"number","description":"Samples of the tested version.","minimum":0},"referenceSamples":{"type":"number","description":"Samples of the reference version.","minimum":0},"minSamples":{"type":"integer","format":"int32","description":"Samples needed on each side.","minimum":1},"confidence":{"description":"Confidence of the one-sided test.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"test":{"type":"string","enum":["mann-whitney","two-proportion"],"description":"The significance test used."},"pValue":{"type":"number","description":"One-sided p-value.","minimum":0,"maximum":1},"verdict":{"type":"string","enum":["satisfied","violated","unavailable"],"description":"satisfied, violated or unavailable (inconclusive)."},"reason":{"type":"string","description":"Why unavailable, or what was violated."}},"additionalProperties":false}}},"additionalProperties":false}},"additionalProperties":false},"versionRecommendedForPromotion":{"type":"string","description":"The winner if found, otherwise the baseline."},"message":{"type":"string","description":"\"<Reason>: <message>\" of the last condition change."},"metrics":{"type":"array","description":"Snapshots of every referenced Metric.","items":{"type":"object","required":["name","metricObj"],"properties":{"name":{"type":"string","description":"The reference as written in the experiment."},"metricObj":{"type":"object","description":"Snapshot of the referenced Metric.","required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"spec":{"type":"object","description":"How to query one metric for each version.","properties":{"description":{"type":"string","description":"Informational."},"units":{"type":"string","description":"Informational; shown as \"name (units)\"."},"type":{"type":"string","enum":["Counter","Gauge"],"description":"Counter or Gauge (informational, except for mocks).","default":"Gauge"},"sampleSize":{"type":"string","description":"Reference (name or namespace/name) to the counter metric giving the sample size."},"provider":{"type":"string","description":"Informational; \"iter8\" marks a builtin metric that is not fetched over HTTP."},"params":{"type":"array","description":"HTTP query parameters.","items":{"type":"object","description":"HTTP query parameter; the value is a template.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"body":{"type":"string","description":"POST body template; interpolated and then parsed as JSON."},"method":{"type":"string","enum":["GET","POST"],"description":"HTTP method.","default":"GET"},"authType":{"type":"string","enum":["Basic","Bearer","APIKey"],"description":"HTTP authentication, with credentials from `secret`."},"secret":{"type":"string","description":"Kubernetes secret (name or namespace/name) holding credentials and template data."},"headerTemplates":{"type":"array","description":"HTTP headers.","items":{"type":"object","description":"HTTP header; the value is a template.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"urlTemplate":{"type":"string","description":"URL of the metrics backend."},"jqExpression":{"type":"string","description":"jq program whose first output is the metric value."},"mock":{"type":"array","description":"Fake values instead of HTTP queries.","items":{"type":"object","description":"Mocked level of one version.","required":["name","level"],"properties":{"name":{"type":"string","description":"Version name."},"level":{"description":"Mean (gauge) or rate (counter).","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}},"additionalProperties":false}},"comparison":{"type":"object","description":"iter8fn: how comparisons test this metric for significance.","required":["kind"],"properties":{"kind":{"type":"string","enum":["distribution","proportion"],"description":"distribution: rank test on histogram buckets (needs bucketQuery); proportion: the value is a share of sampleSize."},"bucketQuery":{"type":"string","description":"PromQL template answering one series per `le` label, each the cumulative count over the window."}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false}},"metricErrors":{"type":"object","description":"iter8fn: consecutive iterations that failed on a metric backend error.","required":["consecutive","metric","message","time"],"properties":{"consecutive":{"type":"integer","format":"int32","description":"Consecutive failed iteration attempts.","minimum":0},"metric":{"type":"string","description":"Metric reference."},"version":{"type":"string","description":"Version name, when the error concerned one version."},"message":{"type":"string","description":"The backend error."},"time":{"type":"string","format":"date-time","description":"When the last error happened."}},"additionalProperties":false},"history":{"type":"array","description":"iter8fn: the last 100 counted iterations, oldest first.","items":{"type":"object","required":["iteration","time","values"],"properties":{"iteration":{"type":"integer","format":"int32","description":"The iteration counted.","minimum":1},"time":{"type":"string","format":"date-time","description":"When it was counted."},"values":{"type":"object","description":"Per metric reference.","additionalProperties":{"type":"object","description":"Per version name.","additionalProperties":{"description":"Value; absent when unavailable.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}}},"comparisons":{"type":"array","description":"Comparison results (reserved).","items":{"type":"object","required":["metric","version","verdict"],"properties":{"metric":{"type":"string","description":"Metric reference."},"version":{"type":"string","description":"Tested version name."},"verdict":{"type":"string","enum":["satisfied","violated","unavailable"],"description":"Verdict."},"ratio":{"type":"number","description":"tested / reference."},"difference":{"type":"number","description":"tested - reference."}},"additionalProperties":false}}},"additionalProperties":false},"maxItems":100}},"additionalProperties":false}},"additionalProperties":false};
const func2 = ajvRuntime_ucs2length.default;
const func3 = Object.prototype.hasOwnProperty;
const formats0 = formats.int32;
const formats12 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const pattern0 = new RegExp("^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.spec === undefined) && (missing0 = "spec")){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec")) || (key0 === "status"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.apiVersion !== undefined){
const _errs2 = errors;
if(typeof data.apiVersion !== "string"){
validate10.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
const _errs4 = errors;
if(typeof data.kind !== "string"){
validate10.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs6 = errors;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
validate10.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.spec !== undefined){
let data3 = data.spec;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.target === undefined) && (missing1 = "target")) || ((data3.strategy === undefined) && (missing1 = "strategy"))){
validate10.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs10 = errors;
for(const key1 in data3){
if(!(((((key1 === "target") || (key1 === "versionInfo")) || (key1 === "strategy")) || (key1 === "criteria")) || (key1 === "duration"))){
validate10.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data3.target !== undefined){
let data4 = data3.target;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate10.errors = [{instancePath:instancePath+"/spec/target",schemaPath:"#/properties/spec/properties/target/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/target",schemaPath:"#/properties/spec/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.versionInfo !== undefined){
let data5 = data3.versionInfo;
const _errs13 = errors;
if(errors === _errs13){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((data5.baseline === undefined) && (missing2 = "baseline")){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo",schemaPath:"#/properties/spec/properties/versionInfo/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs15 = errors;
for(const key2 in data5){
if(!(((key2 === "baseline") || (key2 === "candidates")) || (key2 === "reference"))){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo",schemaPath:"#/properties/spec/properties/versionInfo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs15 === errors){
if(data5.baseline !== undefined){
let data6 = data5.baseline;
const _errs16 = errors;
if(errors === _errs16){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing3;
if((data6.name === undefined) && (missing3 = "name")){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs18 = errors;
for(const key3 in data6){
if(!(((key3 === "name") || (key3 === "variables")) || (key3 === "weightObjRef"))){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs18 === errors){
if(data6.name !== undefined){
const _errs19 = errors;
if(typeof data6.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.variables !== undefined){
let data8 = data6.variables;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data8)){
var valid4 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs23 = errors;
if(errors === _errs23){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing4;
if(((data9.name === undefined) && (missing4 = "name")) || ((data9.value === undefined) && (missing4 = "value"))){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/variables/" + i0,schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/variables/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs25 = errors;
for(const key4 in data9){
if(!((key4 === "name") || (key4 === "value"))){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/variables/" + i0,schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/variables/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data9.name !== undefined){
const _errs26 = errors;
if(typeof data9.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/variables/" + i0+"/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/variables/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs26 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data9.value !== undefined){
const _errs28 = errors;
if(typeof data9.value !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/variables/" + i0+"/value",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/variables/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs28 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/variables/" + i0,schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/variables/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs23 === errors;
if(!valid4){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/variables",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/variables/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.weightObjRef !== undefined){
let data12 = data6.weightObjRef;
const _errs30 = errors;
if(errors === _errs30){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
const _errs32 = errors;
for(const key5 in data12){
if(!(((((((key5 === "apiVersion") || (key5 === "kind")) || (key5 === "namespace")) || (key5 === "name")) || (key5 === "fieldPath")) || (key5 === "resourceVersion")) || (key5 === "uid"))){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs32 === errors){
if(data12.apiVersion !== undefined){
const _errs33 = errors;
if(typeof data12.apiVersion !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef/apiVersion",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.kind !== undefined){
const _errs35 = errors;
if(typeof data12.kind !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef/kind",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs35 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.namespace !== undefined){
const _errs37 = errors;
if(typeof data12.namespace !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef/namespace",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs37 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.name !== undefined){
const _errs39 = errors;
if(typeof data12.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs39 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.fieldPath !== undefined){
const _errs41 = errors;
if(typeof data12.fieldPath !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef/fieldPath",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/properties/fieldPath/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs41 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.resourceVersion !== undefined){
const _errs43 = errors;
if(typeof data12.resourceVersion !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef/resourceVersion",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/properties/resourceVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs43 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.uid !== undefined){
const _errs45 = errors;
if(typeof data12.uid !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef/uid",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs45 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/baseline",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.candidates !== undefined){
let data20 = data5.candidates;
const _errs47 = errors;
if(errors === _errs47){
if(Array.isArray(data20)){
var valid7 = true;
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
let data21 = data20[i1];
const _errs49 = errors;
if(errors === _errs49){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
let missing5;
if((data21.name === undefined) && (missing5 = "name")){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1,schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs51 = errors;
for(const key6 in data21){
if(!(((key6 === "name") || (key6 === "variables")) || (key6 === "weightObjRef"))){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1,schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs51 === errors){
if(data21.name !== undefined){
const _errs52 = errors;
if(typeof data21.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs52 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data21.variables !== undefined){
let data23 = data21.variables;
const _errs54 = errors;
if(errors === _errs54){
if(Array.isArray(data23)){
var valid9 = true;
const len2 = data23.length;
for(let i2=0; i2<len2; i2++){
let data24 = data23[i2];
const _errs56 = errors;
if(errors === _errs56){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing6;
if(((data24.name === undefined) && (missing6 = "name")) || ((data24.value === undefined) && (missing6 = "value"))){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/variables/" + i2,schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/variables/items/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs58 = errors;
for(const key7 in data24){
if(!((key7 === "name") || (key7 === "value"))){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/variables/" + i2,schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/variables/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs58 === errors){
if(data24.name !== undefined){
const _errs59 = errors;
if(typeof data24.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/variables/" + i2+"/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/variables/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs59 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data24.value !== undefined){
const _errs61 = errors;
if(typeof data24.value !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/variables/" + i2+"/value",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/variables/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs61 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/variables/" + i2,schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/variables/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs56 === errors;
if(!valid9){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/variables",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/variables/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs54 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data21.weightObjRef !== undefined){
let data27 = data21.weightObjRef;
const _errs63 = errors;
if(errors === _errs63){
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
const _errs65 = errors;
for(const key8 in data27){
if(!(((((((key8 === "apiVersion") || (key8 === "kind")) || (key8 === "namespace")) || (key8 === "name")) || (key8 === "fieldPath")) || (key8 === "resourceVersion")) || (key8 === "uid"))){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs65 === errors){
if(data27.apiVersion !== undefined){
const _errs66 = errors;
if(typeof data27.apiVersion !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef/apiVersion",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs66 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data27.kind !== undefined){
const _errs68 = errors;
if(typeof data27.kind !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef/kind",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs68 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data27.namespace !== undefined){
const _errs70 = errors;
if(typeof data27.namespace !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef/namespace",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs70 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data27.name !== undefined){
const _errs72 = errors;
if(typeof data27.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs72 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data27.fieldPath !== undefined){
const _errs74 = errors;
if(typeof data27.fieldPath !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef/fieldPath",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/properties/fieldPath/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs74 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data27.resourceVersion !== undefined){
const _errs76 = errors;
if(typeof data27.resourceVersion !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef/resourceVersion",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/properties/resourceVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs76 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data27.uid !== undefined){
const _errs78 = errors;
if(typeof data27.uid !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef/uid",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs78 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs63 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates/" + i1,schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs49 === errors;
if(!valid7){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/candidates",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs47 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.reference !== undefined){
let data35 = data5.reference;
const _errs80 = errors;
if(errors === _errs80){
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
let missing7;
if((data35.name === undefined) && (missing7 = "name")){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs82 = errors;
for(const key9 in data35){
if(!(((key9 === "name") || (key9 === "variables")) || (key9 === "weightObjRef"))){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs82 === errors){
if(data35.name !== undefined){
const _errs83 = errors;
if(typeof data35.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs83 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data35.variables !== undefined){
let data37 = data35.variables;
const _errs85 = errors;
if(errors === _errs85){
if(Array.isArray(data37)){
var valid13 = true;
const len3 = data37.length;
for(let i3=0; i3<len3; i3++){
let data38 = data37[i3];
const _errs87 = errors;
if(errors === _errs87){
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
let missing8;
if(((data38.name === undefined) && (missing8 = "name")) || ((data38.value === undefined) && (missing8 = "value"))){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/variables/" + i3,schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/variables/items/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
const _errs89 = errors;
for(const key10 in data38){
if(!((key10 === "name") || (key10 === "value"))){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/variables/" + i3,schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/variables/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs89 === errors){
if(data38.name !== undefined){
const _errs90 = errors;
if(typeof data38.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/variables/" + i3+"/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/variables/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs90 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data38.value !== undefined){
const _errs92 = errors;
if(typeof data38.value !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/variables/" + i3+"/value",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/variables/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs92 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/variables/" + i3,schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/variables/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid13 = _errs87 === errors;
if(!valid13){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/variables",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/variables/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid12 = _errs85 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data35.weightObjRef !== undefined){
let data41 = data35.weightObjRef;
const _errs94 = errors;
if(errors === _errs94){
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
const _errs96 = errors;
for(const key11 in data41){
if(!(((((((key11 === "apiVersion") || (key11 === "kind")) || (key11 === "namespace")) || (key11 === "name")) || (key11 === "fieldPath")) || (key11 === "resourceVersion")) || (key11 === "uid"))){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs96 === errors){
if(data41.apiVersion !== undefined){
const _errs97 = errors;
if(typeof data41.apiVersion !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef/apiVersion",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs97 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data41.kind !== undefined){
const _errs99 = errors;
if(typeof data41.kind !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef/kind",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs99 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data41.namespace !== undefined){
const _errs101 = errors;
if(typeof data41.namespace !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef/namespace",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs101 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data41.name !== undefined){
const _errs103 = errors;
if(typeof data41.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs103 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data41.fieldPath !== undefined){
const _errs105 = errors;
if(typeof data41.fieldPath !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef/fieldPath",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/properties/fieldPath/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs105 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data41.resourceVersion !== undefined){
const _errs107 = errors;
if(typeof data41.resourceVersion !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef/resourceVersion",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/properties/resourceVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs107 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data41.uid !== undefined){
const _errs109 = errors;
if(typeof data41.uid !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef/uid",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs109 === errors;
}
else {
var valid15 = true;
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs94 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo/reference",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs80 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/versionInfo",schemaPath:"#/properties/spec/properties/versionInfo/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.strategy !== undefined){
let data49 = data3.strategy;
const _errs111 = errors;
if(errors === _errs111){
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
let missing9;
if((data49.testingPattern === undefined) && (missing9 = "testingPattern")){
validate10.errors = [{instancePath:instancePath+"/spec/strategy",schemaPath:"#/properties/spec/properties/strategy/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
const _errs113 = errors;
for(const key12 in data49){
if(!((((key12 === "testingPattern") || (key12 === "deploymentPattern")) || (key12 === "actions")) || (key12 === "weights"))){
validate10.errors = [{instancePath:instancePath+"/spec/strategy",schemaPath:"#/properties/spec/properties/strategy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs113 === errors){
if(data49.testingPattern !== undefined){
let data50 = data49.testingPattern;
const _errs114 = errors;
if(typeof data50 !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/testingPattern",schemaPath:"#/properties/spec/properties/strategy/properties/testingPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data50 === "Canary") || (data50 === "A/B")) || (data50 === "A/B/N")) || (data50 === "Conformance"))){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/testingPattern",schemaPath:"#/properties/spec/properties/strategy/properties/testingPattern/enum",keyword:"enum",params:{allowedValues: schema11.properties.spec.properties.strategy.properties.testingPattern.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid16 = _errs114 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data49.deploymentPattern !== undefined){
let data51 = data49.deploymentPattern;
const _errs116 = errors;
if(typeof data51 !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/deploymentPattern",schemaPath:"#/properties/spec/properties/strategy/properties/deploymentPattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data51 === "FixedSplit") || (data51 === "Progressive")) || (data51 === "BlueGreen"))){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/deploymentPattern",schemaPath:"#/properties/spec/properties/strategy/properties/deploymentPattern/enum",keyword:"enum",params:{allowedValues: schema11.properties.spec.properties.strategy.properties.deploymentPattern.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid16 = _errs116 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data49.actions !== undefined){
let data52 = data49.actions;
const _errs118 = errors;
if(errors === _errs118){
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
for(const key13 in data52){
let data53 = data52[key13];
const _errs121 = errors;
if(errors === _errs121){
if(Array.isArray(data53)){
var valid18 = true;
const len4 = data53.length;
for(let i4=0; i4<len4; i4++){
let data54 = data53[i4];
const _errs123 = errors;
if(errors === _errs123){
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
let missing10;
if((data54.task === undefined) && (missing10 = "task")){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/actions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
const _errs125 = errors;
for(const key14 in data54){
if(!(((key14 === "task") || (key14 === "library")) || (key14 === "with"))){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/actions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs125 === errors){
if(data54.task !== undefined){
const _errs126 = errors;
if(typeof data54.task !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/actions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4+"/task",schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/properties/task/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid19 = _errs126 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data54.library !== undefined){
const _errs128 = errors;
if(typeof data54.library !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/actions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4+"/library",schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/properties/library/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid19 = _errs128 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data54.with !== undefined){
let data57 = data54.with;
const _errs130 = errors;
if(!(data57 && typeof data57 == "object" && !Array.isArray(data57))){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/actions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4+"/with",schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/properties/with/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid19 = _errs130 === errors;
}
else {
var valid19 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/strategy/actions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid18 = _errs123 === errors;
if(!valid18){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/strategy/actions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid17 = _errs121 === errors;
if(!valid17){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/strategy/actions",schemaPath:"#/properties/spec/properties/strategy/properties/actions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs118 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data49.weights !== undefined){
let data58 = data49.weights;
const _errs132 = errors;
if(errors === _errs132){
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
const _errs134 = errors;
for(const key15 in data58){
if(!((key15 === "maxCandidateWeight") || (key15 === "maxCandidateWeightIncrement"))){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/weights",schemaPath:"#/properties/spec/properties/strategy/properties/weights/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs134 === errors){
if(data58.maxCandidateWeight !== undefined){
let data59 = data58.maxCandidateWeight;
const _errs135 = errors;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeight",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs135){
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 > 100 || isNaN(data59)){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeight",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data59 < 0 || isNaN(data59)){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeight",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data59))){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeight",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeight/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""}];
return false;
}
}
}
}
}
var valid20 = _errs135 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data58.maxCandidateWeightIncrement !== undefined){
let data60 = data58.maxCandidateWeightIncrement;
const _errs137 = errors;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeightIncrement",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeightIncrement/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs137){
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 > 100 || isNaN(data60)){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeightIncrement",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeightIncrement/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data60 < 0 || isNaN(data60)){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeightIncrement",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeightIncrement/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data60))){
validate10.errors = [{instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeightIncrement",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeightIncrement/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""}];
return false;
}
}
}
}
}
var valid20 = _errs137 === errors;
}
else {
var valid20 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/strategy/weights",schemaPath:"#/properties/spec/properties/strategy/properties/weights/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs132 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/strategy",schemaPath:"#/properties/spec/properties/strategy/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs111 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.criteria !== undefined){
let data61 = data3.criteria;
const _errs139 = errors;
if(errors === _errs139){
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
const _errs141 = errors;
for(const key16 in data61){
if(!(((((((key16 === "requestCount") || (key16 === "rewards")) || (key16 === "reward")) || (key16 === "indicators")) || (key16 === "objectives")) || (key16 === "comparisons")) || (key16 === "strength"))){
validate10.errors = [{instancePath:instancePath+"/spec/criteria",schemaPath:"#/properties/spec/properties/criteria/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs141 === errors){
if(data61.requestCount !== undefined){
const _errs142 = errors;
if(typeof data61.requestCount !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/requestCount",schemaPath:"#/properties/spec/properties/criteria/properties/requestCount/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid21 = _errs142 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data61.rewards !== undefined){
let data63 = data61.rewards;
const _errs144 = errors;
if(errors === _errs144){
if(Array.isArray(data63)){
var valid22 = true;
const len5 = data63.length;
for(let i5=0; i5<len5; i5++){
let data64 = data63[i5];
const _errs146 = errors;
if(errors === _errs146){
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
let missing11;
if(((data64.metric === undefined) && (missing11 = "metric")) || ((data64.preferredDirection === undefined) && (missing11 = "preferredDirection"))){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/rewards/" + i5,schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
const _errs148 = errors;
for(const key17 in data64){
if(!((key17 === "metric") || (key17 === "preferredDirection"))){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/rewards/" + i5,schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs148 === errors){
if(data64.metric !== undefined){
const _errs149 = errors;
if(typeof data64.metric !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/rewards/" + i5+"/metric",schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid23 = _errs149 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data64.preferredDirection !== undefined){
let data66 = data64.preferredDirection;
const _errs151 = errors;
if(typeof data66 !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/rewards/" + i5+"/preferredDirection",schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/properties/preferredDirection/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data66 === "High") || (data66 === "Low"))){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/rewards/" + i5+"/preferredDirection",schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/properties/preferredDirection/enum",keyword:"enum",params:{allowedValues: schema11.properties.spec.properties.criteria.properties.rewards.items.properties.preferredDirection.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid23 = _errs151 === errors;
}
else {
var valid23 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/criteria/rewards/" + i5,schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid22 = _errs146 === errors;
if(!valid22){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/criteria/rewards",schemaPath:"#/properties/spec/properties/criteria/properties/rewards/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid21 = _errs144 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data61.reward !== undefined){
let data67 = data61.reward;
const _errs153 = errors;
if(errors === _errs153){
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
let missing12;
if(((data67.metric === undefined) && (missing12 = "metric")) || ((data67.preferredDirection === undefined) && (missing12 = "preferredDirection"))){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/reward",schemaPath:"#/properties/spec/properties/criteria/properties/reward/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
const _errs155 = errors;
for(const key18 in data67){
if(!((key18 === "metric") || (key18 === "preferredDirection"))){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/reward",schemaPath:"#/properties/spec/properties/criteria/properties/reward/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs155 === errors){
if(data67.metric !== undefined){
const _errs156 = errors;
if(typeof data67.metric !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/reward/metric",schemaPath:"#/properties/spec/properties/criteria/properties/reward/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid24 = _errs156 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data67.preferredDirection !== undefined){
let data69 = data67.preferredDirection;
const _errs158 = errors;
if(typeof data69 !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/reward/preferredDirection",schemaPath:"#/properties/spec/properties/criteria/properties/reward/properties/preferredDirection/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data69 === "High") || (data69 === "Low"))){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/reward/preferredDirection",schemaPath:"#/properties/spec/properties/criteria/properties/reward/properties/preferredDirection/enum",keyword:"enum",params:{allowedValues: schema11.properties.spec.properties.criteria.properties.reward.properties.preferredDirection.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid24 = _errs158 === errors;
}
else {
var valid24 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/criteria/reward",schemaPath:"#/properties/spec/properties/criteria/properties/reward/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid21 = _errs153 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data61.indicators !== undefined){
let data70 = data61.indicators;
const _errs160 = errors;
if(errors === _errs160){
if(Array.isArray(data70)){
var valid25 = true;
const len6 = data70.length;
for(let i6=0; i6<len6; i6++){
const _errs162 = errors;
if(typeof data70[i6] !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/indicators/" + i6,schemaPath:"#/properties/spec/properties/criteria/properties/indicators/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid25 = _errs162 === errors;
if(!valid25){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/criteria/indicators",schemaPath:"#/properties/spec/properties/criteria/properties/indicators/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid21 = _errs160 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data61.objectives !== undefined){
let data72 = data61.objectives;
const _errs164 = errors;
if(errors === _errs164){
if(Array.isArray(data72)){
var valid26 = true;
const len7 = data72.length;
for(let i7=0; i7<len7; i7++){
let data73 = data72[i7];
const _errs166 = errors;
if(errors === _errs166){
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
let missing13;
if((data73.metric === undefined) && (missing13 = "metric")){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/objectives/" + i7,schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
return false;
}
else {
const _errs168 = errors;
for(const key19 in data73){
if(!((((key19 === "metric") || (key19 === "upperLimit")) || (key19 === "lowerLimit")) || (key19 === "rollback_on_failure"))){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/objectives/" + i7,schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs168 === errors){
if(data73.metric !== undefined){
const _errs169 = errors;
if(typeof data73.metric !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/metric",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid27 = _errs169 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data73.upperLimit !== undefined){
let data75 = data73.upperLimit;
const _errs171 = errors;
const _errs172 = errors;
let valid28 = false;
const _errs173 = errors;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
const err0 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/upperLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/upperLimit/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs173 === errors;
valid28 = valid28 || _valid0;
if(!valid28){
const _errs175 = errors;
if(typeof data75 !== "string"){
const err1 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/upperLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/upperLimit/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs175 === errors;
valid28 = valid28 || _valid0;
}
if(!valid28){
const err2 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/upperLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/upperLimit/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs172;
if(vErrors !== null){
if(_errs172){
vErrors.length = _errs172;
}
else {
vErrors = null;
}
}
}
if(errors === _errs171){
if(typeof data75 === "string"){
if(!pattern0.test(data75)){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/upperLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/upperLimit/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid27 = _errs171 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data73.lowerLimit !== undefined){
let data76 = data73.lowerLimit;
const _errs177 = errors;
const _errs178 = errors;
let valid29 = false;
const _errs179 = errors;
if(!(((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76))) && (isFinite(data76)))){
const err3 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/lowerLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/lowerLimit/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs179 === errors;
valid29 = valid29 || _valid1;
if(!valid29){
const _errs181 = errors;
if(typeof data76 !== "string"){
const err4 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/lowerLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/lowerLimit/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs181 === errors;
valid29 = valid29 || _valid1;
}
if(!valid29){
const err5 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/lowerLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/lowerLimit/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs178;
if(vErrors !== null){
if(_errs178){
vErrors.length = _errs178;
}
else {
vErrors = null;
}
}
}
if(errors === _errs177){
if(typeof data76 === "string"){
if(!pattern0.test(data76)){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/lowerLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/lowerLimit/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid27 = _errs177 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data73.rollback_on_failure !== undefined){
const _errs183 = errors;
if(typeof data73.rollback_on_failure !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/rollback_on_failure",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/rollback_on_failure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid27 = _errs183 === errors;
}
else {
var valid27 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/criteria/objectives/" + i7,schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid26 = _errs166 === errors;
if(!valid26){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/criteria/objectives",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid21 = _errs164 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data61.comparisons !== undefined){
let data78 = data61.comparisons;
const _errs185 = errors;
if(errors === _errs185){
if(Array.isArray(data78)){
var valid30 = true;
const len8 = data78.length;
for(let i8=0; i8<len8; i8++){
let data79 = data78[i8];
const _errs187 = errors;
if(errors === _errs187){
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
let missing14;
if((data79.metric === undefined) && (missing14 = "metric")){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/comparisons/" + i8,schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"}];
return false;
}
else {
const _errs189 = errors;
for(const key20 in data79){
if(!(((((key20 === "metric") || (key20 === "maxRatio")) || (key20 === "maxIncrease")) || (key20 === "minSamples")) || (key20 === "confidence"))){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/comparisons/" + i8,schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs189 === errors){
if(data79.metric !== undefined){
const _errs190 = errors;
if(typeof data79.metric !== "string"){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/metric",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid31 = _errs190 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data79.maxRatio !== undefined){
let data81 = data79.maxRatio;
const _errs192 = errors;
const _errs193 = errors;
let valid32 = false;
const _errs194 = errors;
if(!(((typeof data81 == "number") && (!(data81 % 1) && !isNaN(data81))) && (isFinite(data81)))){
const err6 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxRatio",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxRatio/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid2 = _errs194 === errors;
valid32 = valid32 || _valid2;
if(!valid32){
const _errs196 = errors;
if(typeof data81 !== "string"){
const err7 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxRatio",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxRatio/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid2 = _errs196 === errors;
valid32 = valid32 || _valid2;
}
if(!valid32){
const err8 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxRatio",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxRatio/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs193;
if(vErrors !== null){
if(_errs193){
vErrors.length = _errs193;
}
else {
vErrors = null;
}
}
}
if(errors === _errs192){
if(typeof data81 === "string"){
if(!pattern0.test(data81)){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxRatio",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxRatio/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid31 = _errs192 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data79.maxIncrease !== undefined){
let data82 = data79.maxIncrease;
const _errs198 = errors;
const _errs199 = errors;
let valid33 = false;
const _errs200 = errors;
if(!(((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82))) && (isFinite(data82)))){
const err9 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxIncrease",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxIncrease/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid3 = _errs200 === errors;
valid33 = valid33 || _valid3;
if(!valid33){
const _errs202 = errors;
if(typeof data82 !== "string"){
const err10 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxIncrease",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxIncrease/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid3 = _errs202 === errors;
valid33 = valid33 || _valid3;
}
if(!valid33){
const err11 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxIncrease",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxIncrease/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs199;
if(vErrors !== null){
if(_errs199){
vErrors.length = _errs199;
}
else {
vErrors = null;
}
}
}
if(errors === _errs198){
if(typeof data82 === "string"){
if(!pattern0.test(data82)){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxIncrease",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxIncrease/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid31 = _errs198 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data79.minSamples !== undefined){
let data83 = data79.minSamples;
const _errs204 = errors;
if(!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/minSamples",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/minSamples/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs204){
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 < 1 || isNaN(data83)){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/minSamples",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/minSamples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
else {
if(!(formats0.validate(data83))){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/minSamples",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/minSamples/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""}];
return false;
}
}
}
}
var valid31 = _errs204 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data79.confidence !== undefined){
let data84 = data79.confidence;
const _errs206 = errors;
const _errs207 = errors;
let valid34 = false;
const _errs208 = errors;
if(!(((typeof data84 == "number") && (!(data84 % 1) && !isNaN(data84))) && (isFinite(data84)))){
const err12 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/confidence",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/confidence/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid4 = _errs208 === errors;
valid34 = valid34 || _valid4;
if(!valid34){
const _errs210 = errors;
if(typeof data84 !== "string"){
const err13 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/confidence",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/confidence/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid4 = _errs210 === errors;
valid34 = valid34 || _valid4;
}
if(!valid34){
const err14 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/confidence",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/confidence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs207;
if(vErrors !== null){
if(_errs207){
vErrors.length = _errs207;
}
else {
vErrors = null;
}
}
}
if(errors === _errs206){
if(typeof data84 === "string"){
if(!pattern0.test(data84)){
validate10.errors = [{instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/confidence",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/confidence/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid31 = _errs206 === errors;
}
else {
var valid31 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/criteria/comparisons/" + i8,schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid30 = _errs187 === errors;
if(!valid30){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/criteria/comparisons",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid21 = _errs185 === errors;
}
else {
var valid21 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/criteria",schemaPath:"#/properties/spec/properties/criteria/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs139 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.duration !== undefined){
let data85 = data3.duration;
const _errs212 = errors;
if(errors === _errs212){
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
const _errs214 = errors;
for(const key21 in data85){
if(!(((key21 === "intervalSeconds") || (key21 === "iterationsPerLoop")) || (key21 === "maxLoops"))){
validate10.errors = [{instancePath:instancePath+"/spec/duration",schemaPath:"#/properties/spec/properties/duration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs214 === errors){
if(data85.intervalSeconds !== undefined){
let data86 = data85.intervalSeconds;
const _errs215 = errors;
if(!(((typeof data86 == "number") && (!(data86 % 1) && !isNaN(data86))) && (isFinite(data86)))){
validate10.errors = [{instancePath:instancePath+"/spec/duration/intervalSeconds",schemaPath:"#/properties/spec/properties/duration/properties/intervalSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs215){
if((typeof data86 == "number") && (isFinite(data86))){
if(data86 < 1 || isNaN(data86)){
validate10.errors = [{instancePath:instancePath+"/spec/duration/intervalSeconds",schemaPath:"#/properties/spec/properties/duration/properties/intervalSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
else {
if(!(formats0.validate(data86))){
validate10.errors = [{instancePath:instancePath+"/spec/duration/intervalSeconds",schemaPath:"#/properties/spec/properties/duration/properties/intervalSeconds/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""}];
return false;
}
}
}
}
var valid35 = _errs215 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data85.iterationsPerLoop !== undefined){
let data87 = data85.iterationsPerLoop;
const _errs217 = errors;
if(!(((typeof data87 == "number") && (!(data87 % 1) && !isNaN(data87))) && (isFinite(data87)))){
validate10.errors = [{instancePath:instancePath+"/spec/duration/iterationsPerLoop",schemaPath:"#/properties/spec/properties/duration/properties/iterationsPerLoop/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs217){
if((typeof data87 == "number") && (isFinite(data87))){
if(data87 < 1 || isNaN(data87)){
validate10.errors = [{instancePath:instancePath+"/spec/duration/iterationsPerLoop",schemaPath:"#/properties/spec/properties/duration/properties/iterationsPerLoop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
else {
if(!(formats0.validate(data87))){
validate10.errors = [{instancePath:instancePath+"/spec/duration/iterationsPerLoop",schemaPath:"#/properties/spec/properties/duration/properties/iterationsPerLoop/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""}];
return false;
}
}
}
}
var valid35 = _errs217 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data85.maxLoops !== undefined){
let data88 = data85.maxLoops;
const _errs219 = errors;
if(!(((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88))) && (isFinite(data88)))){
validate10.errors = [{instancePath:instancePath+"/spec/duration/maxLoops",schemaPath:"#/properties/spec/properties/duration/properties/maxLoops/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs219){
if((typeof data88 == "number") && (isFinite(data88))){
if(data88 < 1 || isNaN(data88)){
validate10.errors = [{instancePath:instancePath+"/spec/duration/maxLoops",schemaPath:"#/properties/spec/properties/duration/properties/maxLoops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
else {
if(!(formats0.validate(data88))){
validate10.errors = [{instancePath:instancePath+"/spec/duration/maxLoops",schemaPath:"#/properties/spec/properties/duration/properties/maxLoops/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""}];
return false;
}
}
}
}
var valid35 = _errs219 === errors;
}
else {
var valid35 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec/duration",schemaPath:"#/properties/spec/properties/duration/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs212 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data89 = data.status;
const _errs221 = errors;
if(errors === _errs221){
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
const _errs223 = errors;
for(const key22 in data89){
if(!(func3.call(schema11.properties.status.properties, key22))){
validate10.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs223 === errors){
if(data89.conditions !== undefined){
let data90 = data89.conditions;
const _errs224 = errors;
if(errors === _errs224){
if(Array.isArray(data90)){
var valid37 = true;
const len9 = data90.length;
for(let i9=0; i9<len9; i9++){
let data91 = data90[i9];
const _errs226 = errors;
if(errors === _errs226){
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing15;
if(((data91.type === undefined) && (missing15 = "type")) || ((data91.status === undefined) && (missing15 = "status"))){
validate10.errors = [{instancePath:instancePath+"/status/conditions/" + i9,schemaPath:"#/properties/status/properties/conditions/items/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];
return false;
}
else {
const _errs228 = errors;
for(const key23 in data91){
if(!(((((key23 === "type") || (key23 === "status")) || (key23 === "lastTransitionTime")) || (key23 === "reason")) || (key23 === "message"))){
validate10.errors = [{instancePath:instancePath+"/status/conditions/" + i9,schemaPath:"#/properties/status/properties/conditions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs228 === errors){
if(data91.type !== undefined){
let data92 = data91.type;
const _errs229 = errors;
if(typeof data92 !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/conditions/" + i9+"/type",schemaPath:"#/properties/status/properties/conditions/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data92 === "Completed") || (data92 === "Failed")) || (data92 === "TargetAcquired")) || (data92 === "TrafficObserved"))){
validate10.errors = [{instancePath:instancePath+"/status/conditions/" + i9+"/type",schemaPath:"#/properties/status/properties/conditions/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.conditions.items.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid38 = _errs229 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data91.status !== undefined){
let data93 = data91.status;
const _errs231 = errors;
if(typeof data93 !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/conditions/" + i9+"/status",schemaPath:"#/properties/status/properties/conditions/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data93 === "True") || (data93 === "False")) || (data93 === "Unknown"))){
validate10.errors = [{instancePath:instancePath+"/status/conditions/" + i9+"/status",schemaPath:"#/properties/status/properties/conditions/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.conditions.items.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid38 = _errs231 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data91.lastTransitionTime !== undefined){
let data94 = data91.lastTransitionTime;
const _errs233 = errors;
if(errors === _errs233){
if(errors === _errs233){
if(typeof data94 === "string"){
if(!(formats12.test(data94))){
validate10.errors = [{instancePath:instancePath+"/status/conditions/" + i9+"/lastTransitionTime",schemaPath:"#/properties/status/properties/conditions/items/properties/lastTransitionTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/conditions/" + i9+"/lastTransitionTime",schemaPath:"#/properties/status/properties/conditions/items/properties/lastTransitionTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid38 = _errs233 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data91.reason !== undefined){
const _errs235 = errors;
if(typeof data91.reason !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/conditions/" + i9+"/reason",schemaPath:"#/properties/status/properties/conditions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid38 = _errs235 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data91.message !== undefined){
const _errs237 = errors;
if(typeof data91.message !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/conditions/" + i9+"/message",schemaPath:"#/properties/status/properties/conditions/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid38 = _errs237 === errors;
}
else {
var valid38 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/conditions/" + i9,schemaPath:"#/properties/status/properties/conditions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid37 = _errs226 === errors;
if(!valid37){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/conditions",schemaPath:"#/properties/status/properties/conditions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid36 = _errs224 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data89.initTime !== undefined){
let data97 = data89.initTime;
const _errs239 = errors;
if(errors === _errs239){
if(errors === _errs239){
if(typeof data97 === "string"){
if(!(formats12.test(data97))){
validate10.errors = [{instancePath:instancePath+"/status/initTime",schemaPath:"#/properties/status/properties/initTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/initTime",schemaPath:"#/properties/status/properties/initTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid36 = _errs239 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data89.startTime !== undefined){
let data98 = data89.startTime;
const _errs241 = errors;
if(errors === _errs241){
if(errors === _errs241){
if(typeof data98 === "string"){
if(!(formats12.test(data98))){
validate10.errors = [{instancePath:instancePath+"/status/startTime",schemaPath:"#/properties/status/properties/startTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/startTime",schemaPath:"#/properties/status/properties/startTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid36 = _errs241 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data89.lastUpdateTime !== undefined){
let data99 = data89.lastUpdateTime;
const _errs243 = errors;
if(errors === _errs243){
if(errors === _errs243){
if(typeof data99 === "string"){
if(!(formats12.test(data99))){
validate10.errors = [{instancePath:instancePath+"/status/lastUpdateTime",schemaPath:"#/properties/status/properties/lastUpdateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/lastUpdateTime",schemaPath:"#/properties/status/properties/lastUpdateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid36 = _errs243 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data89.stage !== undefined){
let data100 = data89.stage;
const _errs245 = errors;
if(typeof data100 !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/stage",schemaPath:"#/properties/status/properties/stage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data100 === "Waiting") || (data100 === "Initializing")) || (data100 === "Running")) || (data100 === "Finishing")) || (data100 === "Completed"))){
validate10.errors = [{instancePath:instancePath+"/status/stage",schemaPath:"#/properties/status/properties/stage/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.stage.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid36 = _errs245 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data89.completedIterations !== undefined){
let data101 = data89.completedIterations;
const _errs247 = errors;
if(!(((typeof data101 == "number") && (!(data101 % 1) && !isNaN(data101))) && (isFinite(data101)))){
validate10.errors = [{instancePath:instancePath+"/status/completedIterations",schemaPath:"#/properties/status/properties/completedIterations/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs247){
if((typeof data101 == "number") && (isFinite(data101))){
if(data101 < 0 || isNaN(data101)){
validate10.errors = [{instancePath:instancePath+"/status/completedIterations",schemaPath:"#/properties/status/properties/completedIterations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data101))){
validate10.errors = [{instancePath:instancePath+"/status/completedIterations",schemaPath:"#/properties/status/properties/completedIterations/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""}];
return false;
}
}
}
}
var valid36 = _errs247 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data89.currentWeightDistribution !== undefined){
let data102 = data89.currentWeightDistribution;
const _errs249 = errors;
if(errors === _errs249){
if(Array.isArray(data102)){
var valid39 = true;
const len10 = data102.length;
for(let i10=0; i10<len10; i10++){
let data103 = data102[i10];
const _errs251 = errors;
if(errors === _errs251){
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
let missing16;
if(((data103.name === undefined) && (missing16 = "name")) || ((data103.value === undefined) && (missing16 = "value"))){
validate10.errors = [{instancePath:instancePath+"/status/currentWeightDistribution/" + i10,schemaPath:"#/properties/status/properties/currentWeightDistribution/items/required",keyword:"required",params:{missingProperty: missing16},message:"must have required property '"+missing16+"'"}];
return false;
}
else {
const _errs253 = errors;
for(const key24 in data103){
if(!((key24 === "name") || (key24 === "value"))){
validate10.errors = [{instancePath:instancePath+"/status/currentWeightDistribution/" + i10,schemaPath:"#/properties/status/properties/currentWeightDistribution/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs253 === errors){
if(data103.name !== undefined){
const _errs254 = errors;
if(typeof data103.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/currentWeightDistribution/" + i10+"/name",schemaPath:"#/properties/status/properties/currentWeightDistribution/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid40 = _errs254 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data103.value !== undefined){
let data105 = data103.value;
const _errs256 = errors;
if(!(((typeof data105 == "number") && (!(data105 % 1) && !isNaN(data105))) && (isFinite(data105)))){
validate10.errors = [{instancePath:instancePath+"/status/currentWeightDistribution/" + i10+"/value",schemaPath:"#/properties/status/properties/currentWeightDistribution/items/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs256){
if((typeof data105 == "number") && (isFinite(data105))){
if(!(formats0.validate(data105))){
validate10.errors = [{instancePath:instancePath+"/status/currentWeightDistribution/" + i10+"/value",schemaPath:"#/properties/status/properties/currentWeightDistribution/items/properties/value/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""}];
return false;
}
}
}
var valid40 = _errs256 === errors;
}
else {
var valid40 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/currentWeightDistribution/" + i10,schemaPath:"#/properties/status/properties/currentWeightDistribution/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid39 = _errs251 === errors;
if(!valid39){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/currentWeightDistribution",schemaPath:"#/properties/status/properties/currentWeightDistribution/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid36 = _errs249 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data89.analysis !== undefined){
let data106 = data89.analysis;
const _errs258 = errors;
if(errors === _errs258){
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
const _errs260 = errors;
for(const key25 in data106){
if(!((((((key25 === "aggregatedBuiltinHists") || (key25 === "aggregatedMetrics")) || (key25 === "winnerAssessment")) || (key25 === "versionAssessments")) || (key25 === "weights")) || (key25 === "comparisons"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis",schemaPath:"#/properties/status/properties/analysis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs260 === errors){
if(data106.aggregatedBuiltinHists !== undefined){
let data107 = data106.aggregatedBuiltinHists;
const _errs261 = errors;
if(errors === _errs261){
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
let missing17;
if((((data107.provenance === undefined) && (missing17 = "provenance")) || ((data107.timestamp === undefined) && (missing17 = "timestamp"))) || ((data107.data === undefined) && (missing17 = "data"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/required",keyword:"required",params:{missingProperty: missing17},message:"must have required property '"+missing17+"'"}];
return false;
}
else {
const _errs263 = errors;
for(const key26 in data107){
if(!((((key26 === "provenance") || (key26 === "timestamp")) || (key26 === "message")) || (key26 === "data"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs263 === errors){
if(data107.provenance !== undefined){
const _errs264 = errors;
if(typeof data107.provenance !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists/provenance",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid42 = _errs264 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data107.timestamp !== undefined){
let data109 = data107.timestamp;
const _errs266 = errors;
if(errors === _errs266){
if(errors === _errs266){
if(typeof data109 === "string"){
if(!(formats12.test(data109))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid42 = _errs266 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data107.message !== undefined){
const _errs268 = errors;
if(typeof data107.message !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists/message",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid42 = _errs268 === errors;
}
else {
var valid42 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid41 = _errs261 === errors;
}
else {
var valid41 = true;
}
if(valid41){
if(data106.aggregatedMetrics !== undefined){
let data111 = data106.aggregatedMetrics;
const _errs270 = errors;
if(errors === _errs270){
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
let missing18;
if((((data111.provenance === undefined) && (missing18 = "provenance")) || ((data111.timestamp === undefined) && (missing18 = "timestamp"))) || ((data111.data === undefined) && (missing18 = "data"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/required",keyword:"required",params:{missingProperty: missing18},message:"must have required property '"+missing18+"'"}];
return false;
}
else {
const _errs272 = errors;
for(const key27 in data111){
if(!((((key27 === "provenance") || (key27 === "timestamp")) || (key27 === "message")) || (key27 === "data"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs272 === errors){
if(data111.provenance !== undefined){
const _errs273 = errors;
if(typeof data111.provenance !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/provenance",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid43 = _errs273 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data111.timestamp !== undefined){
let data113 = data111.timestamp;
const _errs275 = errors;
if(errors === _errs275){
if(errors === _errs275){
if(typeof data113 === "string"){
if(!(formats12.test(data113))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid43 = _errs275 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data111.message !== undefined){
const _errs277 = errors;
if(typeof data111.message !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/message",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid43 = _errs277 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data111.data !== undefined){
let data115 = data111.data;
const _errs279 = errors;
if(errors === _errs279){
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
for(const key28 in data115){
let data116 = data115[key28];
const _errs282 = errors;
if(errors === _errs282){
if(data116 && typeof data116 == "object" && !Array.isArray(data116)){
let missing19;
if((data116.data === undefined) && (missing19 = "data")){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/required",keyword:"required",params:{missingProperty: missing19},message:"must have required property '"+missing19+"'"}];
return false;
}
else {
const _errs284 = errors;
for(const key29 in data116){
if(!(((key29 === "max") || (key29 === "min")) || (key29 === "data"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs284 === errors){
if(data116.max !== undefined){
let data117 = data116.max;
const _errs285 = errors;
const _errs286 = errors;
let valid46 = false;
const _errs287 = errors;
if(!(((typeof data117 == "number") && (!(data117 % 1) && !isNaN(data117))) && (isFinite(data117)))){
const err15 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/max/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid5 = _errs287 === errors;
valid46 = valid46 || _valid5;
if(!valid46){
const _errs289 = errors;
if(typeof data117 !== "string"){
const err16 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/max/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid5 = _errs289 === errors;
valid46 = valid46 || _valid5;
}
if(!valid46){
const err17 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/max/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs286;
if(vErrors !== null){
if(_errs286){
vErrors.length = _errs286;
}
else {
vErrors = null;
}
}
}
if(errors === _errs285){
if(typeof data117 === "string"){
if(!pattern0.test(data117)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/max/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid45 = _errs285 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data116.min !== undefined){
let data118 = data116.min;
const _errs291 = errors;
const _errs292 = errors;
let valid47 = false;
const _errs293 = errors;
if(!(((typeof data118 == "number") && (!(data118 % 1) && !isNaN(data118))) && (isFinite(data118)))){
const err18 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/min/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid6 = _errs293 === errors;
valid47 = valid47 || _valid6;
if(!valid47){
const _errs295 = errors;
if(typeof data118 !== "string"){
const err19 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/min/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid6 = _errs295 === errors;
valid47 = valid47 || _valid6;
}
if(!valid47){
const err20 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/min/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs292;
if(vErrors !== null){
if(_errs292){
vErrors.length = _errs292;
}
else {
vErrors = null;
}
}
}
if(errors === _errs291){
if(typeof data118 === "string"){
if(!pattern0.test(data118)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/min/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid45 = _errs291 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data116.data !== undefined){
let data119 = data116.data;
const _errs297 = errors;
if(errors === _errs297){
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
for(const key30 in data119){
let data120 = data119[key30];
const _errs300 = errors;
if(errors === _errs300){
if(data120 && typeof data120 == "object" && !Array.isArray(data120)){
const _errs302 = errors;
for(const key31 in data120){
if(!((((key31 === "max") || (key31 === "min")) || (key31 === "value")) || (key31 === "sampleSize"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs302 === errors){
if(data120.max !== undefined){
let data121 = data120.max;
const _errs303 = errors;
const _errs304 = errors;
let valid50 = false;
const _errs305 = errors;
if(!(((typeof data121 == "number") && (!(data121 % 1) && !isNaN(data121))) && (isFinite(data121)))){
const err21 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/max/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid7 = _errs305 === errors;
valid50 = valid50 || _valid7;
if(!valid50){
const _errs307 = errors;
if(typeof data121 !== "string"){
const err22 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/max/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid7 = _errs307 === errors;
valid50 = valid50 || _valid7;
}
if(!valid50){
const err23 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/max/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs304;
if(vErrors !== null){
if(_errs304){
vErrors.length = _errs304;
}
else {
vErrors = null;
}
}
}
if(errors === _errs303){
if(typeof data121 === "string"){
if(!pattern0.test(data121)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/max/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid49 = _errs303 === errors;
}
else {
var valid49 = true;
}
if(valid49){
if(data120.min !== undefined){
let data122 = data120.min;
const _errs309 = errors;
const _errs310 = errors;
let valid51 = false;
const _errs311 = errors;
if(!(((typeof data122 == "number") && (!(data122 % 1) && !isNaN(data122))) && (isFinite(data122)))){
const err24 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/min/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid8 = _errs311 === errors;
valid51 = valid51 || _valid8;
if(!valid51){
const _errs313 = errors;
if(typeof data122 !== "string"){
const err25 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/min/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid8 = _errs313 === errors;
valid51 = valid51 || _valid8;
}
if(!valid51){
const err26 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/min/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs310;
if(vErrors !== null){
if(_errs310){
vErrors.length = _errs310;
}
else {
vErrors = null;
}
}
}
if(errors === _errs309){
if(typeof data122 === "string"){
if(!pattern0.test(data122)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/min/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid49 = _errs309 === errors;
}
else {
var valid49 = true;
}
if(valid49){
if(data120.value !== undefined){
let data123 = data120.value;
const _errs315 = errors;
const _errs316 = errors;
let valid52 = false;
const _errs317 = errors;
if(!(((typeof data123 == "number") && (!(data123 % 1) && !isNaN(data123))) && (isFinite(data123)))){
const err27 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/value/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid9 = _errs317 === errors;
valid52 = valid52 || _valid9;
if(!valid52){
const _errs319 = errors;
if(typeof data123 !== "string"){
const err28 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/value/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid9 = _errs319 === errors;
valid52 = valid52 || _valid9;
}
if(!valid52){
const err29 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/value/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs316;
if(vErrors !== null){
if(_errs316){
vErrors.length = _errs316;
}
else {
vErrors = null;
}
}
}
if(errors === _errs315){
if(typeof data123 === "string"){
if(!pattern0.test(data123)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/value/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid49 = _errs315 === errors;
}
else {
var valid49 = true;
}
if(valid49){
if(data120.sampleSize !== undefined){
let data124 = data120.sampleSize;
const _errs321 = errors;
if(!(((typeof data124 == "number") && (!(data124 % 1) && !isNaN(data124))) && (isFinite(data124)))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampleSize",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/sampleSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs321){
if((typeof data124 == "number") && (isFinite(data124))){
if(data124 < 0 || isNaN(data124)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampleSize",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/sampleSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data124))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampleSize",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/sampleSize/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""}];
return false;
}
}
}
}
var valid49 = _errs321 === errors;
}
else {
var valid49 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid48 = _errs300 === errors;
if(!valid48){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid45 = _errs297 === errors;
}
else {
var valid45 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid44 = _errs282 === errors;
if(!valid44){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics/data",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid43 = _errs279 === errors;
}
else {
var valid43 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/aggregatedMetrics",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid41 = _errs270 === errors;
}
else {
var valid41 = true;
}
if(valid41){
if(data106.winnerAssessment !== undefined){
let data125 = data106.winnerAssessment;
const _errs323 = errors;
if(errors === _errs323){
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
let missing20;
if((((data125.provenance === undefined) && (missing20 = "provenance")) || ((data125.timestamp === undefined) && (missing20 = "timestamp"))) || ((data125.data === undefined) && (missing20 = "data"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/winnerAssessment",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/required",keyword:"required",params:{missingProperty: missing20},message:"must have required property '"+missing20+"'"}];
return false;
}
else {
const _errs325 = errors;
for(const key32 in data125){
if(!((((key32 === "provenance") || (key32 === "timestamp")) || (key32 === "message")) || (key32 === "data"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/winnerAssessment",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs325 === errors){
if(data125.provenance !== undefined){
const _errs326 = errors;
if(typeof data125.provenance !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/winnerAssessment/provenance",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid53 = _errs326 === errors;
}
else {
var valid53 = true;
}
if(valid53){
if(data125.timestamp !== undefined){
let data127 = data125.timestamp;
const _errs328 = errors;
if(errors === _errs328){
if(errors === _errs328){
if(typeof data127 === "string"){
if(!(formats12.test(data127))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/winnerAssessment/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/winnerAssessment/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid53 = _errs328 === errors;
}
else {
var valid53 = true;
}
if(valid53){
if(data125.message !== undefined){
const _errs330 = errors;
if(typeof data125.message !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/winnerAssessment/message",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid53 = _errs330 === errors;
}
else {
var valid53 = true;
}
if(valid53){
if(data125.data !== undefined){
let data129 = data125.data;
const _errs332 = errors;
if(errors === _errs332){
if(data129 && typeof data129 == "object" && !Array.isArray(data129)){
let missing21;
if((data129.winnerFound === undefined) && (missing21 = "winnerFound")){
validate10.errors = [{instancePath:instancePath+"/status/analysis/winnerAssessment/data",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/required",keyword:"required",params:{missingProperty: missing21},message:"must have required property '"+missing21+"'"}];
return false;
}
else {
const _errs334 = errors;
for(const key33 in data129){
if(!(((key33 === "winnerFound") || (key33 === "winner")) || (key33 === "bestVersions"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/winnerAssessment/data",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs334 === errors){
if(data129.winnerFound !== undefined){
const _errs335 = errors;
if(typeof data129.winnerFound !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/winnerAssessment/data/winnerFound",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/properties/winnerFound/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid54 = _errs335 === errors;
}
else {
var valid54 = true;
}
if(valid54){
if(data129.winner !== undefined){
const _errs337 = errors;
if(typeof data129.winner !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/winnerAssessment/data/winner",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/properties/winner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid54 = _errs337 === errors;
}
else {
var valid54 = true;
}
if(valid54){
if(data129.bestVersions !== undefined){
let data132 = data129.bestVersions;
const _errs339 = errors;
if(errors === _errs339){
if(Array.isArray(data132)){
var valid55 = true;
const len11 = data132.length;
for(let i11=0; i11<len11; i11++){
const _errs341 = errors;
if(typeof data132[i11] !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/winnerAssessment/data/bestVersions/" + i11,schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/properties/bestVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid55 = _errs341 === errors;
if(!valid55){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/winnerAssessment/data/bestVersions",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/properties/bestVersions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid54 = _errs339 === errors;
}
else {
var valid54 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/winnerAssessment/data",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid53 = _errs332 === errors;
}
else {
var valid53 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/winnerAssessment",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid41 = _errs323 === errors;
}
else {
var valid41 = true;
}
if(valid41){
if(data106.versionAssessments !== undefined){
let data134 = data106.versionAssessments;
const _errs343 = errors;
if(errors === _errs343){
if(data134 && typeof data134 == "object" && !Array.isArray(data134)){
let missing22;
if((((data134.provenance === undefined) && (missing22 = "provenance")) || ((data134.timestamp === undefined) && (missing22 = "timestamp"))) || ((data134.data === undefined) && (missing22 = "data"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/versionAssessments",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/required",keyword:"required",params:{missingProperty: missing22},message:"must have required property '"+missing22+"'"}];
return false;
}
else {
const _errs345 = errors;
for(const key34 in data134){
if(!((((key34 === "provenance") || (key34 === "timestamp")) || (key34 === "message")) || (key34 === "data"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/versionAssessments",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs345 === errors){
if(data134.provenance !== undefined){
const _errs346 = errors;
if(typeof data134.provenance !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/versionAssessments/provenance",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid56 = _errs346 === errors;
}
else {
var valid56 = true;
}
if(valid56){
if(data134.timestamp !== undefined){
let data136 = data134.timestamp;
const _errs348 = errors;
if(errors === _errs348){
if(errors === _errs348){
if(typeof data136 === "string"){
if(!(formats12.test(data136))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/versionAssessments/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/versionAssessments/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid56 = _errs348 === errors;
}
else {
var valid56 = true;
}
if(valid56){
if(data134.message !== undefined){
const _errs350 = errors;
if(typeof data134.message !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/versionAssessments/message",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid56 = _errs350 === errors;
}
else {
var valid56 = true;
}
if(valid56){
if(data134.data !== undefined){
let data138 = data134.data;
const _errs352 = errors;
if(errors === _errs352){
if(data138 && typeof data138 == "object" && !Array.isArray(data138)){
for(const key35 in data138){
let data139 = data138[key35];
const _errs355 = errors;
if(errors === _errs355){
if(Array.isArray(data139)){
var valid58 = true;
const len12 = data139.length;
for(let i12=0; i12<len12; i12++){
const _errs357 = errors;
if(typeof data139[i12] !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/versionAssessments/data/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i12,schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/data/additionalProperties/items/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid58 = _errs357 === errors;
if(!valid58){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/versionAssessments/data/" + key35.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/data/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid57 = _errs355 === errors;
if(!valid57){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/versionAssessments/data",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid56 = _errs352 === errors;
}
else {
var valid56 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/versionAssessments",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid41 = _errs343 === errors;
}
else {
var valid41 = true;
}
if(valid41){
if(data106.weights !== undefined){
let data141 = data106.weights;
const _errs359 = errors;
if(errors === _errs359){
if(data141 && typeof data141 == "object" && !Array.isArray(data141)){
let missing23;
if((((data141.provenance === undefined) && (missing23 = "provenance")) || ((data141.timestamp === undefined) && (missing23 = "timestamp"))) || ((data141.data === undefined) && (missing23 = "data"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/weights",schemaPath:"#/properties/status/properties/analysis/properties/weights/required",keyword:"required",params:{missingProperty: missing23},message:"must have required property '"+missing23+"'"}];
return false;
}
else {
const _errs361 = errors;
for(const key36 in data141){
if(!((((key36 === "provenance") || (key36 === "timestamp")) || (key36 === "message")) || (key36 === "data"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/weights",schemaPath:"#/properties/status/properties/analysis/properties/weights/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs361 === errors){
if(data141.provenance !== undefined){
const _errs362 = errors;
if(typeof data141.provenance !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/weights/provenance",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid59 = _errs362 === errors;
}
else {
var valid59 = true;
}
if(valid59){
if(data141.timestamp !== undefined){
let data143 = data141.timestamp;
const _errs364 = errors;
if(errors === _errs364){
if(errors === _errs364){
if(typeof data143 === "string"){
if(!(formats12.test(data143))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/weights/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/weights/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid59 = _errs364 === errors;
}
else {
var valid59 = true;
}
if(valid59){
if(data141.message !== undefined){
const _errs366 = errors;
if(typeof data141.message !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/weights/message",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid59 = _errs366 === errors;
}
else {
var valid59 = true;
}
if(valid59){
if(data141.data !== undefined){
let data145 = data141.data;
const _errs368 = errors;
if(errors === _errs368){
if(Array.isArray(data145)){
var valid60 = true;
const len13 = data145.length;
for(let i13=0; i13<len13; i13++){
let data146 = data145[i13];
const _errs370 = errors;
if(errors === _errs370){
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
let missing24;
if(((data146.name === undefined) && (missing24 = "name")) || ((data146.value === undefined) && (missing24 = "value"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/weights/data/" + i13,schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/required",keyword:"required",params:{missingProperty: missing24},message:"must have required property '"+missing24+"'"}];
return false;
}
else {
const _errs372 = errors;
for(const key37 in data146){
if(!((key37 === "name") || (key37 === "value"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/weights/data/" + i13,schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs372 === errors){
if(data146.name !== undefined){
const _errs373 = errors;
if(typeof data146.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/weights/data/" + i13+"/name",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid61 = _errs373 === errors;
}
else {
var valid61 = true;
}
if(valid61){
if(data146.value !== undefined){
let data148 = data146.value;
const _errs375 = errors;
if(!(((typeof data148 == "number") && (!(data148 % 1) && !isNaN(data148))) && (isFinite(data148)))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/weights/data/" + i13+"/value",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs375){
if((typeof data148 == "number") && (isFinite(data148))){
if(!(formats0.validate(data148))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/weights/data/" + i13+"/value",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/properties/value/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""}];
return false;
}
}
}
var valid61 = _errs375 === errors;
}
else {
var valid61 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/weights/data/" + i13,schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid60 = _errs370 === errors;
if(!valid60){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/weights/data",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid59 = _errs368 === errors;
}
else {
var valid59 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/weights",schemaPath:"#/properties/status/properties/analysis/properties/weights/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid41 = _errs359 === errors;
}
else {
var valid41 = true;
}
if(valid41){
if(data106.comparisons !== undefined){
let data149 = data106.comparisons;
const _errs377 = errors;
if(errors === _errs377){
if(data149 && typeof data149 == "object" && !Array.isArray(data149)){
let missing25;
if((((data149.provenance === undefined) && (missing25 = "provenance")) || ((data149.timestamp === undefined) && (missing25 = "timestamp"))) || ((data149.data === undefined) && (missing25 = "data"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/required",keyword:"required",params:{missingProperty: missing25},message:"must have required property '"+missing25+"'"}];
return false;
}
else {
const _errs379 = errors;
for(const key38 in data149){
if(!((((key38 === "provenance") || (key38 === "timestamp")) || (key38 === "message")) || (key38 === "data"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs379 === errors){
if(data149.provenance !== undefined){
const _errs380 = errors;
if(typeof data149.provenance !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/provenance",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid62 = _errs380 === errors;
}
else {
var valid62 = true;
}
if(valid62){
if(data149.timestamp !== undefined){
let data151 = data149.timestamp;
const _errs382 = errors;
if(errors === _errs382){
if(errors === _errs382){
if(typeof data151 === "string"){
if(!(formats12.test(data151))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid62 = _errs382 === errors;
}
else {
var valid62 = true;
}
if(valid62){
if(data149.message !== undefined){
const _errs384 = errors;
if(typeof data149.message !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/message",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid62 = _errs384 === errors;
}
else {
var valid62 = true;
}
if(valid62){
if(data149.data !== undefined){
let data153 = data149.data;
const _errs386 = errors;
if(errors === _errs386){
if(Array.isArray(data153)){
var valid63 = true;
const len14 = data153.length;
for(let i14=0; i14<len14; i14++){
let data154 = data153[i14];
const _errs388 = errors;
if(errors === _errs388){
if(data154 && typeof data154 == "object" && !Array.isArray(data154)){
let missing26;
if(((((((data154.metric === undefined) && (missing26 = "metric")) || ((data154.version === undefined) && (missing26 = "version"))) || ((data154.reference === undefined) && (missing26 = "reference"))) || ((data154.minSamples === undefined) && (missing26 = "minSamples"))) || ((data154.confidence === undefined) && (missing26 = "confidence"))) || ((data154.verdict === undefined) && (missing26 = "verdict"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14,schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/required",keyword:"required",params:{missingProperty: missing26},message:"must have required property '"+missing26+"'"}];
return false;
}
else {
const _errs390 = errors;
for(const key39 in data154){
if(!(func3.call(schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties, key39))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14,schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs390 === errors){
if(data154.metric !== undefined){
const _errs391 = errors;
if(typeof data154.metric !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/metric",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid64 = _errs391 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.version !== undefined){
const _errs393 = errors;
if(typeof data154.version !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/version",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid64 = _errs393 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.reference !== undefined){
const _errs395 = errors;
if(typeof data154.reference !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/reference",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid64 = _errs395 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.testedValue !== undefined){
let data158 = data154.testedValue;
const _errs397 = errors;
const _errs398 = errors;
let valid65 = false;
const _errs399 = errors;
if(!(((typeof data158 == "number") && (!(data158 % 1) && !isNaN(data158))) && (isFinite(data158)))){
const err30 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/testedValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/testedValue/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid10 = _errs399 === errors;
valid65 = valid65 || _valid10;
if(!valid65){
const _errs401 = errors;
if(typeof data158 !== "string"){
const err31 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/testedValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/testedValue/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid10 = _errs401 === errors;
valid65 = valid65 || _valid10;
}
if(!valid65){
const err32 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/testedValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/testedValue/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs398;
if(vErrors !== null){
if(_errs398){
vErrors.length = _errs398;
}
else {
vErrors = null;
}
}
}
if(errors === _errs397){
if(typeof data158 === "string"){
if(!pattern0.test(data158)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/testedValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/testedValue/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid64 = _errs397 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.referenceValue !== undefined){
let data159 = data154.referenceValue;
const _errs403 = errors;
const _errs404 = errors;
let valid66 = false;
const _errs405 = errors;
if(!(((typeof data159 == "number") && (!(data159 % 1) && !isNaN(data159))) && (isFinite(data159)))){
const err33 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/referenceValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/referenceValue/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid11 = _errs405 === errors;
valid66 = valid66 || _valid11;
if(!valid66){
const _errs407 = errors;
if(typeof data159 !== "string"){
const err34 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/referenceValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/referenceValue/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid11 = _errs407 === errors;
valid66 = valid66 || _valid11;
}
if(!valid66){
const err35 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/referenceValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/referenceValue/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs404;
if(vErrors !== null){
if(_errs404){
vErrors.length = _errs404;
}
else {
vErrors = null;
}
}
}
if(errors === _errs403){
if(typeof data159 === "string"){
if(!pattern0.test(data159)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/referenceValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/referenceValue/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid64 = _errs403 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.ratio !== undefined){
let data160 = data154.ratio;
const _errs409 = errors;
if(!((typeof data160 == "number") && (isFinite(data160)))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/ratio",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/ratio/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid64 = _errs409 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.difference !== undefined){
let data161 = data154.difference;
const _errs411 = errors;
if(!((typeof data161 == "number") && (isFinite(data161)))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/difference",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/difference/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid64 = _errs411 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.maxRatio !== undefined){
let data162 = data154.maxRatio;
const _errs413 = errors;
const _errs414 = errors;
let valid67 = false;
const _errs415 = errors;
if(!(((typeof data162 == "number") && (!(data162 % 1) && !isNaN(data162))) && (isFinite(data162)))){
const err36 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxRatio",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxRatio/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid12 = _errs415 === errors;
valid67 = valid67 || _valid12;
if(!valid67){
const _errs417 = errors;
if(typeof data162 !== "string"){
const err37 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxRatio",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxRatio/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid12 = _errs417 === errors;
valid67 = valid67 || _valid12;
}
if(!valid67){
const err38 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxRatio",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxRatio/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs414;
if(vErrors !== null){
if(_errs414){
vErrors.length = _errs414;
}
else {
vErrors = null;
}
}
}
if(errors === _errs413){
if(typeof data162 === "string"){
if(!pattern0.test(data162)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxRatio",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxRatio/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid64 = _errs413 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.maxIncrease !== undefined){
let data163 = data154.maxIncrease;
const _errs419 = errors;
const _errs420 = errors;
let valid68 = false;
const _errs421 = errors;
if(!(((typeof data163 == "number") && (!(data163 % 1) && !isNaN(data163))) && (isFinite(data163)))){
const err39 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxIncrease",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxIncrease/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid13 = _errs421 === errors;
valid68 = valid68 || _valid13;
if(!valid68){
const _errs423 = errors;
if(typeof data163 !== "string"){
const err40 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxIncrease",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxIncrease/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid13 = _errs423 === errors;
valid68 = valid68 || _valid13;
}
if(!valid68){
const err41 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxIncrease",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxIncrease/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs420;
if(vErrors !== null){
if(_errs420){
vErrors.length = _errs420;
}
else {
vErrors = null;
}
}
}
if(errors === _errs419){
if(typeof data163 === "string"){
if(!pattern0.test(data163)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxIncrease",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxIncrease/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid64 = _errs419 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.testedSamples !== undefined){
let data164 = data154.testedSamples;
const _errs425 = errors;
if(errors === _errs425){
if((typeof data164 == "number") && (isFinite(data164))){
if(data164 < 0 || isNaN(data164)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/testedSamples",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/testedSamples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/testedSamples",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/testedSamples/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid64 = _errs425 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.referenceSamples !== undefined){
let data165 = data154.referenceSamples;
const _errs427 = errors;
if(errors === _errs427){
if((typeof data165 == "number") && (isFinite(data165))){
if(data165 < 0 || isNaN(data165)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/referenceSamples",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/referenceSamples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/referenceSamples",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/referenceSamples/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid64 = _errs427 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.minSamples !== undefined){
let data166 = data154.minSamples;
const _errs429 = errors;
if(!(((typeof data166 == "number") && (!(data166 % 1) && !isNaN(data166))) && (isFinite(data166)))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/minSamples",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/minSamples/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs429){
if((typeof data166 == "number") && (isFinite(data166))){
if(data166 < 1 || isNaN(data166)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/minSamples",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/minSamples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
else {
if(!(formats0.validate(data166))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/minSamples",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/minSamples/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""}];
return false;
}
}
}
}
var valid64 = _errs429 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.confidence !== undefined){
let data167 = data154.confidence;
const _errs431 = errors;
const _errs432 = errors;
let valid69 = false;
const _errs433 = errors;
if(!(((typeof data167 == "number") && (!(data167 % 1) && !isNaN(data167))) && (isFinite(data167)))){
const err42 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/confidence",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/confidence/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid14 = _errs433 === errors;
valid69 = valid69 || _valid14;
if(!valid69){
const _errs435 = errors;
if(typeof data167 !== "string"){
const err43 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/confidence",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/confidence/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid14 = _errs435 === errors;
valid69 = valid69 || _valid14;
}
if(!valid69){
const err44 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/confidence",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/confidence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs432;
if(vErrors !== null){
if(_errs432){
vErrors.length = _errs432;
}
else {
vErrors = null;
}
}
}
if(errors === _errs431){
if(typeof data167 === "string"){
if(!pattern0.test(data167)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/confidence",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/confidence/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid64 = _errs431 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.test !== undefined){
let data168 = data154.test;
const _errs437 = errors;
if(typeof data168 !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/test",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/test/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data168 === "mann-whitney") || (data168 === "two-proportion"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/test",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/test/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.test.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid64 = _errs437 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.pValue !== undefined){
let data169 = data154.pValue;
const _errs439 = errors;
if(errors === _errs439){
if((typeof data169 == "number") && (isFinite(data169))){
if(data169 > 1 || isNaN(data169)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/pValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/pValue/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data169 < 0 || isNaN(data169)){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/pValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/pValue/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/pValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/pValue/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid64 = _errs439 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.verdict !== undefined){
let data170 = data154.verdict;
const _errs441 = errors;
if(typeof data170 !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/verdict",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data170 === "satisfied") || (data170 === "violated")) || (data170 === "unavailable"))){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/verdict",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.verdict.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid64 = _errs441 === errors;
}
else {
var valid64 = true;
}
if(valid64){
if(data154.reason !== undefined){
const _errs443 = errors;
if(typeof data154.reason !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/reason",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid64 = _errs443 === errors;
}
else {
var valid64 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data/" + i14,schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid63 = _errs388 === errors;
if(!valid63){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons/data",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid62 = _errs386 === errors;
}
else {
var valid62 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis/comparisons",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid41 = _errs377 === errors;
}
else {
var valid41 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/analysis",schemaPath:"#/properties/status/properties/analysis/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid36 = _errs258 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data89.versionRecommendedForPromotion !== undefined){
const _errs445 = errors;
if(typeof data89.versionRecommendedForPromotion !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/versionRecommendedForPromotion",schemaPath:"#/properties/status/properties/versionRecommendedForPromotion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid36 = _errs445 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data89.message !== undefined){
const _errs447 = errors;
if(typeof data89.message !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/message",schemaPath:"#/properties/status/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid36 = _errs447 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data89.metrics !== undefined){
let data174 = data89.metrics;
const _errs449 = errors;
if(errors === _errs449){
if(Array.isArray(data174)){
var valid70 = true;
const len15 = data174.length;
for(let i15=0; i15<len15; i15++){
let data175 = data174[i15];
const _errs451 = errors;
if(errors === _errs451){
if(data175 && typeof data175 == "object" && !Array.isArray(data175)){
let missing27;
if(((data175.name === undefined) && (missing27 = "name")) || ((data175.metricObj === undefined) && (missing27 = "metricObj"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15,schemaPath:"#/properties/status/properties/metrics/items/required",keyword:"required",params:{missingProperty: missing27},message:"must have required property '"+missing27+"'"}];
return false;
}
else {
const _errs453 = errors;
for(const key40 in data175){
if(!((key40 === "name") || (key40 === "metricObj"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15,schemaPath:"#/properties/status/properties/metrics/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs453 === errors){
if(data175.name !== undefined){
const _errs454 = errors;
if(typeof data175.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/name",schemaPath:"#/properties/status/properties/metrics/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid71 = _errs454 === errors;
}
else {
var valid71 = true;
}
if(valid71){
if(data175.metricObj !== undefined){
let data177 = data175.metricObj;
const _errs456 = errors;
if(errors === _errs456){
if(data177 && typeof data177 == "object" && !Array.isArray(data177)){
let missing28;
if(((((data177.apiVersion === undefined) && (missing28 = "apiVersion")) || ((data177.kind === undefined) && (missing28 = "kind"))) || ((data177.metadata === undefined) && (missing28 = "metadata"))) || ((data177.spec === undefined) && (missing28 = "spec"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/required",keyword:"required",params:{missingProperty: missing28},message:"must have required property '"+missing28+"'"}];
return false;
}
else {
const _errs458 = errors;
for(const key41 in data177){
if(!((((key41 === "apiVersion") || (key41 === "kind")) || (key41 === "metadata")) || (key41 === "spec"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs458 === errors){
if(data177.apiVersion !== undefined){
const _errs459 = errors;
if(typeof data177.apiVersion !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/apiVersion",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid72 = _errs459 === errors;
}
else {
var valid72 = true;
}
if(valid72){
if(data177.kind !== undefined){
const _errs461 = errors;
if(typeof data177.kind !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/kind",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid72 = _errs461 === errors;
}
else {
var valid72 = true;
}
if(valid72){
if(data177.metadata !== undefined){
let data180 = data177.metadata;
const _errs463 = errors;
if(!(data180 && typeof data180 == "object" && !Array.isArray(data180))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/metadata",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid72 = _errs463 === errors;
}
else {
var valid72 = true;
}
if(valid72){
if(data177.spec !== undefined){
let data181 = data177.spec;
const _errs465 = errors;
if(errors === _errs465){
if(data181 && typeof data181 == "object" && !Array.isArray(data181)){
const _errs467 = errors;
for(const key42 in data181){
if(!(func3.call(schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties, key42))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs467 === errors){
if(data181.description !== undefined){
const _errs468 = errors;
if(typeof data181.description !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/description",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid73 = _errs468 === errors;
}
else {
var valid73 = true;
}
if(valid73){
if(data181.units !== undefined){
const _errs470 = errors;
if(typeof data181.units !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/units",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/units/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid73 = _errs470 === errors;
}
else {
var valid73 = true;
}
if(valid73){
if(data181.type !== undefined){
let data184 = data181.type;
const _errs472 = errors;
if(typeof data184 !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/type",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data184 === "Counter") || (data184 === "Gauge"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/type",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid73 = _errs472 === errors;
}
else {
var valid73 = true;
}
if(valid73){
if(data181.sampleSize !== undefined){
const _errs474 = errors;
if(typeof data181.sampleSize !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/sampleSize",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/sampleSize/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid73 = _errs474 === errors;
}
else {
var valid73 = true;
}
if(valid73){
if(data181.provider !== undefined){
const _errs476 = errors;
if(typeof data181.provider !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/provider",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid73 = _errs476 === errors;
}
else {
var valid73 = true;
}
if(valid73){
if(data181.params !== undefined){
let data187 = data181.params;
const _errs478 = errors;
if(errors === _errs478){
if(Array.isArray(data187)){
var valid74 = true;
const len16 = data187.length;
for(let i16=0; i16<len16; i16++){
let data188 = data187[i16];
const _errs480 = errors;
if(errors === _errs480){
if(data188 && typeof data188 == "object" && !Array.isArray(data188)){
let missing29;
if(((data188.name === undefined) && (missing29 = "name")) || ((data188.value === undefined) && (missing29 = "value"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/params/" + i16,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/required",keyword:"required",params:{missingProperty: missing29},message:"must have required property '"+missing29+"'"}];
return false;
}
else {
const _errs482 = errors;
for(const key43 in data188){
if(!((key43 === "name") || (key43 === "value"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/params/" + i16,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs482 === errors){
if(data188.name !== undefined){
const _errs483 = errors;
if(typeof data188.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/params/" + i16+"/name",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid75 = _errs483 === errors;
}
else {
var valid75 = true;
}
if(valid75){
if(data188.value !== undefined){
const _errs485 = errors;
if(typeof data188.value !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/params/" + i16+"/value",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid75 = _errs485 === errors;
}
else {
var valid75 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/params/" + i16,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid74 = _errs480 === errors;
if(!valid74){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/params",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid73 = _errs478 === errors;
}
else {
var valid73 = true;
}
if(valid73){
if(data181.body !== undefined){
const _errs487 = errors;
if(typeof data181.body !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/body",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid73 = _errs487 === errors;
}
else {
var valid73 = true;
}
if(valid73){
if(data181.method !== undefined){
let data192 = data181.method;
const _errs489 = errors;
if(typeof data192 !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/method",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data192 === "GET") || (data192 === "POST"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/method",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/method/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.method.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid73 = _errs489 === errors;
}
else {
var valid73 = true;
}
if(valid73){
if(data181.authType !== undefined){
let data193 = data181.authType;
const _errs491 = errors;
if(typeof data193 !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/authType",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/authType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data193 === "Basic") || (data193 === "Bearer")) || (data193 === "APIKey"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/authType",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/authType/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.authType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid73 = _errs491 === errors;
}
else {
var valid73 = true;
}
if(valid73){
if(data181.secret !== undefined){
const _errs493 = errors;
if(typeof data181.secret !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/secret",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid73 = _errs493 === errors;
}
else {
var valid73 = true;
}
if(valid73){
if(data181.headerTemplates !== undefined){
let data195 = data181.headerTemplates;
const _errs495 = errors;
if(errors === _errs495){
if(Array.isArray(data195)){
var valid76 = true;
const len17 = data195.length;
for(let i17=0; i17<len17; i17++){
let data196 = data195[i17];
const _errs497 = errors;
if(errors === _errs497){
if(data196 && typeof data196 == "object" && !Array.isArray(data196)){
let missing30;
if(((data196.name === undefined) && (missing30 = "name")) || ((data196.value === undefined) && (missing30 = "value"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/headerTemplates/" + i17,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/required",keyword:"required",params:{missingProperty: missing30},message:"must have required property '"+missing30+"'"}];
return false;
}
else {
const _errs499 = errors;
for(const key44 in data196){
if(!((key44 === "name") || (key44 === "value"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/headerTemplates/" + i17,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs499 === errors){
if(data196.name !== undefined){
const _errs500 = errors;
if(typeof data196.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/headerTemplates/" + i17+"/name",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid77 = _errs500 === errors;
}
else {
var valid77 = true;
}
if(valid77){
if(data196.value !== undefined){
const _errs502 = errors;
if(typeof data196.value !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/headerTemplates/" + i17+"/value",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid77 = _errs502 === errors;
}
else {
var valid77 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/headerTemplates/" + i17,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid76 = _errs497 === errors;
if(!valid76){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/headerTemplates",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid73 = _errs495 === errors;
}
else {
var valid73 = true;
}
if(valid73){
if(data181.urlTemplate !== undefined){
const _errs504 = errors;
if(typeof data181.urlTemplate !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/urlTemplate",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/urlTemplate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid73 = _errs504 === errors;
}
else {
var valid73 = true;
}
if(valid73){
if(data181.jqExpression !== undefined){
const _errs506 = errors;
if(typeof data181.jqExpression !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/jqExpression",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/jqExpression/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid73 = _errs506 === errors;
}
else {
var valid73 = true;
}
if(valid73){
if(data181.mock !== undefined){
let data201 = data181.mock;
const _errs508 = errors;
if(errors === _errs508){
if(Array.isArray(data201)){
var valid78 = true;
const len18 = data201.length;
for(let i18=0; i18<len18; i18++){
let data202 = data201[i18];
const _errs510 = errors;
if(errors === _errs510){
if(data202 && typeof data202 == "object" && !Array.isArray(data202)){
let missing31;
if(((data202.name === undefined) && (missing31 = "name")) || ((data202.level === undefined) && (missing31 = "level"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/required",keyword:"required",params:{missingProperty: missing31},message:"must have required property '"+missing31+"'"}];
return false;
}
else {
const _errs512 = errors;
for(const key45 in data202){
if(!((key45 === "name") || (key45 === "level"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs512 === errors){
if(data202.name !== undefined){
const _errs513 = errors;
if(typeof data202.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18+"/name",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid79 = _errs513 === errors;
}
else {
var valid79 = true;
}
if(valid79){
if(data202.level !== undefined){
let data204 = data202.level;
const _errs515 = errors;
const _errs516 = errors;
let valid80 = false;
const _errs517 = errors;
if(!(((typeof data204 == "number") && (!(data204 % 1) && !isNaN(data204))) && (isFinite(data204)))){
const err45 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18+"/level",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/level/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid15 = _errs517 === errors;
valid80 = valid80 || _valid15;
if(!valid80){
const _errs519 = errors;
if(typeof data204 !== "string"){
const err46 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18+"/level",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/level/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid15 = _errs519 === errors;
valid80 = valid80 || _valid15;
}
if(!valid80){
const err47 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18+"/level",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/level/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs516;
if(vErrors !== null){
if(_errs516){
vErrors.length = _errs516;
}
else {
vErrors = null;
}
}
}
if(errors === _errs515){
if(typeof data204 === "string"){
if(!pattern0.test(data204)){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18+"/level",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/level/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid79 = _errs515 === errors;
}
else {
var valid79 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid78 = _errs510 === errors;
if(!valid78){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid73 = _errs508 === errors;
}
else {
var valid73 = true;
}
if(valid73){
if(data181.comparison !== undefined){
let data205 = data181.comparison;
const _errs521 = errors;
if(errors === _errs521){
if(data205 && typeof data205 == "object" && !Array.isArray(data205)){
let missing32;
if((data205.kind === undefined) && (missing32 = "kind")){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/comparison",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/comparison/required",keyword:"required",params:{missingProperty: missing32},message:"must have required property '"+missing32+"'"}];
return false;
}
else {
const _errs523 = errors;
for(const key46 in data205){
if(!((key46 === "kind") || (key46 === "bucketQuery"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/comparison",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/comparison/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs523 === errors){
if(data205.kind !== undefined){
let data206 = data205.kind;
const _errs524 = errors;
if(typeof data206 !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/comparison/kind",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/comparison/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data206 === "distribution") || (data206 === "proportion"))){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/comparison/kind",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/comparison/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.comparison.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid81 = _errs524 === errors;
}
else {
var valid81 = true;
}
if(valid81){
if(data205.bucketQuery !== undefined){
const _errs526 = errors;
if(typeof data205.bucketQuery !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/comparison/bucketQuery",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/comparison/properties/bucketQuery/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid81 = _errs526 === errors;
}
else {
var valid81 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/comparison",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/comparison/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid73 = _errs521 === errors;
}
else {
var valid73 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid72 = _errs465 === errors;
}
else {
var valid72 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid71 = _errs456 === errors;
}
else {
var valid71 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/metrics/" + i15,schemaPath:"#/properties/status/properties/metrics/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid70 = _errs451 === errors;
if(!valid70){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/metrics",schemaPath:"#/properties/status/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid36 = _errs449 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data89.metricErrors !== undefined){
let data208 = data89.metricErrors;
const _errs528 = errors;
if(errors === _errs528){
if(data208 && typeof data208 == "object" && !Array.isArray(data208)){
let missing33;
if(((((data208.consecutive === undefined) && (missing33 = "consecutive")) || ((data208.metric === undefined) && (missing33 = "metric"))) || ((data208.message === undefined) && (missing33 = "message"))) || ((data208.time === undefined) && (missing33 = "time"))){
validate10.errors = [{instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/required",keyword:"required",params:{missingProperty: missing33},message:"must have required property '"+missing33+"'"}];
return false;
}
else {
const _errs530 = errors;
for(const key47 in data208){
if(!(((((key47 === "consecutive") || (key47 === "metric")) || (key47 === "version")) || (key47 === "message")) || (key47 === "time"))){
validate10.errors = [{instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs530 === errors){
if(data208.consecutive !== undefined){
let data209 = data208.consecutive;
const _errs531 = errors;
if(!(((typeof data209 == "number") && (!(data209 % 1) && !isNaN(data209))) && (isFinite(data209)))){
validate10.errors = [{instancePath:instancePath+"/status/metricErrors/consecutive",schemaPath:"#/properties/status/properties/metricErrors/properties/consecutive/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs531){
if((typeof data209 == "number") && (isFinite(data209))){
if(data209 < 0 || isNaN(data209)){
validate10.errors = [{instancePath:instancePath+"/status/metricErrors/consecutive",schemaPath:"#/properties/status/properties/metricErrors/properties/consecutive/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
else {
if(!(formats0.validate(data209))){
validate10.errors = [{instancePath:instancePath+"/status/metricErrors/consecutive",schemaPath:"#/properties/status/properties/metricErrors/properties/consecutive/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""}];
return false;
}
}
}
}
var valid82 = _errs531 === errors;
}
else {
var valid82 = true;
}
if(valid82){
if(data208.metric !== undefined){
const _errs533 = errors;
if(typeof data208.metric !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metricErrors/metric",schemaPath:"#/properties/status/properties/metricErrors/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid82 = _errs533 === errors;
}
else {
var valid82 = true;
}
if(valid82){
if(data208.version !== undefined){
const _errs535 = errors;
if(typeof data208.version !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metricErrors/version",schemaPath:"#/properties/status/properties/metricErrors/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid82 = _errs535 === errors;
}
else {
var valid82 = true;
}
if(valid82){
if(data208.message !== undefined){
const _errs537 = errors;
if(typeof data208.message !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/metricErrors/message",schemaPath:"#/properties/status/properties/metricErrors/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid82 = _errs537 === errors;
}
else {
var valid82 = true;
}
if(valid82){
if(data208.time !== undefined){
let data213 = data208.time;
const _errs539 = errors;
if(errors === _errs539){
if(errors === _errs539){
if(typeof data213 === "string"){
if(!(formats12.test(data213))){
validate10.errors = [{instancePath:instancePath+"/status/metricErrors/time",schemaPath:"#/properties/status/properties/metricErrors/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/metricErrors/time",schemaPath:"#/properties/status/properties/metricErrors/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid82 = _errs539 === errors;
}
else {
var valid82 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid36 = _errs528 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data89.history !== undefined){
let data214 = data89.history;
const _errs541 = errors;
if(errors === _errs541){
if(Array.isArray(data214)){
if(data214.length > 100){
validate10.errors = [{instancePath:instancePath+"/status/history",schemaPath:"#/properties/status/properties/history/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid83 = true;
const len19 = data214.length;
for(let i19=0; i19<len19; i19++){
let data215 = data214[i19];
const _errs543 = errors;
if(errors === _errs543){
if(data215 && typeof data215 == "object" && !Array.isArray(data215)){
let missing34;
if((((data215.iteration === undefined) && (missing34 = "iteration")) || ((data215.time === undefined) && (missing34 = "time"))) || ((data215.values === undefined) && (missing34 = "values"))){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19,schemaPath:"#/properties/status/properties/history/items/required",keyword:"required",params:{missingProperty: missing34},message:"must have required property '"+missing34+"'"}];
return false;
}
else {
const _errs545 = errors;
for(const key48 in data215){
if(!((((key48 === "iteration") || (key48 === "time")) || (key48 === "values")) || (key48 === "comparisons"))){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19,schemaPath:"#/properties/status/properties/history/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs545 === errors){
if(data215.iteration !== undefined){
let data216 = data215.iteration;
const _errs546 = errors;
if(!(((typeof data216 == "number") && (!(data216 % 1) && !isNaN(data216))) && (isFinite(data216)))){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/iteration",schemaPath:"#/properties/status/properties/history/items/properties/iteration/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs546){
if((typeof data216 == "number") && (isFinite(data216))){
if(data216 < 1 || isNaN(data216)){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/iteration",schemaPath:"#/properties/status/properties/history/items/properties/iteration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
else {
if(!(formats0.validate(data216))){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/iteration",schemaPath:"#/properties/status/properties/history/items/properties/iteration/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""}];
return false;
}
}
}
}
var valid84 = _errs546 === errors;
}
else {
var valid84 = true;
}
if(valid84){
if(data215.time !== undefined){
let data217 = data215.time;
const _errs548 = errors;
if(errors === _errs548){
if(errors === _errs548){
if(typeof data217 === "string"){
if(!(formats12.test(data217))){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/time",schemaPath:"#/properties/status/properties/history/items/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/time",schemaPath:"#/properties/status/properties/history/items/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid84 = _errs548 === errors;
}
else {
var valid84 = true;
}
if(valid84){
if(data215.values !== undefined){
let data218 = data215.values;
const _errs550 = errors;
if(errors === _errs550){
if(data218 && typeof data218 == "object" && !Array.isArray(data218)){
for(const key49 in data218){
let data219 = data218[key49];
const _errs553 = errors;
if(errors === _errs553){
if(data219 && typeof data219 == "object" && !Array.isArray(data219)){
for(const key50 in data219){
let data220 = data219[key50];
const _errs556 = errors;
const _errs557 = errors;
let valid87 = false;
const _errs558 = errors;
if(!(((typeof data220 == "number") && (!(data220 % 1) && !isNaN(data220))) && (isFinite(data220)))){
const err48 = {instancePath:instancePath+"/status/history/" + i19+"/values/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid16 = _errs558 === errors;
valid87 = valid87 || _valid16;
if(!valid87){
const _errs560 = errors;
if(typeof data220 !== "string"){
const err49 = {instancePath:instancePath+"/status/history/" + i19+"/values/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid16 = _errs560 === errors;
valid87 = valid87 || _valid16;
}
if(!valid87){
const err50 = {instancePath:instancePath+"/status/history/" + i19+"/values/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs557;
if(vErrors !== null){
if(_errs557){
vErrors.length = _errs557;
}
else {
vErrors = null;
}
}
}
if(errors === _errs556){
if(typeof data220 === "string"){
if(!pattern0.test(data220)){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/values/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid86 = _errs556 === errors;
if(!valid86){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/values/" + key49.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid85 = _errs553 === errors;
if(!valid85){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/values",schemaPath:"#/properties/status/properties/history/items/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid84 = _errs550 === errors;
}
else {
var valid84 = true;
}
if(valid84){
if(data215.comparisons !== undefined){
let data221 = data215.comparisons;
const _errs562 = errors;
if(errors === _errs562){
if(Array.isArray(data221)){
var valid88 = true;
const len20 = data221.length;
for(let i20=0; i20<len20; i20++){
let data222 = data221[i20];
const _errs564 = errors;
if(errors === _errs564){
if(data222 && typeof data222 == "object" && !Array.isArray(data222)){
let missing35;
if((((data222.metric === undefined) && (missing35 = "metric")) || ((data222.version === undefined) && (missing35 = "version"))) || ((data222.verdict === undefined) && (missing35 = "verdict"))){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20,schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/required",keyword:"required",params:{missingProperty: missing35},message:"must have required property '"+missing35+"'"}];
return false;
}
else {
const _errs566 = errors;
for(const key51 in data222){
if(!(((((key51 === "metric") || (key51 === "version")) || (key51 === "verdict")) || (key51 === "ratio")) || (key51 === "difference"))){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20,schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs566 === errors){
if(data222.metric !== undefined){
const _errs567 = errors;
if(typeof data222.metric !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20+"/metric",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid89 = _errs567 === errors;
}
else {
var valid89 = true;
}
if(valid89){
if(data222.version !== undefined){
const _errs569 = errors;
if(typeof data222.version !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20+"/version",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid89 = _errs569 === errors;
}
else {
var valid89 = true;
}
if(valid89){
if(data222.verdict !== undefined){
let data225 = data222.verdict;
const _errs571 = errors;
if(typeof data225 !== "string"){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20+"/verdict",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data225 === "satisfied") || (data225 === "violated")) || (data225 === "unavailable"))){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20+"/verdict",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.history.items.properties.comparisons.items.properties.verdict.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid89 = _errs571 === errors;
}
else {
var valid89 = true;
}
if(valid89){
if(data222.ratio !== undefined){
let data226 = data222.ratio;
const _errs573 = errors;
if(!((typeof data226 == "number") && (isFinite(data226)))){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20+"/ratio",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/ratio/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid89 = _errs573 === errors;
}
else {
var valid89 = true;
}
if(valid89){
if(data222.difference !== undefined){
let data227 = data222.difference;
const _errs575 = errors;
if(!((typeof data227 == "number") && (isFinite(data227)))){
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20+"/difference",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/difference/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid89 = _errs575 === errors;
}
else {
var valid89 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20,schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid88 = _errs564 === errors;
if(!valid88){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19+"/comparisons",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid84 = _errs562 === errors;
}
else {
var valid84 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/history/" + i19,schemaPath:"#/properties/status/properties/history/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid83 = _errs543 === errors;
if(!valid83){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status/history",schemaPath:"#/properties/status/properties/history/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid36 = _errs541 === errors;
}
else {
var valid36 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs221 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

export const metric = validate11;
const schema12 = {"type":"object","description":"Metric is an Iter8 metric definition (iter8.tools/v2alpha2).","required":["spec"],"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"type":"object","description":"How to query one metric for each version.","properties":{"description":{"type":"string","description":"Informational."},"units":{"type":"string","description":"Informational; shown as \"name (units)\"."},"type":{"type":"string","enum":["Counter","Gauge"],"description":"Counter or Gauge (informational, except for mocks).","default":"Gauge"},"sampleSize":{"type":"string","description":"Reference (name or namespace/name) to the counter metric giving the sample size."},"provider":{"type":"string","description":"Informational; \"iter8\" marks a builtin metric that is not fetched over HTTP."},"params":{"type":"array","description":"HTTP query parameters.","items":{"type":"object","description":"HTTP query parameter; the value is a template.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"body":{"type":"string","description":"POST body template; interpolated and then parsed as JSON."},"method":{"type":"string","enum":["GET","POST"],"description":"HTTP method.","default":"GET"},"authType":{"type":"string","enum":["Basic","Bearer","APIKey"],"description":"HTTP authentication, with credentials from `secret`."},"secret":{"type":"string","description":"Kubernetes secret (name or namespace/name) holding credentials and template data."},"headerTemplates":{"type":"array","description":"HTTP headers.","items":{"type":"object","description":"HTTP header; the value is a template.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"urlTemplate":{"type":"string","description":"URL of the metrics backend."},"jqExpression":{"type":"string","description":"jq program whose first output is the metric value."},"mock":{"type":"array","description":"Fake values instead of HTTP queries.","items":{"type":"object","description":"Mocked level of one version.","required":["name","level"],"properties":{"name":{"type":"string","description":"Version name."},"level":{"description":"Mean (gauge) or rate (counter).","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}},"additionalProperties":false}},"comparison":{"type":"object","description":"iter8fn: how comparisons test this metric for significance.","required":["kind"],"properties":{"kind":{"type":"string","enum":["distribution","proportion"],"description":"distribution: rank test on histogram buckets (needs bucketQuery); proportion: the value is a share of sampleSize."},"bucketQuery":{"type":"string","description":"PromQL template answering one series per `le` label, each the cumulative count over the window."}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.spec === undefined) && (missing0 = "spec")){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.apiVersion !== undefined){
const _errs2 = errors;
if(typeof data.apiVersion !== "string"){
validate11.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
const _errs4 = errors;
if(typeof data.kind !== "string"){
validate11.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs6 = errors;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
validate11.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.spec !== undefined){
let data3 = data.spec;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
const _errs10 = errors;
for(const key1 in data3){
if(!(func3.call(schema12.properties.spec.properties, key1))){
validate11.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data3.description !== undefined){
const _errs11 = errors;
if(typeof data3.description !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/description",schemaPath:"#/properties/spec/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.units !== undefined){
const _errs13 = errors;
if(typeof data3.units !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/units",schemaPath:"#/properties/spec/properties/units/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.type !== undefined){
let data6 = data3.type;
const _errs15 = errors;
if(typeof data6 !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/type",schemaPath:"#/properties/spec/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data6 === "Counter") || (data6 === "Gauge"))){
validate11.errors = [{instancePath:instancePath+"/spec/type",schemaPath:"#/properties/spec/properties/type/enum",keyword:"enum",params:{allowedValues: schema12.properties.spec.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.sampleSize !== undefined){
const _errs17 = errors;
if(typeof data3.sampleSize !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/sampleSize",schemaPath:"#/properties/spec/properties/sampleSize/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.provider !== undefined){
const _errs19 = errors;
if(typeof data3.provider !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/provider",schemaPath:"#/properties/spec/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.params !== undefined){
let data9 = data3.params;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data9)){
var valid2 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
const _errs23 = errors;
if(errors === _errs23){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing1;
if(((data10.name === undefined) && (missing1 = "name")) || ((data10.value === undefined) && (missing1 = "value"))){
validate11.errors = [{instancePath:instancePath+"/spec/params/" + i0,schemaPath:"#/properties/spec/properties/params/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs25 = errors;
for(const key2 in data10){
if(!((key2 === "name") || (key2 === "value"))){
validate11.errors = [{instancePath:instancePath+"/spec/params/" + i0,schemaPath:"#/properties/spec/properties/params/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data10.name !== undefined){
const _errs26 = errors;
if(typeof data10.name !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/params/" + i0+"/name",schemaPath:"#/properties/spec/properties/params/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data10.value !== undefined){
const _errs28 = errors;
if(typeof data10.value !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/params/" + i0+"/value",schemaPath:"#/properties/spec/properties/params/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/spec/params/" + i0,schemaPath:"#/properties/spec/properties/params/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs23 === errors;
if(!valid2){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/spec/params",schemaPath:"#/properties/spec/properties/params/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.body !== undefined){
const _errs30 = errors;
if(typeof data3.body !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/body",schemaPath:"#/properties/spec/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs30 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.method !== undefined){
let data14 = data3.method;
const _errs32 = errors;
if(typeof data14 !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/method",schemaPath:"#/properties/spec/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data14 === "GET") || (data14 === "POST"))){
validate11.errors = [{instancePath:instancePath+"/spec/method",schemaPath:"#/properties/spec/properties/method/enum",keyword:"enum",params:{allowedValues: schema12.properties.spec.properties.method.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs32 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.authType !== undefined){
let data15 = data3.authType;
const _errs34 = errors;
if(typeof data15 !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/authType",schemaPath:"#/properties/spec/properties/authType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data15 === "Basic") || (data15 === "Bearer")) || (data15 === "APIKey"))){
validate11.errors = [{instancePath:instancePath+"/spec/authType",schemaPath:"#/properties/spec/properties/authType/enum",keyword:"enum",params:{allowedValues: schema12.properties.spec.properties.authType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs34 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.secret !== undefined){
const _errs36 = errors;
if(typeof data3.secret !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/secret",schemaPath:"#/properties/spec/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs36 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.headerTemplates !== undefined){
let data17 = data3.headerTemplates;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data17)){
var valid4 = true;
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
let data18 = data17[i1];
const _errs40 = errors;
if(errors === _errs40){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
let missing2;
if(((data18.name === undefined) && (missing2 = "name")) || ((data18.value === undefined) && (missing2 = "value"))){
validate11.errors = [{instancePath:instancePath+"/spec/headerTemplates/" + i1,schemaPath:"#/properties/spec/properties/headerTemplates/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs42 = errors;
for(const key3 in data18){
if(!((key3 === "name") || (key3 === "value"))){
validate11.errors = [{instancePath:instancePath+"/spec/headerTemplates/" + i1,schemaPath:"#/properties/spec/properties/headerTemplates/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs42 === errors){
if(data18.name !== undefined){
const _errs43 = errors;
if(typeof data18.name !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/headerTemplates/" + i1+"/name",schemaPath:"#/properties/spec/properties/headerTemplates/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs43 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data18.value !== undefined){
const _errs45 = errors;
if(typeof data18.value !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/headerTemplates/" + i1+"/value",schemaPath:"#/properties/spec/properties/headerTemplates/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs45 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/spec/headerTemplates/" + i1,schemaPath:"#/properties/spec/properties/headerTemplates/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs40 === errors;
if(!valid4){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/spec/headerTemplates",schemaPath:"#/properties/spec/properties/headerTemplates/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs38 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.urlTemplate !== undefined){
const _errs47 = errors;
if(typeof data3.urlTemplate !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/urlTemplate",schemaPath:"#/properties/spec/properties/urlTemplate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs47 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.jqExpression !== undefined){
const _errs49 = errors;
if(typeof data3.jqExpression !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/jqExpression",schemaPath:"#/properties/spec/properties/jqExpression/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs49 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.mock !== undefined){
let data23 = data3.mock;
const _errs51 = errors;
if(errors === _errs51){
if(Array.isArray(data23)){
var valid6 = true;
const len2 = data23.length;
for(let i2=0; i2<len2; i2++){
let data24 = data23[i2];
const _errs53 = errors;
if(errors === _errs53){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing3;
if(((data24.name === undefined) && (missing3 = "name")) || ((data24.level === undefined) && (missing3 = "level"))){
validate11.errors = [{instancePath:instancePath+"/spec/mock/" + i2,schemaPath:"#/properties/spec/properties/mock/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs55 = errors;
for(const key4 in data24){
if(!((key4 === "name") || (key4 === "level"))){
validate11.errors = [{instancePath:instancePath+"/spec/mock/" + i2,schemaPath:"#/properties/spec/properties/mock/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs55 === errors){
if(data24.name !== undefined){
const _errs56 = errors;
if(typeof data24.name !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/mock/" + i2+"/name",schemaPath:"#/properties/spec/properties/mock/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs56 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data24.level !== undefined){
let data26 = data24.level;
const _errs58 = errors;
const _errs59 = errors;
let valid8 = false;
const _errs60 = errors;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err0 = {instancePath:instancePath+"/spec/mock/" + i2+"/level",schemaPath:"#/properties/spec/properties/mock/items/properties/level/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs60 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const _errs62 = errors;
if(typeof data26 !== "string"){
const err1 = {instancePath:instancePath+"/spec/mock/" + i2+"/level",schemaPath:"#/properties/spec/properties/mock/items/properties/level/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs62 === errors;
valid8 = valid8 || _valid0;
}
if(!valid8){
const err2 = {instancePath:instancePath+"/spec/mock/" + i2+"/level",schemaPath:"#/properties/spec/properties/mock/items/properties/level/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate11.errors = vErrors;
return false;
}
else {
errors = _errs59;
if(vErrors !== null){
if(_errs59){
vErrors.length = _errs59;
}
else {
vErrors = null;
}
}
}
if(errors === _errs58){
if(typeof data26 === "string"){
if(!pattern0.test(data26)){
validate11.errors = [{instancePath:instancePath+"/spec/mock/" + i2+"/level",schemaPath:"#/properties/spec/properties/mock/items/properties/level/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\""}];
return false;
}
}
}
var valid7 = _errs58 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/spec/mock/" + i2,schemaPath:"#/properties/spec/properties/mock/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs53 === errors;
if(!valid6){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/spec/mock",schemaPath:"#/properties/spec/properties/mock/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs51 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.comparison !== undefined){
let data27 = data3.comparison;
const _errs64 = errors;
if(errors === _errs64){
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
let missing4;
if((data27.kind === undefined) && (missing4 = "kind")){
validate11.errors = [{instancePath:instancePath+"/spec/comparison",schemaPath:"#/properties/spec/properties/comparison/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs66 = errors;
for(const key5 in data27){
if(!((key5 === "kind") || (key5 === "bucketQuery"))){
validate11.errors = [{instancePath:instancePath+"/spec/comparison",schemaPath:"#/properties/spec/properties/comparison/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs66 === errors){
if(data27.kind !== undefined){
let data28 = data27.kind;
const _errs67 = errors;
if(typeof data28 !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/comparison/kind",schemaPath:"#/properties/spec/properties/comparison/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data28 === "distribution") || (data28 === "proportion"))){
validate11.errors = [{instancePath:instancePath+"/spec/comparison/kind",schemaPath:"#/properties/spec/properties/comparison/properties/kind/enum",keyword:"enum",params:{allowedValues: schema12.properties.spec.properties.comparison.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs67 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data27.bucketQuery !== undefined){
const _errs69 = errors;
if(typeof data27.bucketQuery !== "string"){
validate11.errors = [{instancePath:instancePath+"/spec/comparison/bucketQuery",schemaPath:"#/properties/spec/properties/comparison/properties/bucketQuery/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs69 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/spec/comparison",schemaPath:"#/properties/spec/properties/comparison/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs64 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}
