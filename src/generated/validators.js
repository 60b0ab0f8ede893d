// Generated from src/experiment/validator-source.ts by `npm run gen`; do not edit by hand.
// ajv standalone code: `experiment` and `metric` are ajv ValidateFunctions (errors in `.errors`).
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spec === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec")) || (key0 === "status"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.apiVersion.type,parentSchema:schema11.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.kind.type,parentSchema:schema11.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err4 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.metadata.type,parentSchema:schema11.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.spec !== undefined){
let data3 = data.spec;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.target === undefined){
const err5 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema11.properties.spec.required,parentSchema:schema11.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3.strategy === undefined){
const err6 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "strategy"},message:"must have required property '"+"strategy"+"'",schema:schema11.properties.spec.required,parentSchema:schema11.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data3){
if(!(((((key1 === "target") || (key1 === "versionInfo")) || (key1 === "strategy")) || (key1 === "criteria")) || (key1 === "duration"))){
const err7 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.target !== undefined){
let data4 = data3.target;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err8 = {instancePath:instancePath+"/spec/target",schemaPath:"#/properties/spec/properties/target/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.spec.properties.target,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/spec/target",schemaPath:"#/properties/spec/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.target.type,parentSchema:schema11.properties.spec.properties.target,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.versionInfo !== undefined){
let data5 = data3.versionInfo;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.baseline === undefined){
const err10 = {instancePath:instancePath+"/spec/versionInfo",schemaPath:"#/properties/spec/properties/versionInfo/required",keyword:"required",params:{missingProperty: "baseline"},message:"must have required property '"+"baseline"+"'",schema:schema11.properties.spec.properties.versionInfo.required,parentSchema:schema11.properties.spec.properties.versionInfo,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key2 in data5){
if(!(((key2 === "baseline") || (key2 === "candidates")) || (key2 === "reference"))){
const err11 = {instancePath:instancePath+"/spec/versionInfo",schemaPath:"#/properties/spec/properties/versionInfo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.versionInfo,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.baseline !== undefined){
let data6 = data5.baseline;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.name === undefined){
const err12 = {instancePath:instancePath+"/spec/versionInfo/baseline",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.required,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key3 in data6){
if(!(((key3 === "name") || (key3 === "variables")) || (key3 === "weightObjRef"))){
const err13 = {instancePath:instancePath+"/spec/versionInfo/baseline",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.name !== undefined){
let data7 = data6.name;
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/spec/versionInfo/baseline/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.name.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.name,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.variables !== undefined){
let data8 = data6.variables;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.name === undefined){
const err15 = {instancePath:instancePath+"/spec/versionInfo/baseline/variables/" + i0,schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/variables/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.variables.items.required,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.variables.items,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data9.value === undefined){
const err16 = {instancePath:instancePath+"/spec/versionInfo/baseline/variables/" + i0,schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/variables/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.variables.items.required,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.variables.items,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key4 in data9){
if(!((key4 === "name") || (key4 === "value"))){
const err17 = {instancePath:instancePath+"/spec/versionInfo/baseline/variables/" + i0,schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/variables/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.variables.items,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.name !== undefined){
let data10 = data9.name;
if(typeof data10 !== "string"){
const err18 = {instancePath:instancePath+"/spec/versionInfo/baseline/variables/" + i0+"/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/variables/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.variables.items.properties.name.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.variables.items.properties.name,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.value !== undefined){
let data11 = data9.value;
if(typeof data11 !== "string"){
const err19 = {instancePath:instancePath+"/spec/versionInfo/baseline/variables/" + i0+"/value",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/variables/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.variables.items.properties.value.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.variables.items.properties.value,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/spec/versionInfo/baseline/variables/" + i0,schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/variables/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.variables.items.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.variables.items,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/spec/versionInfo/baseline/variables",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/variables/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.variables.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.variables,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.weightObjRef !== undefined){
let data12 = data6.weightObjRef;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key5 in data12){
if(!(((((((key5 === "apiVersion") || (key5 === "kind")) || (key5 === "namespace")) || (key5 === "name")) || (key5 === "fieldPath")) || (key5 === "resourceVersion")) || (key5 === "uid"))){
const err22 = {instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data12.apiVersion !== undefined){
let data13 = data12.apiVersion;
if(typeof data13 !== "string"){
const err23 = {instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef/apiVersion",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.properties.apiVersion.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.properties.apiVersion,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.kind !== undefined){
let data14 = data12.kind;
if(typeof data14 !== "string"){
const err24 = {instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef/kind",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.properties.kind.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.properties.kind,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data12.namespace !== undefined){
let data15 = data12.namespace;
if(typeof data15 !== "string"){
const err25 = {instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef/namespace",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.properties.namespace.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.properties.namespace,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12.name !== undefined){
let data16 = data12.name;
if(typeof data16 !== "string"){
const err26 = {instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.properties.name.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.properties.name,data:data16};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data12.fieldPath !== undefined){
let data17 = data12.fieldPath;
if(typeof data17 !== "string"){
const err27 = {instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef/fieldPath",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/properties/fieldPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.properties.fieldPath.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.properties.fieldPath,data:data17};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data12.resourceVersion !== undefined){
let data18 = data12.resourceVersion;
if(typeof data18 !== "string"){
const err28 = {instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef/resourceVersion",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/properties/resourceVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.properties.resourceVersion.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.properties.resourceVersion,data:data18};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data12.uid !== undefined){
let data19 = data12.uid;
if(typeof data19 !== "string"){
const err29 = {instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef/uid",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.properties.uid.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.properties.uid,data:data19};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/spec/versionInfo/baseline/weightObjRef",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/properties/weightObjRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline.properties.weightObjRef,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/spec/versionInfo/baseline",schemaPath:"#/properties/spec/properties/versionInfo/properties/baseline/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.versionInfo.properties.baseline.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.baseline,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.candidates !== undefined){
let data20 = data5.candidates;
if(Array.isArray(data20)){
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
let data21 = data20[i1];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.name === undefined){
const err32 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1,schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.required,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items,data:data21};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key6 in data21){
if(!(((key6 === "name") || (key6 === "variables")) || (key6 === "weightObjRef"))){
const err33 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1,schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items,data:data21};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data21.name !== undefined){
let data22 = data21.name;
if(typeof data22 !== "string"){
const err34 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.name.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.name,data:data22};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data21.variables !== undefined){
let data23 = data21.variables;
if(Array.isArray(data23)){
const len2 = data23.length;
for(let i2=0; i2<len2; i2++){
let data24 = data23[i2];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.name === undefined){
const err35 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/variables/" + i2,schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/variables/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.variables.items.required,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.variables.items,data:data24};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data24.value === undefined){
const err36 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/variables/" + i2,schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/variables/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.variables.items.required,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.variables.items,data:data24};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key7 in data24){
if(!((key7 === "name") || (key7 === "value"))){
const err37 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/variables/" + i2,schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/variables/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.variables.items,data:data24};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data24.name !== undefined){
let data25 = data24.name;
if(typeof data25 !== "string"){
const err38 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/variables/" + i2+"/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/variables/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.variables.items.properties.name.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.variables.items.properties.name,data:data25};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data24.value !== undefined){
let data26 = data24.value;
if(typeof data26 !== "string"){
const err39 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/variables/" + i2+"/value",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/variables/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.variables.items.properties.value.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.variables.items.properties.value,data:data26};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/variables/" + i2,schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/variables/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.variables.items.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.variables.items,data:data24};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/variables",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/variables/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.variables.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.variables,data:data23};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data21.weightObjRef !== undefined){
let data27 = data21.weightObjRef;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key8 in data27){
if(!(((((((key8 === "apiVersion") || (key8 === "kind")) || (key8 === "namespace")) || (key8 === "name")) || (key8 === "fieldPath")) || (key8 === "resourceVersion")) || (key8 === "uid"))){
const err42 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef,data:data27};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data27.apiVersion !== undefined){
let data28 = data27.apiVersion;
if(typeof data28 !== "string"){
const err43 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef/apiVersion",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.properties.apiVersion.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.properties.apiVersion,data:data28};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data27.kind !== undefined){
let data29 = data27.kind;
if(typeof data29 !== "string"){
const err44 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef/kind",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.properties.kind.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.properties.kind,data:data29};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data27.namespace !== undefined){
let data30 = data27.namespace;
if(typeof data30 !== "string"){
const err45 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef/namespace",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.properties.namespace.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.properties.namespace,data:data30};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data27.name !== undefined){
let data31 = data27.name;
if(typeof data31 !== "string"){
const err46 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.properties.name.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.properties.name,data:data31};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data27.fieldPath !== undefined){
let data32 = data27.fieldPath;
if(typeof data32 !== "string"){
const err47 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef/fieldPath",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/properties/fieldPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.properties.fieldPath.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.properties.fieldPath,data:data32};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data27.resourceVersion !== undefined){
let data33 = data27.resourceVersion;
if(typeof data33 !== "string"){
const err48 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef/resourceVersion",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/properties/resourceVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.properties.resourceVersion.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.properties.resourceVersion,data:data33};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data27.uid !== undefined){
let data34 = data27.uid;
if(typeof data34 !== "string"){
const err49 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef/uid",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.properties.uid.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.properties.uid,data:data34};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1+"/weightObjRef",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/properties/weightObjRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.properties.weightObjRef,data:data27};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/spec/versionInfo/candidates/" + i1,schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.items.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates.items,data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/spec/versionInfo/candidates",schemaPath:"#/properties/spec/properties/versionInfo/properties/candidates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.spec.properties.versionInfo.properties.candidates.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.candidates,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data5.reference !== undefined){
let data35 = data5.reference;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.name === undefined){
const err53 = {instancePath:instancePath+"/spec/versionInfo/reference",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.spec.properties.versionInfo.properties.reference.required,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference,data:data35};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key9 in data35){
if(!(((key9 === "name") || (key9 === "variables")) || (key9 === "weightObjRef"))){
const err54 = {instancePath:instancePath+"/spec/versionInfo/reference",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference,data:data35};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data35.name !== undefined){
let data36 = data35.name;
if(typeof data36 !== "string"){
const err55 = {instancePath:instancePath+"/spec/versionInfo/reference/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.name.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.name,data:data36};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data35.variables !== undefined){
let data37 = data35.variables;
if(Array.isArray(data37)){
const len3 = data37.length;
for(let i3=0; i3<len3; i3++){
let data38 = data37[i3];
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.name === undefined){
const err56 = {instancePath:instancePath+"/spec/versionInfo/reference/variables/" + i3,schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/variables/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.variables.items.required,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.variables.items,data:data38};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data38.value === undefined){
const err57 = {instancePath:instancePath+"/spec/versionInfo/reference/variables/" + i3,schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/variables/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.variables.items.required,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.variables.items,data:data38};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key10 in data38){
if(!((key10 === "name") || (key10 === "value"))){
const err58 = {instancePath:instancePath+"/spec/versionInfo/reference/variables/" + i3,schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/variables/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.variables.items,data:data38};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data38.name !== undefined){
let data39 = data38.name;
if(typeof data39 !== "string"){
const err59 = {instancePath:instancePath+"/spec/versionInfo/reference/variables/" + i3+"/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/variables/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.variables.items.properties.name.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.variables.items.properties.name,data:data39};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data38.value !== undefined){
let data40 = data38.value;
if(typeof data40 !== "string"){
const err60 = {instancePath:instancePath+"/spec/versionInfo/reference/variables/" + i3+"/value",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/variables/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.variables.items.properties.value.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.variables.items.properties.value,data:data40};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/spec/versionInfo/reference/variables/" + i3,schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/variables/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.variables.items.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.variables.items,data:data38};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/spec/versionInfo/reference/variables",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/variables/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.variables.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.variables,data:data37};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data35.weightObjRef !== undefined){
let data41 = data35.weightObjRef;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key11 in data41){
if(!(((((((key11 === "apiVersion") || (key11 === "kind")) || (key11 === "namespace")) || (key11 === "name")) || (key11 === "fieldPath")) || (key11 === "resourceVersion")) || (key11 === "uid"))){
const err63 = {instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef,data:data41};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data41.apiVersion !== undefined){
let data42 = data41.apiVersion;
if(typeof data42 !== "string"){
const err64 = {instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef/apiVersion",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.properties.apiVersion.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.properties.apiVersion,data:data42};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data41.kind !== undefined){
let data43 = data41.kind;
if(typeof data43 !== "string"){
const err65 = {instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef/kind",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.properties.kind.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.properties.kind,data:data43};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data41.namespace !== undefined){
let data44 = data41.namespace;
if(typeof data44 !== "string"){
const err66 = {instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef/namespace",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.properties.namespace.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.properties.namespace,data:data44};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data41.name !== undefined){
let data45 = data41.name;
if(typeof data45 !== "string"){
const err67 = {instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef/name",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.properties.name.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.properties.name,data:data45};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data41.fieldPath !== undefined){
let data46 = data41.fieldPath;
if(typeof data46 !== "string"){
const err68 = {instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef/fieldPath",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/properties/fieldPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.properties.fieldPath.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.properties.fieldPath,data:data46};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data41.resourceVersion !== undefined){
let data47 = data41.resourceVersion;
if(typeof data47 !== "string"){
const err69 = {instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef/resourceVersion",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/properties/resourceVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.properties.resourceVersion.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.properties.resourceVersion,data:data47};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data41.uid !== undefined){
let data48 = data41.uid;
if(typeof data48 !== "string"){
const err70 = {instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef/uid",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.properties.uid.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.properties.uid,data:data48};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/spec/versionInfo/reference/weightObjRef",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/properties/weightObjRef/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference.properties.weightObjRef,data:data41};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/spec/versionInfo/reference",schemaPath:"#/properties/spec/properties/versionInfo/properties/reference/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.versionInfo.properties.reference.type,parentSchema:schema11.properties.spec.properties.versionInfo.properties.reference,data:data35};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/spec/versionInfo",schemaPath:"#/properties/spec/properties/versionInfo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.versionInfo.type,parentSchema:schema11.properties.spec.properties.versionInfo,data:data5};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data3.strategy !== undefined){
let data49 = data3.strategy;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.testingPattern === undefined){
const err74 = {instancePath:instancePath+"/spec/strategy",schemaPath:"#/properties/spec/properties/strategy/required",keyword:"required",params:{missingProperty: "testingPattern"},message:"must have required property '"+"testingPattern"+"'",schema:schema11.properties.spec.properties.strategy.required,parentSchema:schema11.properties.spec.properties.strategy,data:data49};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key12 in data49){
if(!((((key12 === "testingPattern") || (key12 === "deploymentPattern")) || (key12 === "actions")) || (key12 === "weights"))){
const err75 = {instancePath:instancePath+"/spec/strategy",schemaPath:"#/properties/spec/properties/strategy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.strategy,data:data49};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data49.testingPattern !== undefined){
let data50 = data49.testingPattern;
if(typeof data50 !== "string"){
const err76 = {instancePath:instancePath+"/spec/strategy/testingPattern",schemaPath:"#/properties/spec/properties/strategy/properties/testingPattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.strategy.properties.testingPattern.type,parentSchema:schema11.properties.spec.properties.strategy.properties.testingPattern,data:data50};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(!((((data50 === "Canary") || (data50 === "A/B")) || (data50 === "A/B/N")) || (data50 === "Conformance"))){
const err77 = {instancePath:instancePath+"/spec/strategy/testingPattern",schemaPath:"#/properties/spec/properties/strategy/properties/testingPattern/enum",keyword:"enum",params:{allowedValues: schema11.properties.spec.properties.strategy.properties.testingPattern.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.spec.properties.strategy.properties.testingPattern.enum,parentSchema:schema11.properties.spec.properties.strategy.properties.testingPattern,data:data50};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data49.deploymentPattern !== undefined){
let data51 = data49.deploymentPattern;
if(typeof data51 !== "string"){
const err78 = {instancePath:instancePath+"/spec/strategy/deploymentPattern",schemaPath:"#/properties/spec/properties/strategy/properties/deploymentPattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.strategy.properties.deploymentPattern.type,parentSchema:schema11.properties.spec.properties.strategy.properties.deploymentPattern,data:data51};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!(((data51 === "FixedSplit") || (data51 === "Progressive")) || (data51 === "BlueGreen"))){
const err79 = {instancePath:instancePath+"/spec/strategy/deploymentPattern",schemaPath:"#/properties/spec/properties/strategy/properties/deploymentPattern/enum",keyword:"enum",params:{allowedValues: schema11.properties.spec.properties.strategy.properties.deploymentPattern.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.spec.properties.strategy.properties.deploymentPattern.enum,parentSchema:schema11.properties.spec.properties.strategy.properties.deploymentPattern,data:data51};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data49.actions !== undefined){
let data52 = data49.actions;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
for(const key13 in data52){
let data53 = data52[key13];
if(Array.isArray(data53)){
const len4 = data53.length;
for(let i4=0; i4<len4; i4++){
let data54 = data53[i4];
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.task === undefined){
const err80 = {instancePath:instancePath+"/spec/strategy/actions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/required",keyword:"required",params:{missingProperty: "task"},message:"must have required property '"+"task"+"'",schema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.required,parentSchema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items,data:data54};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key14 in data54){
if(!(((key14 === "task") || (key14 === "library")) || (key14 === "with"))){
const err81 = {instancePath:instancePath+"/spec/strategy/actions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items,data:data54};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data54.task !== undefined){
let data55 = data54.task;
if(typeof data55 !== "string"){
const err82 = {instancePath:instancePath+"/spec/strategy/actions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4+"/task",schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/properties/task/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.properties.task.type,parentSchema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.properties.task,data:data55};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data54.library !== undefined){
let data56 = data54.library;
if(typeof data56 !== "string"){
const err83 = {instancePath:instancePath+"/spec/strategy/actions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4+"/library",schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/properties/library/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.properties.library.type,parentSchema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.properties.library,data:data56};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data54.with !== undefined){
let data57 = data54.with;
if(!(data57 && typeof data57 == "object" && !Array.isArray(data57))){
const err84 = {instancePath:instancePath+"/spec/strategy/actions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4+"/with",schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/properties/with/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.properties.with.type,parentSchema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.properties.with,data:data57};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/spec/strategy/actions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.type,parentSchema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items,data:data54};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/spec/strategy/actions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.type,parentSchema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties,data:data53};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/spec/strategy/actions",schemaPath:"#/properties/spec/properties/strategy/properties/actions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.strategy.properties.actions.type,parentSchema:schema11.properties.spec.properties.strategy.properties.actions,data:data52};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data49.weights !== undefined){
let data58 = data49.weights;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
for(const key15 in data58){
if(!((key15 === "maxCandidateWeight") || (key15 === "maxCandidateWeightIncrement"))){
const err88 = {instancePath:instancePath+"/spec/strategy/weights",schemaPath:"#/properties/spec/properties/strategy/properties/weights/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.strategy.properties.weights,data:data58};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data58.maxCandidateWeight !== undefined){
let data59 = data58.maxCandidateWeight;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
const err89 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeight",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeight.type,parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeight,data:data59};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 > 100 || isNaN(data59)){
const err90 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeight",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeight,data:data59};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data59 < 0 || isNaN(data59)){
const err91 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeight",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeight,data:data59};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(!(formats0.validate(data59))){
const err92 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeight",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeight/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeight,data:data59};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
if(data58.maxCandidateWeightIncrement !== undefined){
let data60 = data58.maxCandidateWeightIncrement;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
const err93 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeightIncrement",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeightIncrement/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeightIncrement.type,parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeightIncrement,data:data60};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 > 100 || isNaN(data60)){
const err94 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeightIncrement",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeightIncrement/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeightIncrement,data:data60};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data60 < 0 || isNaN(data60)){
const err95 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeightIncrement",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeightIncrement/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeightIncrement,data:data60};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!(formats0.validate(data60))){
const err96 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeightIncrement",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeightIncrement/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeightIncrement,data:data60};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
}
else {
const err97 = {instancePath:instancePath+"/spec/strategy/weights",schemaPath:"#/properties/spec/properties/strategy/properties/weights/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.strategy.properties.weights.type,parentSchema:schema11.properties.spec.properties.strategy.properties.weights,data:data58};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/spec/strategy",schemaPath:"#/properties/spec/properties/strategy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.strategy.type,parentSchema:schema11.properties.spec.properties.strategy,data:data49};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data3.criteria !== undefined){
let data61 = data3.criteria;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
for(const key16 in data61){
if(!(((((((key16 === "requestCount") || (key16 === "rewards")) || (key16 === "reward")) || (key16 === "indicators")) || (key16 === "objectives")) || (key16 === "comparisons")) || (key16 === "strength"))){
const err99 = {instancePath:instancePath+"/spec/criteria",schemaPath:"#/properties/spec/properties/criteria/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.criteria,data:data61};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data61.requestCount !== undefined){
let data62 = data61.requestCount;
if(typeof data62 !== "string"){
const err100 = {instancePath:instancePath+"/spec/criteria/requestCount",schemaPath:"#/properties/spec/properties/criteria/properties/requestCount/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.requestCount.type,parentSchema:schema11.properties.spec.properties.criteria.properties.requestCount,data:data62};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data61.rewards !== undefined){
let data63 = data61.rewards;
if(Array.isArray(data63)){
const len5 = data63.length;
for(let i5=0; i5<len5; i5++){
let data64 = data63[i5];
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.metric === undefined){
const err101 = {instancePath:instancePath+"/spec/criteria/rewards/" + i5,schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.spec.properties.criteria.properties.rewards.items.required,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards.items,data:data64};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data64.preferredDirection === undefined){
const err102 = {instancePath:instancePath+"/spec/criteria/rewards/" + i5,schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/required",keyword:"required",params:{missingProperty: "preferredDirection"},message:"must have required property '"+"preferredDirection"+"'",schema:schema11.properties.spec.properties.criteria.properties.rewards.items.required,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards.items,data:data64};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key17 in data64){
if(!((key17 === "metric") || (key17 === "preferredDirection"))){
const err103 = {instancePath:instancePath+"/spec/criteria/rewards/" + i5,schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards.items,data:data64};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data64.metric !== undefined){
let data65 = data64.metric;
if(typeof data65 !== "string"){
const err104 = {instancePath:instancePath+"/spec/criteria/rewards/" + i5+"/metric",schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.rewards.items.properties.metric.type,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards.items.properties.metric,data:data65};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data64.preferredDirection !== undefined){
let data66 = data64.preferredDirection;
if(typeof data66 !== "string"){
const err105 = {instancePath:instancePath+"/spec/criteria/rewards/" + i5+"/preferredDirection",schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/properties/preferredDirection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.rewards.items.properties.preferredDirection.type,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards.items.properties.preferredDirection,data:data66};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(!((data66 === "High") || (data66 === "Low"))){
const err106 = {instancePath:instancePath+"/spec/criteria/rewards/" + i5+"/preferredDirection",schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/properties/preferredDirection/enum",keyword:"enum",params:{allowedValues: schema11.properties.spec.properties.criteria.properties.rewards.items.properties.preferredDirection.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.spec.properties.criteria.properties.rewards.items.properties.preferredDirection.enum,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards.items.properties.preferredDirection,data:data66};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/spec/criteria/rewards/" + i5,schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.criteria.properties.rewards.items.type,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards.items,data:data64};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/spec/criteria/rewards",schemaPath:"#/properties/spec/properties/criteria/properties/rewards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.spec.properties.criteria.properties.rewards.type,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards,data:data63};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data61.reward !== undefined){
let data67 = data61.reward;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.metric === undefined){
const err109 = {instancePath:instancePath+"/spec/criteria/reward",schemaPath:"#/properties/spec/properties/criteria/properties/reward/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.spec.properties.criteria.properties.reward.required,parentSchema:schema11.properties.spec.properties.criteria.properties.reward,data:data67};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data67.preferredDirection === undefined){
const err110 = {instancePath:instancePath+"/spec/criteria/reward",schemaPath:"#/properties/spec/properties/criteria/properties/reward/required",keyword:"required",params:{missingProperty: "preferredDirection"},message:"must have required property '"+"preferredDirection"+"'",schema:schema11.properties.spec.properties.criteria.properties.reward.required,parentSchema:schema11.properties.spec.properties.criteria.properties.reward,data:data67};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
for(const key18 in data67){
if(!((key18 === "metric") || (key18 === "preferredDirection"))){
const err111 = {instancePath:instancePath+"/spec/criteria/reward",schemaPath:"#/properties/spec/properties/criteria/properties/reward/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.criteria.properties.reward,data:data67};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data67.metric !== undefined){
let data68 = data67.metric;
if(typeof data68 !== "string"){
const err112 = {instancePath:instancePath+"/spec/criteria/reward/metric",schemaPath:"#/properties/spec/properties/criteria/properties/reward/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.reward.properties.metric.type,parentSchema:schema11.properties.spec.properties.criteria.properties.reward.properties.metric,data:data68};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data67.preferredDirection !== undefined){
let data69 = data67.preferredDirection;
if(typeof data69 !== "string"){
const err113 = {instancePath:instancePath+"/spec/criteria/reward/preferredDirection",schemaPath:"#/properties/spec/properties/criteria/properties/reward/properties/preferredDirection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.reward.properties.preferredDirection.type,parentSchema:schema11.properties.spec.properties.criteria.properties.reward.properties.preferredDirection,data:data69};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(!((data69 === "High") || (data69 === "Low"))){
const err114 = {instancePath:instancePath+"/spec/criteria/reward/preferredDirection",schemaPath:"#/properties/spec/properties/criteria/properties/reward/properties/preferredDirection/enum",keyword:"enum",params:{allowedValues: schema11.properties.spec.properties.criteria.properties.reward.properties.preferredDirection.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.spec.properties.criteria.properties.reward.properties.preferredDirection.enum,parentSchema:schema11.properties.spec.properties.criteria.properties.reward.properties.preferredDirection,data:data69};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/spec/criteria/reward",schemaPath:"#/properties/spec/properties/criteria/properties/reward/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.criteria.properties.reward.type,parentSchema:schema11.properties.spec.properties.criteria.properties.reward,data:data67};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data61.indicators !== undefined){
let data70 = data61.indicators;
if(Array.isArray(data70)){
const len6 = data70.length;
for(let i6=0; i6<len6; i6++){
let data71 = data70[i6];
if(typeof data71 !== "string"){
const err116 = {instancePath:instancePath+"/spec/criteria/indicators/" + i6,schemaPath:"#/properties/spec/properties/criteria/properties/indicators/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.indicators.items.type,parentSchema:schema11.properties.spec.properties.criteria.properties.indicators.items,data:data71};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/spec/criteria/indicators",schemaPath:"#/properties/spec/properties/criteria/properties/indicators/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.spec.properties.criteria.properties.indicators.type,parentSchema:schema11.properties.spec.properties.criteria.properties.indicators,data:data70};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data61.objectives !== undefined){
let data72 = data61.objectives;
if(Array.isArray(data72)){
const len7 = data72.length;
for(let i7=0; i7<len7; i7++){
let data73 = data72[i7];
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
if(data73.metric === undefined){
const err118 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7,schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.required,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items,data:data73};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
for(const key19 in data73){
if(!((((key19 === "metric") || (key19 === "upperLimit")) || (key19 === "lowerLimit")) || (key19 === "rollback_on_failure"))){
const err119 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7,schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items,data:data73};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data73.metric !== undefined){
let data74 = data73.metric;
if(typeof data74 !== "string"){
const err120 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/metric",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.metric.type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.metric,data:data74};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data73.upperLimit !== undefined){
let data75 = data73.upperLimit;
const _errs172 = errors;
let valid36 = false;
const _errs173 = errors;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
const err121 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/upperLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/upperLimit/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.upperLimit.anyOf[0].type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.upperLimit.anyOf[0],data:data75};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
var _valid0 = _errs173 === errors;
valid36 = valid36 || _valid0;
if(!valid36){
const _errs175 = errors;
if(typeof data75 !== "string"){
const err122 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/upperLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/upperLimit/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.upperLimit.anyOf[1].type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.upperLimit.anyOf[1],data:data75};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
var _valid0 = _errs175 === errors;
valid36 = valid36 || _valid0;
}
if(!valid36){
const err123 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/upperLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/upperLimit/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.upperLimit.anyOf,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.upperLimit,data:data75};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
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
if(typeof data75 === "string"){
if(!pattern0.test(data75)){
const err124 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/upperLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/upperLimit/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.upperLimit,data:data75};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
if(data73.lowerLimit !== undefined){
let data76 = data73.lowerLimit;
const _errs178 = errors;
let valid37 = false;
const _errs179 = errors;
if(!(((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76))) && (isFinite(data76)))){
const err125 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/lowerLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/lowerLimit/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.lowerLimit.anyOf[0].type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.lowerLimit.anyOf[0],data:data76};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
var _valid1 = _errs179 === errors;
valid37 = valid37 || _valid1;
if(!valid37){
const _errs181 = errors;
if(typeof data76 !== "string"){
const err126 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/lowerLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/lowerLimit/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.lowerLimit.anyOf[1].type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.lowerLimit.anyOf[1],data:data76};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
var _valid1 = _errs181 === errors;
valid37 = valid37 || _valid1;
}
if(!valid37){
const err127 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/lowerLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/lowerLimit/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.lowerLimit.anyOf,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.lowerLimit,data:data76};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
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
if(typeof data76 === "string"){
if(!pattern0.test(data76)){
const err128 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/lowerLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/lowerLimit/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.lowerLimit,data:data76};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
if(data73.rollback_on_failure !== undefined){
let data77 = data73.rollback_on_failure;
if(typeof data77 !== "boolean"){
const err129 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7+"/rollback_on_failure",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/rollback_on_failure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.rollback_on_failure.type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.rollback_on_failure,data:data77};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/spec/criteria/objectives/" + i7,schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items,data:data73};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/spec/criteria/objectives",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.spec.properties.criteria.properties.objectives.type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives,data:data72};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data61.comparisons !== undefined){
let data78 = data61.comparisons;
if(Array.isArray(data78)){
const len8 = data78.length;
for(let i8=0; i8<len8; i8++){
let data79 = data78[i8];
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
if(data79.metric === undefined){
const err132 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8,schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.spec.properties.criteria.properties.comparisons.items.required,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items,data:data79};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
for(const key20 in data79){
if(!(((((key20 === "metric") || (key20 === "maxRatio")) || (key20 === "maxIncrease")) || (key20 === "minSamples")) || (key20 === "confidence"))){
const err133 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8,schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items,data:data79};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data79.metric !== undefined){
let data80 = data79.metric;
if(typeof data80 !== "string"){
const err134 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/metric",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.metric.type,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.metric,data:data80};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data79.maxRatio !== undefined){
let data81 = data79.maxRatio;
const _errs193 = errors;
let valid41 = false;
const _errs194 = errors;
if(!(((typeof data81 == "number") && (!(data81 % 1) && !isNaN(data81))) && (isFinite(data81)))){
const err135 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxRatio",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxRatio/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.maxRatio.anyOf[0].type,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.maxRatio.anyOf[0],data:data81};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
var _valid2 = _errs194 === errors;
valid41 = valid41 || _valid2;
if(!valid41){
const _errs196 = errors;
if(typeof data81 !== "string"){
const err136 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxRatio",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxRatio/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.maxRatio.anyOf[1].type,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.maxRatio.anyOf[1],data:data81};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
var _valid2 = _errs196 === errors;
valid41 = valid41 || _valid2;
}
if(!valid41){
const err137 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxRatio",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxRatio/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.maxRatio.anyOf,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.maxRatio,data:data81};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
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
if(typeof data81 === "string"){
if(!pattern0.test(data81)){
const err138 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxRatio",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxRatio/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.maxRatio,data:data81};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
}
if(data79.maxIncrease !== undefined){
let data82 = data79.maxIncrease;
const _errs199 = errors;
let valid42 = false;
const _errs200 = errors;
if(!(((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82))) && (isFinite(data82)))){
const err139 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxIncrease",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxIncrease/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.maxIncrease.anyOf[0].type,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.maxIncrease.anyOf[0],data:data82};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
var _valid3 = _errs200 === errors;
valid42 = valid42 || _valid3;
if(!valid42){
const _errs202 = errors;
if(typeof data82 !== "string"){
const err140 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxIncrease",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxIncrease/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.maxIncrease.anyOf[1].type,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.maxIncrease.anyOf[1],data:data82};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
var _valid3 = _errs202 === errors;
valid42 = valid42 || _valid3;
}
if(!valid42){
const err141 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxIncrease",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxIncrease/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.maxIncrease.anyOf,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.maxIncrease,data:data82};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
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
if(typeof data82 === "string"){
if(!pattern0.test(data82)){
const err142 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/maxIncrease",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/maxIncrease/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.maxIncrease,data:data82};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
if(data79.minSamples !== undefined){
let data83 = data79.minSamples;
if(!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))){
const err143 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/minSamples",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/minSamples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.minSamples.type,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.minSamples,data:data83};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 < 1 || isNaN(data83)){
const err144 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/minSamples",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/minSamples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.minSamples,data:data83};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(!(formats0.validate(data83))){
const err145 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/minSamples",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/minSamples/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.minSamples,data:data83};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
if(data79.confidence !== undefined){
let data84 = data79.confidence;
const _errs207 = errors;
let valid43 = false;
const _errs208 = errors;
if(!(((typeof data84 == "number") && (!(data84 % 1) && !isNaN(data84))) && (isFinite(data84)))){
const err146 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/confidence",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/confidence/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.confidence.anyOf[0].type,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.confidence.anyOf[0],data:data84};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
var _valid4 = _errs208 === errors;
valid43 = valid43 || _valid4;
if(!valid43){
const _errs210 = errors;
if(typeof data84 !== "string"){
const err147 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/confidence",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/confidence/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.confidence.anyOf[1].type,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.confidence.anyOf[1],data:data84};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
var _valid4 = _errs210 === errors;
valid43 = valid43 || _valid4;
}
if(!valid43){
const err148 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/confidence",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/confidence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.confidence.anyOf,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.confidence,data:data84};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
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
if(typeof data84 === "string"){
if(!pattern0.test(data84)){
const err149 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8+"/confidence",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/properties/confidence/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items.properties.confidence,data:data84};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
}
else {
const err150 = {instancePath:instancePath+"/spec/criteria/comparisons/" + i8,schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.criteria.properties.comparisons.items.type,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons.items,data:data79};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
else {
const err151 = {instancePath:instancePath+"/spec/criteria/comparisons",schemaPath:"#/properties/spec/properties/criteria/properties/comparisons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.spec.properties.criteria.properties.comparisons.type,parentSchema:schema11.properties.spec.properties.criteria.properties.comparisons,data:data78};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/spec/criteria",schemaPath:"#/properties/spec/properties/criteria/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.criteria.type,parentSchema:schema11.properties.spec.properties.criteria,data:data61};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data3.duration !== undefined){
let data85 = data3.duration;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
for(const key21 in data85){
if(!(((key21 === "intervalSeconds") || (key21 === "iterationsPerLoop")) || (key21 === "maxLoops"))){
const err153 = {instancePath:instancePath+"/spec/duration",schemaPath:"#/properties/spec/properties/duration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.duration,data:data85};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data85.intervalSeconds !== undefined){
let data86 = data85.intervalSeconds;
if(!(((typeof data86 == "number") && (!(data86 % 1) && !isNaN(data86))) && (isFinite(data86)))){
const err154 = {instancePath:instancePath+"/spec/duration/intervalSeconds",schemaPath:"#/properties/spec/properties/duration/properties/intervalSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.duration.properties.intervalSeconds.type,parentSchema:schema11.properties.spec.properties.duration.properties.intervalSeconds,data:data86};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if((typeof data86 == "number") && (isFinite(data86))){
if(data86 < 1 || isNaN(data86)){
const err155 = {instancePath:instancePath+"/spec/duration/intervalSeconds",schemaPath:"#/properties/spec/properties/duration/properties/intervalSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.spec.properties.duration.properties.intervalSeconds,data:data86};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(!(formats0.validate(data86))){
const err156 = {instancePath:instancePath+"/spec/duration/intervalSeconds",schemaPath:"#/properties/spec/properties/duration/properties/intervalSeconds/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.spec.properties.duration.properties.intervalSeconds,data:data86};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
if(data85.iterationsPerLoop !== undefined){
let data87 = data85.iterationsPerLoop;
if(!(((typeof data87 == "number") && (!(data87 % 1) && !isNaN(data87))) && (isFinite(data87)))){
const err157 = {instancePath:instancePath+"/spec/duration/iterationsPerLoop",schemaPath:"#/properties/spec/properties/duration/properties/iterationsPerLoop/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.duration.properties.iterationsPerLoop.type,parentSchema:schema11.properties.spec.properties.duration.properties.iterationsPerLoop,data:data87};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if((typeof data87 == "number") && (isFinite(data87))){
if(data87 < 1 || isNaN(data87)){
const err158 = {instancePath:instancePath+"/spec/duration/iterationsPerLoop",schemaPath:"#/properties/spec/properties/duration/properties/iterationsPerLoop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.spec.properties.duration.properties.iterationsPerLoop,data:data87};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(!(formats0.validate(data87))){
const err159 = {instancePath:instancePath+"/spec/duration/iterationsPerLoop",schemaPath:"#/properties/spec/properties/duration/properties/iterationsPerLoop/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.spec.properties.duration.properties.iterationsPerLoop,data:data87};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
if(data85.maxLoops !== undefined){
let data88 = data85.maxLoops;
if(!(((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88))) && (isFinite(data88)))){
const err160 = {instancePath:instancePath+"/spec/duration/maxLoops",schemaPath:"#/properties/spec/properties/duration/properties/maxLoops/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.duration.properties.maxLoops.type,parentSchema:schema11.properties.spec.properties.duration.properties.maxLoops,data:data88};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if((typeof data88 == "number") && (isFinite(data88))){
if(data88 < 1 || isNaN(data88)){
const err161 = {instancePath:instancePath+"/spec/duration/maxLoops",schemaPath:"#/properties/spec/properties/duration/properties/maxLoops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.spec.properties.duration.properties.maxLoops,data:data88};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(!(formats0.validate(data88))){
const err162 = {instancePath:instancePath+"/spec/duration/maxLoops",schemaPath:"#/properties/spec/properties/duration/properties/maxLoops/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.spec.properties.duration.properties.maxLoops,data:data88};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
}
else {
const err163 = {instancePath:instancePath+"/spec/duration",schemaPath:"#/properties/spec/properties/duration/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.duration.type,parentSchema:schema11.properties.spec.properties.duration,data:data85};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
}
else {
const err164 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.type,parentSchema:schema11.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data.status !== undefined){
let data89 = data.status;
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
for(const key22 in data89){
if(!(func3.call(schema11.properties.status.properties, key22))){
const err165 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status,data:data89};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data89.conditions !== undefined){
let data90 = data89.conditions;
if(Array.isArray(data90)){
const len9 = data90.length;
for(let i9=0; i9<len9; i9++){
let data91 = data90[i9];
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
if(data91.type === undefined){
const err166 = {instancePath:instancePath+"/status/conditions/" + i9,schemaPath:"#/properties/status/properties/conditions/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema11.properties.status.properties.conditions.items.required,parentSchema:schema11.properties.status.properties.conditions.items,data:data91};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(data91.status === undefined){
const err167 = {instancePath:instancePath+"/status/conditions/" + i9,schemaPath:"#/properties/status/properties/conditions/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema11.properties.status.properties.conditions.items.required,parentSchema:schema11.properties.status.properties.conditions.items,data:data91};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
for(const key23 in data91){
if(!(((((key23 === "type") || (key23 === "status")) || (key23 === "lastTransitionTime")) || (key23 === "reason")) || (key23 === "message"))){
const err168 = {instancePath:instancePath+"/status/conditions/" + i9,schemaPath:"#/properties/status/properties/conditions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.conditions.items,data:data91};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data91.type !== undefined){
let data92 = data91.type;
if(typeof data92 !== "string"){
const err169 = {instancePath:instancePath+"/status/conditions/" + i9+"/type",schemaPath:"#/properties/status/properties/conditions/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.conditions.items.properties.type.type,parentSchema:schema11.properties.status.properties.conditions.items.properties.type,data:data92};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(!((((data92 === "Completed") || (data92 === "Failed")) || (data92 === "TargetAcquired")) || (data92 === "TrafficObserved"))){
const err170 = {instancePath:instancePath+"/status/conditions/" + i9+"/type",schemaPath:"#/properties/status/properties/conditions/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.conditions.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.conditions.items.properties.type.enum,parentSchema:schema11.properties.status.properties.conditions.items.properties.type,data:data92};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data91.status !== undefined){
let data93 = data91.status;
if(typeof data93 !== "string"){
const err171 = {instancePath:instancePath+"/status/conditions/" + i9+"/status",schemaPath:"#/properties/status/properties/conditions/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.conditions.items.properties.status.type,parentSchema:schema11.properties.status.properties.conditions.items.properties.status,data:data93};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(!(((data93 === "True") || (data93 === "False")) || (data93 === "Unknown"))){
const err172 = {instancePath:instancePath+"/status/conditions/" + i9+"/status",schemaPath:"#/properties/status/properties/conditions/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.conditions.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.conditions.items.properties.status.enum,parentSchema:schema11.properties.status.properties.conditions.items.properties.status,data:data93};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data91.lastTransitionTime !== undefined){
let data94 = data91.lastTransitionTime;
if(typeof data94 === "string"){
if(!(formats12.test(data94))){
const err173 = {instancePath:instancePath+"/status/conditions/" + i9+"/lastTransitionTime",schemaPath:"#/properties/status/properties/conditions/items/properties/lastTransitionTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.conditions.items.properties.lastTransitionTime,data:data94};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
else {
const err174 = {instancePath:instancePath+"/status/conditions/" + i9+"/lastTransitionTime",schemaPath:"#/properties/status/properties/conditions/items/properties/lastTransitionTime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.conditions.items.properties.lastTransitionTime.type,parentSchema:schema11.properties.status.properties.conditions.items.properties.lastTransitionTime,data:data94};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data91.reason !== undefined){
let data95 = data91.reason;
if(typeof data95 !== "string"){
const err175 = {instancePath:instancePath+"/status/conditions/" + i9+"/reason",schemaPath:"#/properties/status/properties/conditions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.conditions.items.properties.reason.type,parentSchema:schema11.properties.status.properties.conditions.items.properties.reason,data:data95};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data91.message !== undefined){
let data96 = data91.message;
if(typeof data96 !== "string"){
const err176 = {instancePath:instancePath+"/status/conditions/" + i9+"/message",schemaPath:"#/properties/status/properties/conditions/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.conditions.items.properties.message.type,parentSchema:schema11.properties.status.properties.conditions.items.properties.message,data:data96};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
else {
const err177 = {instancePath:instancePath+"/status/conditions/" + i9,schemaPath:"#/properties/status/properties/conditions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.conditions.items.type,parentSchema:schema11.properties.status.properties.conditions.items,data:data91};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/status/conditions",schemaPath:"#/properties/status/properties/conditions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.conditions.type,parentSchema:schema11.properties.status.properties.conditions,data:data90};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data89.initTime !== undefined){
let data97 = data89.initTime;
if(typeof data97 === "string"){
if(!(formats12.test(data97))){
const err179 = {instancePath:instancePath+"/status/initTime",schemaPath:"#/properties/status/properties/initTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.initTime,data:data97};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
else {
const err180 = {instancePath:instancePath+"/status/initTime",schemaPath:"#/properties/status/properties/initTime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.initTime.type,parentSchema:schema11.properties.status.properties.initTime,data:data97};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data89.startTime !== undefined){
let data98 = data89.startTime;
if(typeof data98 === "string"){
if(!(formats12.test(data98))){
const err181 = {instancePath:instancePath+"/status/startTime",schemaPath:"#/properties/status/properties/startTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.startTime,data:data98};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
else {
const err182 = {instancePath:instancePath+"/status/startTime",schemaPath:"#/properties/status/properties/startTime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.startTime.type,parentSchema:schema11.properties.status.properties.startTime,data:data98};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data89.lastUpdateTime !== undefined){
let data99 = data89.lastUpdateTime;
if(typeof data99 === "string"){
if(!(formats12.test(data99))){
const err183 = {instancePath:instancePath+"/status/lastUpdateTime",schemaPath:"#/properties/status/properties/lastUpdateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.lastUpdateTime,data:data99};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/status/lastUpdateTime",schemaPath:"#/properties/status/properties/lastUpdateTime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.lastUpdateTime.type,parentSchema:schema11.properties.status.properties.lastUpdateTime,data:data99};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data89.stage !== undefined){
let data100 = data89.stage;
if(typeof data100 !== "string"){
const err185 = {instancePath:instancePath+"/status/stage",schemaPath:"#/properties/status/properties/stage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.stage.type,parentSchema:schema11.properties.status.properties.stage,data:data100};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(!(((((data100 === "Waiting") || (data100 === "Initializing")) || (data100 === "Running")) || (data100 === "Finishing")) || (data100 === "Completed"))){
const err186 = {instancePath:instancePath+"/status/stage",schemaPath:"#/properties/status/properties/stage/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.stage.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.stage.enum,parentSchema:schema11.properties.status.properties.stage,data:data100};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data89.completedIterations !== undefined){
let data101 = data89.completedIterations;
if(!(((typeof data101 == "number") && (!(data101 % 1) && !isNaN(data101))) && (isFinite(data101)))){
const err187 = {instancePath:instancePath+"/status/completedIterations",schemaPath:"#/properties/status/properties/completedIterations/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.completedIterations.type,parentSchema:schema11.properties.status.properties.completedIterations,data:data101};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if((typeof data101 == "number") && (isFinite(data101))){
if(data101 < 0 || isNaN(data101)){
const err188 = {instancePath:instancePath+"/status/completedIterations",schemaPath:"#/properties/status/properties/completedIterations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.status.properties.completedIterations,data:data101};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(!(formats0.validate(data101))){
const err189 = {instancePath:instancePath+"/status/completedIterations",schemaPath:"#/properties/status/properties/completedIterations/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.status.properties.completedIterations,data:data101};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
}
if(data89.currentWeightDistribution !== undefined){
let data102 = data89.currentWeightDistribution;
if(Array.isArray(data102)){
const len10 = data102.length;
for(let i10=0; i10<len10; i10++){
let data103 = data102[i10];
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
if(data103.name === undefined){
const err190 = {instancePath:instancePath+"/status/currentWeightDistribution/" + i10,schemaPath:"#/properties/status/properties/currentWeightDistribution/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.status.properties.currentWeightDistribution.items.required,parentSchema:schema11.properties.status.properties.currentWeightDistribution.items,data:data103};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(data103.value === undefined){
const err191 = {instancePath:instancePath+"/status/currentWeightDistribution/" + i10,schemaPath:"#/properties/status/properties/currentWeightDistribution/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.status.properties.currentWeightDistribution.items.required,parentSchema:schema11.properties.status.properties.currentWeightDistribution.items,data:data103};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
for(const key24 in data103){
if(!((key24 === "name") || (key24 === "value"))){
const err192 = {instancePath:instancePath+"/status/currentWeightDistribution/" + i10,schemaPath:"#/properties/status/properties/currentWeightDistribution/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.currentWeightDistribution.items,data:data103};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data103.name !== undefined){
let data104 = data103.name;
if(typeof data104 !== "string"){
const err193 = {instancePath:instancePath+"/status/currentWeightDistribution/" + i10+"/name",schemaPath:"#/properties/status/properties/currentWeightDistribution/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.currentWeightDistribution.items.properties.name.type,parentSchema:schema11.properties.status.properties.currentWeightDistribution.items.properties.name,data:data104};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data103.value !== undefined){
let data105 = data103.value;
if(!(((typeof data105 == "number") && (!(data105 % 1) && !isNaN(data105))) && (isFinite(data105)))){
const err194 = {instancePath:instancePath+"/status/currentWeightDistribution/" + i10+"/value",schemaPath:"#/properties/status/properties/currentWeightDistribution/items/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.currentWeightDistribution.items.properties.value.type,parentSchema:schema11.properties.status.properties.currentWeightDistribution.items.properties.value,data:data105};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if((typeof data105 == "number") && (isFinite(data105))){
if(!(formats0.validate(data105))){
const err195 = {instancePath:instancePath+"/status/currentWeightDistribution/" + i10+"/value",schemaPath:"#/properties/status/properties/currentWeightDistribution/items/properties/value/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.status.properties.currentWeightDistribution.items.properties.value,data:data105};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
}
else {
const err196 = {instancePath:instancePath+"/status/currentWeightDistribution/" + i10,schemaPath:"#/properties/status/properties/currentWeightDistribution/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.currentWeightDistribution.items.type,parentSchema:schema11.properties.status.properties.currentWeightDistribution.items,data:data103};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/status/currentWeightDistribution",schemaPath:"#/properties/status/properties/currentWeightDistribution/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.currentWeightDistribution.type,parentSchema:schema11.properties.status.properties.currentWeightDistribution,data:data102};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data89.analysis !== undefined){
let data106 = data89.analysis;
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
for(const key25 in data106){
if(!((((((key25 === "aggregatedBuiltinHists") || (key25 === "aggregatedMetrics")) || (key25 === "winnerAssessment")) || (key25 === "versionAssessments")) || (key25 === "weights")) || (key25 === "comparisons"))){
const err198 = {instancePath:instancePath+"/status/analysis",schemaPath:"#/properties/status/properties/analysis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis,data:data106};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data106.aggregatedBuiltinHists !== undefined){
let data107 = data106.aggregatedBuiltinHists;
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
if(data107.provenance === undefined){
const err199 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.required,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists,data:data107};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if(data107.timestamp === undefined){
const err200 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.required,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists,data:data107};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(data107.data === undefined){
const err201 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.required,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists,data:data107};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
for(const key26 in data107){
if(!((((key26 === "provenance") || (key26 === "timestamp")) || (key26 === "message")) || (key26 === "data"))){
const err202 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists,data:data107};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data107.provenance !== undefined){
let data108 = data107.provenance;
if(typeof data108 !== "string"){
const err203 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists/provenance",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.properties.provenance.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.properties.provenance,data:data108};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data107.timestamp !== undefined){
let data109 = data107.timestamp;
if(typeof data109 === "string"){
if(!(formats12.test(data109))){
const err204 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.properties.timestamp,data:data109};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
else {
const err205 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.properties.timestamp.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.properties.timestamp,data:data109};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data107.message !== undefined){
let data110 = data107.message;
if(typeof data110 !== "string"){
const err206 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists/message",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.properties.message.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.properties.message,data:data110};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
}
else {
const err207 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists,data:data107};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data106.aggregatedMetrics !== undefined){
let data111 = data106.aggregatedMetrics;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.provenance === undefined){
const err208 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.required,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics,data:data111};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if(data111.timestamp === undefined){
const err209 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.required,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics,data:data111};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(data111.data === undefined){
const err210 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.required,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics,data:data111};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
for(const key27 in data111){
if(!((((key27 === "provenance") || (key27 === "timestamp")) || (key27 === "message")) || (key27 === "data"))){
const err211 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics,data:data111};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data111.provenance !== undefined){
let data112 = data111.provenance;
if(typeof data112 !== "string"){
const err212 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/provenance",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.provenance.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.provenance,data:data112};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data111.timestamp !== undefined){
let data113 = data111.timestamp;
if(typeof data113 === "string"){
if(!(formats12.test(data113))){
const err213 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.timestamp,data:data113};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
else {
const err214 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.timestamp.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.timestamp,data:data113};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data111.message !== undefined){
let data114 = data111.message;
if(typeof data114 !== "string"){
const err215 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/message",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.message.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.message,data:data114};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data111.data !== undefined){
let data115 = data111.data;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
for(const key28 in data115){
let data116 = data115[key28];
if(data116 && typeof data116 == "object" && !Array.isArray(data116)){
if(data116.data === undefined){
const err216 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.required,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties,data:data116};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
for(const key29 in data116){
if(!(((key29 === "max") || (key29 === "min")) || (key29 === "data"))){
const err217 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties,data:data116};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data116.max !== undefined){
let data117 = data116.max;
const _errs286 = errors;
let valid57 = false;
const _errs287 = errors;
if(!(((typeof data117 == "number") && (!(data117 % 1) && !isNaN(data117))) && (isFinite(data117)))){
const err218 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/max/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.max.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.max.anyOf[0],data:data117};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
var _valid5 = _errs287 === errors;
valid57 = valid57 || _valid5;
if(!valid57){
const _errs289 = errors;
if(typeof data117 !== "string"){
const err219 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/max/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.max.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.max.anyOf[1],data:data117};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
var _valid5 = _errs289 === errors;
valid57 = valid57 || _valid5;
}
if(!valid57){
const err220 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/max/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.max.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.max,data:data117};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
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
if(typeof data117 === "string"){
if(!pattern0.test(data117)){
const err221 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/max/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.max,data:data117};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
if(data116.min !== undefined){
let data118 = data116.min;
const _errs292 = errors;
let valid58 = false;
const _errs293 = errors;
if(!(((typeof data118 == "number") && (!(data118 % 1) && !isNaN(data118))) && (isFinite(data118)))){
const err222 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/min/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.min.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.min.anyOf[0],data:data118};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
var _valid6 = _errs293 === errors;
valid58 = valid58 || _valid6;
if(!valid58){
const _errs295 = errors;
if(typeof data118 !== "string"){
const err223 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/min/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.min.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.min.anyOf[1],data:data118};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
var _valid6 = _errs295 === errors;
valid58 = valid58 || _valid6;
}
if(!valid58){
const err224 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/min/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.min.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.min,data:data118};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
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
if(typeof data118 === "string"){
if(!pattern0.test(data118)){
const err225 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/min/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.min,data:data118};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
}
if(data116.data !== undefined){
let data119 = data116.data;
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
for(const key30 in data119){
let data120 = data119[key30];
if(data120 && typeof data120 == "object" && !Array.isArray(data120)){
for(const key31 in data120){
if(!((((key31 === "max") || (key31 === "min")) || (key31 === "value")) || (key31 === "sampleSize"))){
const err226 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties,data:data120};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
if(data120.max !== undefined){
let data121 = data120.max;
const _errs304 = errors;
let valid61 = false;
const _errs305 = errors;
if(!(((typeof data121 == "number") && (!(data121 % 1) && !isNaN(data121))) && (isFinite(data121)))){
const err227 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/max/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.max.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.max.anyOf[0],data:data121};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
var _valid7 = _errs305 === errors;
valid61 = valid61 || _valid7;
if(!valid61){
const _errs307 = errors;
if(typeof data121 !== "string"){
const err228 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/max/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.max.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.max.anyOf[1],data:data121};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
var _valid7 = _errs307 === errors;
valid61 = valid61 || _valid7;
}
if(!valid61){
const err229 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/max/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.max.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.max,data:data121};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
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
if(typeof data121 === "string"){
if(!pattern0.test(data121)){
const err230 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/max/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.max,data:data121};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
}
if(data120.min !== undefined){
let data122 = data120.min;
const _errs310 = errors;
let valid62 = false;
const _errs311 = errors;
if(!(((typeof data122 == "number") && (!(data122 % 1) && !isNaN(data122))) && (isFinite(data122)))){
const err231 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/min/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.min.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.min.anyOf[0],data:data122};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
var _valid8 = _errs311 === errors;
valid62 = valid62 || _valid8;
if(!valid62){
const _errs313 = errors;
if(typeof data122 !== "string"){
const err232 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/min/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.min.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.min.anyOf[1],data:data122};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
var _valid8 = _errs313 === errors;
valid62 = valid62 || _valid8;
}
if(!valid62){
const err233 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/min/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.min.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.min,data:data122};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
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
if(typeof data122 === "string"){
if(!pattern0.test(data122)){
const err234 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/min/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.min,data:data122};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
}
if(data120.value !== undefined){
let data123 = data120.value;
const _errs316 = errors;
let valid63 = false;
const _errs317 = errors;
if(!(((typeof data123 == "number") && (!(data123 % 1) && !isNaN(data123))) && (isFinite(data123)))){
const err235 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/value/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.value.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.value.anyOf[0],data:data123};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
var _valid9 = _errs317 === errors;
valid63 = valid63 || _valid9;
if(!valid63){
const _errs319 = errors;
if(typeof data123 !== "string"){
const err236 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/value/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.value.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.value.anyOf[1],data:data123};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
var _valid9 = _errs319 === errors;
valid63 = valid63 || _valid9;
}
if(!valid63){
const err237 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/value/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.value.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.value,data:data123};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
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
if(typeof data123 === "string"){
if(!pattern0.test(data123)){
const err238 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/value/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.value,data:data123};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
}
if(data120.sampleSize !== undefined){
let data124 = data120.sampleSize;
if(!(((typeof data124 == "number") && (!(data124 % 1) && !isNaN(data124))) && (isFinite(data124)))){
const err239 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampleSize",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/sampleSize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.sampleSize.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.sampleSize,data:data124};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
if((typeof data124 == "number") && (isFinite(data124))){
if(data124 < 0 || isNaN(data124)){
const err240 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampleSize",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/sampleSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.sampleSize,data:data124};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if(!(formats0.validate(data124))){
const err241 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampleSize",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/sampleSize/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.sampleSize,data:data124};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
}
}
else {
const err242 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties,data:data120};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
}
else {
const err243 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/data",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data,data:data119};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
else {
const err244 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties,data:data116};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
}
else {
const err245 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data,data:data115};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
}
else {
const err246 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics,data:data111};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data106.winnerAssessment !== undefined){
let data125 = data106.winnerAssessment;
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.provenance === undefined){
const err247 = {instancePath:instancePath+"/status/analysis/winnerAssessment",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.required,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment,data:data125};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
if(data125.timestamp === undefined){
const err248 = {instancePath:instancePath+"/status/analysis/winnerAssessment",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.required,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment,data:data125};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
if(data125.data === undefined){
const err249 = {instancePath:instancePath+"/status/analysis/winnerAssessment",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.required,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment,data:data125};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
for(const key32 in data125){
if(!((((key32 === "provenance") || (key32 === "timestamp")) || (key32 === "message")) || (key32 === "data"))){
const err250 = {instancePath:instancePath+"/status/analysis/winnerAssessment",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment,data:data125};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data125.provenance !== undefined){
let data126 = data125.provenance;
if(typeof data126 !== "string"){
const err251 = {instancePath:instancePath+"/status/analysis/winnerAssessment/provenance",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.provenance.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.provenance,data:data126};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data125.timestamp !== undefined){
let data127 = data125.timestamp;
if(typeof data127 === "string"){
if(!(formats12.test(data127))){
const err252 = {instancePath:instancePath+"/status/analysis/winnerAssessment/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.timestamp,data:data127};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
else {
const err253 = {instancePath:instancePath+"/status/analysis/winnerAssessment/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.timestamp.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.timestamp,data:data127};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data125.message !== undefined){
let data128 = data125.message;
if(typeof data128 !== "string"){
const err254 = {instancePath:instancePath+"/status/analysis/winnerAssessment/message",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.message.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.message,data:data128};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
if(data125.data !== undefined){
let data129 = data125.data;
if(data129 && typeof data129 == "object" && !Array.isArray(data129)){
if(data129.winnerFound === undefined){
const err255 = {instancePath:instancePath+"/status/analysis/winnerAssessment/data",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/required",keyword:"required",params:{missingProperty: "winnerFound"},message:"must have required property '"+"winnerFound"+"'",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.required,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data,data:data129};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
for(const key33 in data129){
if(!(((key33 === "winnerFound") || (key33 === "winner")) || (key33 === "bestVersions"))){
const err256 = {instancePath:instancePath+"/status/analysis/winnerAssessment/data",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data,data:data129};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data129.winnerFound !== undefined){
let data130 = data129.winnerFound;
if(typeof data130 !== "boolean"){
const err257 = {instancePath:instancePath+"/status/analysis/winnerAssessment/data/winnerFound",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/properties/winnerFound/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.winnerFound.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.winnerFound,data:data130};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data129.winner !== undefined){
let data131 = data129.winner;
if(typeof data131 !== "string"){
const err258 = {instancePath:instancePath+"/status/analysis/winnerAssessment/data/winner",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/properties/winner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.winner.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.winner,data:data131};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data129.bestVersions !== undefined){
let data132 = data129.bestVersions;
if(Array.isArray(data132)){
const len11 = data132.length;
for(let i11=0; i11<len11; i11++){
let data133 = data132[i11];
if(typeof data133 !== "string"){
const err259 = {instancePath:instancePath+"/status/analysis/winnerAssessment/data/bestVersions/" + i11,schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/properties/bestVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.bestVersions.items.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.bestVersions.items,data:data133};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
}
else {
const err260 = {instancePath:instancePath+"/status/analysis/winnerAssessment/data/bestVersions",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/properties/bestVersions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.bestVersions.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.bestVersions,data:data132};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
}
else {
const err261 = {instancePath:instancePath+"/status/analysis/winnerAssessment/data",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data,data:data129};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
}
else {
const err262 = {instancePath:instancePath+"/status/analysis/winnerAssessment",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment,data:data125};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
if(data106.versionAssessments !== undefined){
let data134 = data106.versionAssessments;
if(data134 && typeof data134 == "object" && !Array.isArray(data134)){
if(data134.provenance === undefined){
const err263 = {instancePath:instancePath+"/status/analysis/versionAssessments",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.required,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments,data:data134};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
if(data134.timestamp === undefined){
const err264 = {instancePath:instancePath+"/status/analysis/versionAssessments",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.required,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments,data:data134};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
if(data134.data === undefined){
const err265 = {instancePath:instancePath+"/status/analysis/versionAssessments",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.required,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments,data:data134};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
for(const key34 in data134){
if(!((((key34 === "provenance") || (key34 === "timestamp")) || (key34 === "message")) || (key34 === "data"))){
const err266 = {instancePath:instancePath+"/status/analysis/versionAssessments",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments,data:data134};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data134.provenance !== undefined){
let data135 = data134.provenance;
if(typeof data135 !== "string"){
const err267 = {instancePath:instancePath+"/status/analysis/versionAssessments/provenance",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.provenance.type,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.provenance,data:data135};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data134.timestamp !== undefined){
let data136 = data134.timestamp;
if(typeof data136 === "string"){
if(!(formats12.test(data136))){
const err268 = {instancePath:instancePath+"/status/analysis/versionAssessments/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.timestamp,data:data136};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
else {
const err269 = {instancePath:instancePath+"/status/analysis/versionAssessments/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.timestamp.type,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.timestamp,data:data136};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data134.message !== undefined){
let data137 = data134.message;
if(typeof data137 !== "string"){
const err270 = {instancePath:instancePath+"/status/analysis/versionAssessments/message",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.message.type,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.message,data:data137};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
if(data134.data !== undefined){
let data138 = data134.data;
if(data138 && typeof data138 == "object" && !Array.isArray(data138)){
for(const key35 in data138){
let data139 = data138[key35];
if(Array.isArray(data139)){
const len12 = data139.length;
for(let i12=0; i12<len12; i12++){
let data140 = data139[i12];
if(typeof data140 !== "boolean"){
const err271 = {instancePath:instancePath+"/status/analysis/versionAssessments/data/" + key35.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i12,schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/data/additionalProperties/items/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.data.additionalProperties.items.type,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.data.additionalProperties.items,data:data140};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
}
else {
const err272 = {instancePath:instancePath+"/status/analysis/versionAssessments/data/" + key35.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/data/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.data.additionalProperties.type,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.data.additionalProperties,data:data139};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
}
else {
const err273 = {instancePath:instancePath+"/status/analysis/versionAssessments/data",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.data.type,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.data,data:data138};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
}
else {
const err274 = {instancePath:instancePath+"/status/analysis/versionAssessments",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.type,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments,data:data134};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
if(data106.weights !== undefined){
let data141 = data106.weights;
if(data141 && typeof data141 == "object" && !Array.isArray(data141)){
if(data141.provenance === undefined){
const err275 = {instancePath:instancePath+"/status/analysis/weights",schemaPath:"#/properties/status/properties/analysis/properties/weights/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema11.properties.status.properties.analysis.properties.weights.required,parentSchema:schema11.properties.status.properties.analysis.properties.weights,data:data141};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
if(data141.timestamp === undefined){
const err276 = {instancePath:instancePath+"/status/analysis/weights",schemaPath:"#/properties/status/properties/analysis/properties/weights/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema11.properties.status.properties.analysis.properties.weights.required,parentSchema:schema11.properties.status.properties.analysis.properties.weights,data:data141};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
if(data141.data === undefined){
const err277 = {instancePath:instancePath+"/status/analysis/weights",schemaPath:"#/properties/status/properties/analysis/properties/weights/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema11.properties.status.properties.analysis.properties.weights.required,parentSchema:schema11.properties.status.properties.analysis.properties.weights,data:data141};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
for(const key36 in data141){
if(!((((key36 === "provenance") || (key36 === "timestamp")) || (key36 === "message")) || (key36 === "data"))){
const err278 = {instancePath:instancePath+"/status/analysis/weights",schemaPath:"#/properties/status/properties/analysis/properties/weights/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.weights,data:data141};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data141.provenance !== undefined){
let data142 = data141.provenance;
if(typeof data142 !== "string"){
const err279 = {instancePath:instancePath+"/status/analysis/weights/provenance",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.weights.properties.provenance.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.provenance,data:data142};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data141.timestamp !== undefined){
let data143 = data141.timestamp;
if(typeof data143 === "string"){
if(!(formats12.test(data143))){
const err280 = {instancePath:instancePath+"/status/analysis/weights/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.timestamp,data:data143};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
else {
const err281 = {instancePath:instancePath+"/status/analysis/weights/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.weights.properties.timestamp.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.timestamp,data:data143};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
if(data141.message !== undefined){
let data144 = data141.message;
if(typeof data144 !== "string"){
const err282 = {instancePath:instancePath+"/status/analysis/weights/message",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.weights.properties.message.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.message,data:data144};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data141.data !== undefined){
let data145 = data141.data;
if(Array.isArray(data145)){
const len13 = data145.length;
for(let i13=0; i13<len13; i13++){
let data146 = data145[i13];
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
if(data146.name === undefined){
const err283 = {instancePath:instancePath+"/status/analysis/weights/data/" + i13,schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.required,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items,data:data146};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
if(data146.value === undefined){
const err284 = {instancePath:instancePath+"/status/analysis/weights/data/" + i13,schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.required,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items,data:data146};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
for(const key37 in data146){
if(!((key37 === "name") || (key37 === "value"))){
const err285 = {instancePath:instancePath+"/status/analysis/weights/data/" + i13,schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items,data:data146};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data146.name !== undefined){
let data147 = data146.name;
if(typeof data147 !== "string"){
const err286 = {instancePath:instancePath+"/status/analysis/weights/data/" + i13+"/name",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.properties.name.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.properties.name,data:data147};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data146.value !== undefined){
let data148 = data146.value;
if(!(((typeof data148 == "number") && (!(data148 % 1) && !isNaN(data148))) && (isFinite(data148)))){
const err287 = {instancePath:instancePath+"/status/analysis/weights/data/" + i13+"/value",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.properties.value.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.properties.value,data:data148};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
if((typeof data148 == "number") && (isFinite(data148))){
if(!(formats0.validate(data148))){
const err288 = {instancePath:instancePath+"/status/analysis/weights/data/" + i13+"/value",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/properties/value/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.properties.value,data:data148};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
}
}
else {
const err289 = {instancePath:instancePath+"/status/analysis/weights/data/" + i13,schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items,data:data146};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
}
else {
const err290 = {instancePath:instancePath+"/status/analysis/weights/data",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.analysis.properties.weights.properties.data.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data,data:data145};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
}
else {
const err291 = {instancePath:instancePath+"/status/analysis/weights",schemaPath:"#/properties/status/properties/analysis/properties/weights/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.weights.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights,data:data141};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data106.comparisons !== undefined){
let data149 = data106.comparisons;
if(data149 && typeof data149 == "object" && !Array.isArray(data149)){
if(data149.provenance === undefined){
const err292 = {instancePath:instancePath+"/status/analysis/comparisons",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema11.properties.status.properties.analysis.properties.comparisons.required,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons,data:data149};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
if(data149.timestamp === undefined){
const err293 = {instancePath:instancePath+"/status/analysis/comparisons",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema11.properties.status.properties.analysis.properties.comparisons.required,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons,data:data149};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
if(data149.data === undefined){
const err294 = {instancePath:instancePath+"/status/analysis/comparisons",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema11.properties.status.properties.analysis.properties.comparisons.required,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons,data:data149};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
for(const key38 in data149){
if(!((((key38 === "provenance") || (key38 === "timestamp")) || (key38 === "message")) || (key38 === "data"))){
const err295 = {instancePath:instancePath+"/status/analysis/comparisons",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons,data:data149};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data149.provenance !== undefined){
let data150 = data149.provenance;
if(typeof data150 !== "string"){
const err296 = {instancePath:instancePath+"/status/analysis/comparisons/provenance",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.provenance.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.provenance,data:data150};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
if(data149.timestamp !== undefined){
let data151 = data149.timestamp;
if(typeof data151 === "string"){
if(!(formats12.test(data151))){
const err297 = {instancePath:instancePath+"/status/analysis/comparisons/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.timestamp,data:data151};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
else {
const err298 = {instancePath:instancePath+"/status/analysis/comparisons/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.timestamp.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.timestamp,data:data151};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(data149.message !== undefined){
let data152 = data149.message;
if(typeof data152 !== "string"){
const err299 = {instancePath:instancePath+"/status/analysis/comparisons/message",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.message.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.message,data:data152};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
if(data149.data !== undefined){
let data153 = data149.data;
if(Array.isArray(data153)){
const len14 = data153.length;
for(let i14=0; i14<len14; i14++){
let data154 = data153[i14];
if(data154 && typeof data154 == "object" && !Array.isArray(data154)){
if(data154.metric === undefined){
const err300 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14,schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.required,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items,data:data154};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
if(data154.version === undefined){
const err301 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14,schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.required,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items,data:data154};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
if(data154.reference === undefined){
const err302 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14,schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/required",keyword:"required",params:{missingProperty: "reference"},message:"must have required property '"+"reference"+"'",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.required,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items,data:data154};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
if(data154.minSamples === undefined){
const err303 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14,schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/required",keyword:"required",params:{missingProperty: "minSamples"},message:"must have required property '"+"minSamples"+"'",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.required,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items,data:data154};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
if(data154.confidence === undefined){
const err304 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14,schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.required,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items,data:data154};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
if(data154.verdict === undefined){
const err305 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14,schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.required,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items,data:data154};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
for(const key39 in data154){
if(!(func3.call(schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties, key39))){
const err306 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14,schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items,data:data154};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
if(data154.metric !== undefined){
let data155 = data154.metric;
if(typeof data155 !== "string"){
const err307 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/metric",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.metric.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.metric,data:data155};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
if(data154.version !== undefined){
let data156 = data154.version;
if(typeof data156 !== "string"){
const err308 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/version",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.version.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.version,data:data156};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
if(data154.reference !== undefined){
let data157 = data154.reference;
if(typeof data157 !== "string"){
const err309 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/reference",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.reference.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.reference,data:data157};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
if(data154.testedValue !== undefined){
let data158 = data154.testedValue;
const _errs398 = errors;
let valid80 = false;
const _errs399 = errors;
if(!(((typeof data158 == "number") && (!(data158 % 1) && !isNaN(data158))) && (isFinite(data158)))){
const err310 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/testedValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/testedValue/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.testedValue.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.testedValue.anyOf[0],data:data158};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
var _valid10 = _errs399 === errors;
valid80 = valid80 || _valid10;
if(!valid80){
const _errs401 = errors;
if(typeof data158 !== "string"){
const err311 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/testedValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/testedValue/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.testedValue.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.testedValue.anyOf[1],data:data158};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
var _valid10 = _errs401 === errors;
valid80 = valid80 || _valid10;
}
if(!valid80){
const err312 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/testedValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/testedValue/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.testedValue.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.testedValue,data:data158};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
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
if(typeof data158 === "string"){
if(!pattern0.test(data158)){
const err313 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/testedValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/testedValue/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.testedValue,data:data158};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
}
if(data154.referenceValue !== undefined){
let data159 = data154.referenceValue;
const _errs404 = errors;
let valid81 = false;
const _errs405 = errors;
if(!(((typeof data159 == "number") && (!(data159 % 1) && !isNaN(data159))) && (isFinite(data159)))){
const err314 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/referenceValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/referenceValue/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.referenceValue.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.referenceValue.anyOf[0],data:data159};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
var _valid11 = _errs405 === errors;
valid81 = valid81 || _valid11;
if(!valid81){
const _errs407 = errors;
if(typeof data159 !== "string"){
const err315 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/referenceValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/referenceValue/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.referenceValue.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.referenceValue.anyOf[1],data:data159};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
var _valid11 = _errs407 === errors;
valid81 = valid81 || _valid11;
}
if(!valid81){
const err316 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/referenceValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/referenceValue/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.referenceValue.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.referenceValue,data:data159};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
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
if(typeof data159 === "string"){
if(!pattern0.test(data159)){
const err317 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/referenceValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/referenceValue/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.referenceValue,data:data159};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
}
if(data154.ratio !== undefined){
let data160 = data154.ratio;
if(!((typeof data160 == "number") && (isFinite(data160)))){
const err318 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/ratio",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/ratio/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.ratio.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.ratio,data:data160};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data154.difference !== undefined){
let data161 = data154.difference;
if(!((typeof data161 == "number") && (isFinite(data161)))){
const err319 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/difference",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/difference/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.difference.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.difference,data:data161};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
if(data154.maxRatio !== undefined){
let data162 = data154.maxRatio;
const _errs414 = errors;
let valid82 = false;
const _errs415 = errors;
if(!(((typeof data162 == "number") && (!(data162 % 1) && !isNaN(data162))) && (isFinite(data162)))){
const err320 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxRatio",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxRatio/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.maxRatio.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.maxRatio.anyOf[0],data:data162};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
var _valid12 = _errs415 === errors;
valid82 = valid82 || _valid12;
if(!valid82){
const _errs417 = errors;
if(typeof data162 !== "string"){
const err321 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxRatio",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxRatio/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.maxRatio.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.maxRatio.anyOf[1],data:data162};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
var _valid12 = _errs417 === errors;
valid82 = valid82 || _valid12;
}
if(!valid82){
const err322 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxRatio",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxRatio/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.maxRatio.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.maxRatio,data:data162};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
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
if(typeof data162 === "string"){
if(!pattern0.test(data162)){
const err323 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxRatio",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxRatio/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.maxRatio,data:data162};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
}
if(data154.maxIncrease !== undefined){
let data163 = data154.maxIncrease;
const _errs420 = errors;
let valid83 = false;
const _errs421 = errors;
if(!(((typeof data163 == "number") && (!(data163 % 1) && !isNaN(data163))) && (isFinite(data163)))){
const err324 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxIncrease",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxIncrease/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.maxIncrease.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.maxIncrease.anyOf[0],data:data163};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
var _valid13 = _errs421 === errors;
valid83 = valid83 || _valid13;
if(!valid83){
const _errs423 = errors;
if(typeof data163 !== "string"){
const err325 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxIncrease",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxIncrease/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.maxIncrease.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.maxIncrease.anyOf[1],data:data163};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
var _valid13 = _errs423 === errors;
valid83 = valid83 || _valid13;
}
if(!valid83){
const err326 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxIncrease",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxIncrease/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.maxIncrease.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.maxIncrease,data:data163};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
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
if(typeof data163 === "string"){
if(!pattern0.test(data163)){
const err327 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/maxIncrease",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/maxIncrease/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.maxIncrease,data:data163};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
}
if(data154.testedSamples !== undefined){
let data164 = data154.testedSamples;
if((typeof data164 == "number") && (isFinite(data164))){
if(data164 < 0 || isNaN(data164)){
const err328 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/testedSamples",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/testedSamples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.testedSamples,data:data164};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
else {
const err329 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/testedSamples",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/testedSamples/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.testedSamples.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.testedSamples,data:data164};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
if(data154.referenceSamples !== undefined){
let data165 = data154.referenceSamples;
if((typeof data165 == "number") && (isFinite(data165))){
if(data165 < 0 || isNaN(data165)){
const err330 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/referenceSamples",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/referenceSamples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.referenceSamples,data:data165};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
else {
const err331 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/referenceSamples",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/referenceSamples/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.referenceSamples.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.referenceSamples,data:data165};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
if(data154.minSamples !== undefined){
let data166 = data154.minSamples;
if(!(((typeof data166 == "number") && (!(data166 % 1) && !isNaN(data166))) && (isFinite(data166)))){
const err332 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/minSamples",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/minSamples/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.minSamples.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.minSamples,data:data166};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
if((typeof data166 == "number") && (isFinite(data166))){
if(data166 < 1 || isNaN(data166)){
const err333 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/minSamples",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/minSamples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.minSamples,data:data166};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
if(!(formats0.validate(data166))){
const err334 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/minSamples",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/minSamples/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.minSamples,data:data166};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
}
if(data154.confidence !== undefined){
let data167 = data154.confidence;
const _errs432 = errors;
let valid84 = false;
const _errs433 = errors;
if(!(((typeof data167 == "number") && (!(data167 % 1) && !isNaN(data167))) && (isFinite(data167)))){
const err335 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/confidence",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/confidence/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.confidence.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.confidence.anyOf[0],data:data167};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
var _valid14 = _errs433 === errors;
valid84 = valid84 || _valid14;
if(!valid84){
const _errs435 = errors;
if(typeof data167 !== "string"){
const err336 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/confidence",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/confidence/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.confidence.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.confidence.anyOf[1],data:data167};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
var _valid14 = _errs435 === errors;
valid84 = valid84 || _valid14;
}
if(!valid84){
const err337 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/confidence",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/confidence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.confidence.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.confidence,data:data167};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
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
if(typeof data167 === "string"){
if(!pattern0.test(data167)){
const err338 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/confidence",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/confidence/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.confidence,data:data167};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
}
if(data154.test !== undefined){
let data168 = data154.test;
if(typeof data168 !== "string"){
const err339 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/test",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/test/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.test.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.test,data:data168};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
if(!((data168 === "mann-whitney") || (data168 === "two-proportion"))){
const err340 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/test",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/test/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.test.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.test.enum,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.test,data:data168};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data154.pValue !== undefined){
let data169 = data154.pValue;
if((typeof data169 == "number") && (isFinite(data169))){
if(data169 > 1 || isNaN(data169)){
const err341 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/pValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/pValue/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.pValue,data:data169};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
if(data169 < 0 || isNaN(data169)){
const err342 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/pValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/pValue/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.pValue,data:data169};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
else {
const err343 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/pValue",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/pValue/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.pValue.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.pValue,data:data169};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
if(data154.verdict !== undefined){
let data170 = data154.verdict;
if(typeof data170 !== "string"){
const err344 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/verdict",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.verdict.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.verdict,data:data170};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
if(!(((data170 === "satisfied") || (data170 === "violated")) || (data170 === "unavailable"))){
const err345 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/verdict",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.verdict.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.verdict.enum,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.verdict,data:data170};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
if(data154.reason !== undefined){
let data171 = data154.reason;
if(typeof data171 !== "string"){
const err346 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14+"/reason",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.reason.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.properties.reason,data:data171};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
}
else {
const err347 = {instancePath:instancePath+"/status/analysis/comparisons/data/" + i14,schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.items,data:data154};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
}
else {
const err348 = {instancePath:instancePath+"/status/analysis/comparisons/data",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons.properties.data,data:data153};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
}
else {
const err349 = {instancePath:instancePath+"/status/analysis/comparisons",schemaPath:"#/properties/status/properties/analysis/properties/comparisons/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.comparisons.type,parentSchema:schema11.properties.status.properties.analysis.properties.comparisons,data:data149};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
}
else {
const err350 = {instancePath:instancePath+"/status/analysis",schemaPath:"#/properties/status/properties/analysis/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.type,parentSchema:schema11.properties.status.properties.analysis,data:data106};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
if(data89.versionRecommendedForPromotion !== undefined){
let data172 = data89.versionRecommendedForPromotion;
if(typeof data172 !== "string"){
const err351 = {instancePath:instancePath+"/status/versionRecommendedForPromotion",schemaPath:"#/properties/status/properties/versionRecommendedForPromotion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.versionRecommendedForPromotion.type,parentSchema:schema11.properties.status.properties.versionRecommendedForPromotion,data:data172};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
if(data89.message !== undefined){
let data173 = data89.message;
if(typeof data173 !== "string"){
const err352 = {instancePath:instancePath+"/status/message",schemaPath:"#/properties/status/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.message.type,parentSchema:schema11.properties.status.properties.message,data:data173};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
if(data89.metrics !== undefined){
let data174 = data89.metrics;
if(Array.isArray(data174)){
const len15 = data174.length;
for(let i15=0; i15<len15; i15++){
let data175 = data174[i15];
if(data175 && typeof data175 == "object" && !Array.isArray(data175)){
if(data175.name === undefined){
const err353 = {instancePath:instancePath+"/status/metrics/" + i15,schemaPath:"#/properties/status/properties/metrics/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.status.properties.metrics.items.required,parentSchema:schema11.properties.status.properties.metrics.items,data:data175};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
if(data175.metricObj === undefined){
const err354 = {instancePath:instancePath+"/status/metrics/" + i15,schemaPath:"#/properties/status/properties/metrics/items/required",keyword:"required",params:{missingProperty: "metricObj"},message:"must have required property '"+"metricObj"+"'",schema:schema11.properties.status.properties.metrics.items.required,parentSchema:schema11.properties.status.properties.metrics.items,data:data175};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
for(const key40 in data175){
if(!((key40 === "name") || (key40 === "metricObj"))){
const err355 = {instancePath:instancePath+"/status/metrics/" + i15,schemaPath:"#/properties/status/properties/metrics/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metrics.items,data:data175};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
if(data175.name !== undefined){
let data176 = data175.name;
if(typeof data176 !== "string"){
const err356 = {instancePath:instancePath+"/status/metrics/" + i15+"/name",schemaPath:"#/properties/status/properties/metrics/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.name.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.name,data:data176};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
if(data175.metricObj !== undefined){
let data177 = data175.metricObj;
if(data177 && typeof data177 == "object" && !Array.isArray(data177)){
if(data177.apiVersion === undefined){
const err357 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj,data:data177};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
if(data177.kind === undefined){
const err358 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj,data:data177};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
if(data177.metadata === undefined){
const err359 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj,data:data177};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
if(data177.spec === undefined){
const err360 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj,data:data177};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
for(const key41 in data177){
if(!((((key41 === "apiVersion") || (key41 === "kind")) || (key41 === "metadata")) || (key41 === "spec"))){
const err361 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj,data:data177};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
if(data177.apiVersion !== undefined){
let data178 = data177.apiVersion;
if(typeof data178 !== "string"){
const err362 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/apiVersion",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.apiVersion.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.apiVersion,data:data178};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
if(data177.kind !== undefined){
let data179 = data177.kind;
if(typeof data179 !== "string"){
const err363 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/kind",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.kind.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.kind,data:data179};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
if(data177.metadata !== undefined){
let data180 = data177.metadata;
if(!(data180 && typeof data180 == "object" && !Array.isArray(data180))){
const err364 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/metadata",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.metadata.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.metadata,data:data180};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
if(data177.spec !== undefined){
let data181 = data177.spec;
if(data181 && typeof data181 == "object" && !Array.isArray(data181)){
for(const key42 in data181){
if(!(func3.call(schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties, key42))){
const err365 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec,data:data181};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
if(data181.description !== undefined){
let data182 = data181.description;
if(typeof data182 !== "string"){
const err366 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/description",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.description.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.description,data:data182};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
if(data181.units !== undefined){
let data183 = data181.units;
if(typeof data183 !== "string"){
const err367 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/units",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/units/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.units.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.units,data:data183};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
if(data181.type !== undefined){
let data184 = data181.type;
if(typeof data184 !== "string"){
const err368 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/type",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.type.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.type,data:data184};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
if(!((data184 === "Counter") || (data184 === "Gauge"))){
const err369 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/type",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.type.enum,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.type,data:data184};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
if(data181.sampleSize !== undefined){
let data185 = data181.sampleSize;
if(typeof data185 !== "string"){
const err370 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/sampleSize",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/sampleSize/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.sampleSize.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.sampleSize,data:data185};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
if(data181.provider !== undefined){
let data186 = data181.provider;
if(typeof data186 !== "string"){
const err371 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/provider",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.provider.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.provider,data:data186};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
if(data181.params !== undefined){
let data187 = data181.params;
if(Array.isArray(data187)){
const len16 = data187.length;
for(let i16=0; i16<len16; i16++){
let data188 = data187[i16];
if(data188 && typeof data188 == "object" && !Array.isArray(data188)){
if(data188.name === undefined){
const err372 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/params/" + i16,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items,data:data188};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
if(data188.value === undefined){
const err373 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/params/" + i16,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items,data:data188};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
for(const key43 in data188){
if(!((key43 === "name") || (key43 === "value"))){
const err374 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/params/" + i16,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items,data:data188};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
if(data188.name !== undefined){
let data189 = data188.name;
if(typeof data189 !== "string"){
const err375 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/params/" + i16+"/name",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items.properties.name.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items.properties.name,data:data189};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
if(data188.value !== undefined){
let data190 = data188.value;
if(typeof data190 !== "string"){
const err376 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/params/" + i16+"/value",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items.properties.value.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items.properties.value,data:data190};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
}
else {
const err377 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/params/" + i16,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items,data:data188};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
}
else {
const err378 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/params",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params,data:data187};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
if(data181.body !== undefined){
let data191 = data181.body;
if(typeof data191 !== "string"){
const err379 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/body",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.body.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.body,data:data191};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
if(data181.method !== undefined){
let data192 = data181.method;
if(typeof data192 !== "string"){
const err380 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/method",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.method.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.method,data:data192};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
if(!((data192 === "GET") || (data192 === "POST"))){
const err381 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/method",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/method/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.method.enum,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.method,data:data192};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
if(data181.authType !== undefined){
let data193 = data181.authType;
if(typeof data193 !== "string"){
const err382 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/authType",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/authType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.authType.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.authType,data:data193};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
if(!(((data193 === "Basic") || (data193 === "Bearer")) || (data193 === "APIKey"))){
const err383 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/authType",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/authType/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.authType.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.authType.enum,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.authType,data:data193};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
}
if(data181.secret !== undefined){
let data194 = data181.secret;
if(typeof data194 !== "string"){
const err384 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/secret",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.secret.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.secret,data:data194};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
if(data181.headerTemplates !== undefined){
let data195 = data181.headerTemplates;
if(Array.isArray(data195)){
const len17 = data195.length;
for(let i17=0; i17<len17; i17++){
let data196 = data195[i17];
if(data196 && typeof data196 == "object" && !Array.isArray(data196)){
if(data196.name === undefined){
const err385 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/headerTemplates/" + i17,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items,data:data196};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
if(data196.value === undefined){
const err386 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/headerTemplates/" + i17,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items,data:data196};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
for(const key44 in data196){
if(!((key44 === "name") || (key44 === "value"))){
const err387 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/headerTemplates/" + i17,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items,data:data196};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
if(data196.name !== undefined){
let data197 = data196.name;
if(typeof data197 !== "string"){
const err388 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/headerTemplates/" + i17+"/name",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items.properties.name.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items.properties.name,data:data197};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
if(data196.value !== undefined){
let data198 = data196.value;
if(typeof data198 !== "string"){
const err389 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/headerTemplates/" + i17+"/value",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items.properties.value.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items.properties.value,data:data198};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
}
else {
const err390 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/headerTemplates/" + i17,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items,data:data196};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
}
else {
const err391 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/headerTemplates",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates,data:data195};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
if(data181.urlTemplate !== undefined){
let data199 = data181.urlTemplate;
if(typeof data199 !== "string"){
const err392 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/urlTemplate",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/urlTemplate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.urlTemplate.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.urlTemplate,data:data199};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
if(data181.jqExpression !== undefined){
let data200 = data181.jqExpression;
if(typeof data200 !== "string"){
const err393 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/jqExpression",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/jqExpression/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.jqExpression.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.jqExpression,data:data200};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
if(data181.mock !== undefined){
let data201 = data181.mock;
if(Array.isArray(data201)){
const len18 = data201.length;
for(let i18=0; i18<len18; i18++){
let data202 = data201[i18];
if(data202 && typeof data202 == "object" && !Array.isArray(data202)){
if(data202.name === undefined){
const err394 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items,data:data202};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
if(data202.level === undefined){
const err395 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items,data:data202};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
for(const key45 in data202){
if(!((key45 === "name") || (key45 === "level"))){
const err396 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items,data:data202};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
if(data202.name !== undefined){
let data203 = data202.name;
if(typeof data203 !== "string"){
const err397 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18+"/name",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.name.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.name,data:data203};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
if(data202.level !== undefined){
let data204 = data202.level;
const _errs516 = errors;
let valid99 = false;
const _errs517 = errors;
if(!(((typeof data204 == "number") && (!(data204 % 1) && !isNaN(data204))) && (isFinite(data204)))){
const err398 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18+"/level",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/level/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.level.anyOf[0].type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.level.anyOf[0],data:data204};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
var _valid15 = _errs517 === errors;
valid99 = valid99 || _valid15;
if(!valid99){
const _errs519 = errors;
if(typeof data204 !== "string"){
const err399 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18+"/level",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/level/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.level.anyOf[1].type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.level.anyOf[1],data:data204};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
var _valid15 = _errs519 === errors;
valid99 = valid99 || _valid15;
}
if(!valid99){
const err400 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18+"/level",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/level/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.level.anyOf,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.level,data:data204};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
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
if(typeof data204 === "string"){
if(!pattern0.test(data204)){
const err401 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18+"/level",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/level/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.level,data:data204};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
}
}
else {
const err402 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock/" + i18,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items,data:data202};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
}
else {
const err403 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/mock",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock,data:data201};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
if(data181.comparison !== undefined){
let data205 = data181.comparison;
if(data205 && typeof data205 == "object" && !Array.isArray(data205)){
if(data205.kind === undefined){
const err404 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/comparison",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/comparison/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.comparison.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.comparison,data:data205};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
for(const key46 in data205){
if(!((key46 === "kind") || (key46 === "bucketQuery"))){
const err405 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/comparison",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/comparison/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.comparison,data:data205};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
}
if(data205.kind !== undefined){
let data206 = data205.kind;
if(typeof data206 !== "string"){
const err406 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/comparison/kind",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/comparison/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.comparison.properties.kind.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.comparison.properties.kind,data:data206};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
if(!((data206 === "distribution") || (data206 === "proportion"))){
const err407 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/comparison/kind",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/comparison/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.comparison.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.comparison.properties.kind.enum,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.comparison.properties.kind,data:data206};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
if(data205.bucketQuery !== undefined){
let data207 = data205.bucketQuery;
if(typeof data207 !== "string"){
const err408 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/comparison/bucketQuery",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/comparison/properties/bucketQuery/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.comparison.properties.bucketQuery.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.comparison.properties.bucketQuery,data:data207};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
}
else {
const err409 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec/comparison",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/comparison/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.comparison.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.comparison,data:data205};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
}
else {
const err410 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj/spec",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec,data:data181};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
}
else {
const err411 = {instancePath:instancePath+"/status/metrics/" + i15+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj,data:data177};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
}
else {
const err412 = {instancePath:instancePath+"/status/metrics/" + i15,schemaPath:"#/properties/status/properties/metrics/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.type,parentSchema:schema11.properties.status.properties.metrics.items,data:data175};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
}
}
else {
const err413 = {instancePath:instancePath+"/status/metrics",schemaPath:"#/properties/status/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.metrics.type,parentSchema:schema11.properties.status.properties.metrics,data:data174};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
if(data89.metricErrors !== undefined){
let data208 = data89.metricErrors;
if(data208 && typeof data208 == "object" && !Array.isArray(data208)){
if(data208.consecutive === undefined){
const err414 = {instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/required",keyword:"required",params:{missingProperty: "consecutive"},message:"must have required property '"+"consecutive"+"'",schema:schema11.properties.status.properties.metricErrors.required,parentSchema:schema11.properties.status.properties.metricErrors,data:data208};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
if(data208.metric === undefined){
const err415 = {instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.status.properties.metricErrors.required,parentSchema:schema11.properties.status.properties.metricErrors,data:data208};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
if(data208.message === undefined){
const err416 = {instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema11.properties.status.properties.metricErrors.required,parentSchema:schema11.properties.status.properties.metricErrors,data:data208};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
if(data208.time === undefined){
const err417 = {instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema11.properties.status.properties.metricErrors.required,parentSchema:schema11.properties.status.properties.metricErrors,data:data208};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
for(const key47 in data208){
if(!(((((key47 === "consecutive") || (key47 === "metric")) || (key47 === "version")) || (key47 === "message")) || (key47 === "time"))){
const err418 = {instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metricErrors,data:data208};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
if(data208.consecutive !== undefined){
let data209 = data208.consecutive;
if(!(((typeof data209 == "number") && (!(data209 % 1) && !isNaN(data209))) && (isFinite(data209)))){
const err419 = {instancePath:instancePath+"/status/metricErrors/consecutive",schemaPath:"#/properties/status/properties/metricErrors/properties/consecutive/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.metricErrors.properties.consecutive.type,parentSchema:schema11.properties.status.properties.metricErrors.properties.consecutive,data:data209};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
if((typeof data209 == "number") && (isFinite(data209))){
if(data209 < 0 || isNaN(data209)){
const err420 = {instancePath:instancePath+"/status/metricErrors/consecutive",schemaPath:"#/properties/status/properties/metricErrors/properties/consecutive/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.status.properties.metricErrors.properties.consecutive,data:data209};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
if(!(formats0.validate(data209))){
const err421 = {instancePath:instancePath+"/status/metricErrors/consecutive",schemaPath:"#/properties/status/properties/metricErrors/properties/consecutive/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.status.properties.metricErrors.properties.consecutive,data:data209};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
}
if(data208.metric !== undefined){
let data210 = data208.metric;
if(typeof data210 !== "string"){
const err422 = {instancePath:instancePath+"/status/metricErrors/metric",schemaPath:"#/properties/status/properties/metricErrors/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metricErrors.properties.metric.type,parentSchema:schema11.properties.status.properties.metricErrors.properties.metric,data:data210};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
if(data208.version !== undefined){
let data211 = data208.version;
if(typeof data211 !== "string"){
const err423 = {instancePath:instancePath+"/status/metricErrors/version",schemaPath:"#/properties/status/properties/metricErrors/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metricErrors.properties.version.type,parentSchema:schema11.properties.status.properties.metricErrors.properties.version,data:data211};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
if(data208.message !== undefined){
let data212 = data208.message;
if(typeof data212 !== "string"){
const err424 = {instancePath:instancePath+"/status/metricErrors/message",schemaPath:"#/properties/status/properties/metricErrors/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metricErrors.properties.message.type,parentSchema:schema11.properties.status.properties.metricErrors.properties.message,data:data212};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
if(data208.time !== undefined){
let data213 = data208.time;
if(typeof data213 === "string"){
if(!(formats12.test(data213))){
const err425 = {instancePath:instancePath+"/status/metricErrors/time",schemaPath:"#/properties/status/properties/metricErrors/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.metricErrors.properties.time,data:data213};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
}
else {
const err426 = {instancePath:instancePath+"/status/metricErrors/time",schemaPath:"#/properties/status/properties/metricErrors/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metricErrors.properties.time.type,parentSchema:schema11.properties.status.properties.metricErrors.properties.time,data:data213};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
}
}
else {
const err427 = {instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metricErrors.type,parentSchema:schema11.properties.status.properties.metricErrors,data:data208};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
}
if(data89.history !== undefined){
let data214 = data89.history;
if(Array.isArray(data214)){
if(data214.length > 100){
const err428 = {instancePath:instancePath+"/status/history",schemaPath:"#/properties/status/properties/history/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema11.properties.status.properties.history,data:data214};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
const len19 = data214.length;
for(let i19=0; i19<len19; i19++){
let data215 = data214[i19];
if(data215 && typeof data215 == "object" && !Array.isArray(data215)){
if(data215.iteration === undefined){
const err429 = {instancePath:instancePath+"/status/history/" + i19,schemaPath:"#/properties/status/properties/history/items/required",keyword:"required",params:{missingProperty: "iteration"},message:"must have required property '"+"iteration"+"'",schema:schema11.properties.status.properties.history.items.required,parentSchema:schema11.properties.status.properties.history.items,data:data215};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
if(data215.time === undefined){
const err430 = {instancePath:instancePath+"/status/history/" + i19,schemaPath:"#/properties/status/properties/history/items/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema11.properties.status.properties.history.items.required,parentSchema:schema11.properties.status.properties.history.items,data:data215};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
if(data215.values === undefined){
const err431 = {instancePath:instancePath+"/status/history/" + i19,schemaPath:"#/properties/status/properties/history/items/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'",schema:schema11.properties.status.properties.history.items.required,parentSchema:schema11.properties.status.properties.history.items,data:data215};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
for(const key48 in data215){
if(!((((key48 === "iteration") || (key48 === "time")) || (key48 === "values")) || (key48 === "comparisons"))){
const err432 = {instancePath:instancePath+"/status/history/" + i19,schemaPath:"#/properties/status/properties/history/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.history.items,data:data215};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
if(data215.iteration !== undefined){
let data216 = data215.iteration;
if(!(((typeof data216 == "number") && (!(data216 % 1) && !isNaN(data216))) && (isFinite(data216)))){
const err433 = {instancePath:instancePath+"/status/history/" + i19+"/iteration",schemaPath:"#/properties/status/properties/history/items/properties/iteration/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.history.items.properties.iteration.type,parentSchema:schema11.properties.status.properties.history.items.properties.iteration,data:data216};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
if((typeof data216 == "number") && (isFinite(data216))){
if(data216 < 1 || isNaN(data216)){
const err434 = {instancePath:instancePath+"/status/history/" + i19+"/iteration",schemaPath:"#/properties/status/properties/history/items/properties/iteration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.status.properties.history.items.properties.iteration,data:data216};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
if(!(formats0.validate(data216))){
const err435 = {instancePath:instancePath+"/status/history/" + i19+"/iteration",schemaPath:"#/properties/status/properties/history/items/properties/iteration/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.status.properties.history.items.properties.iteration,data:data216};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
}
if(data215.time !== undefined){
let data217 = data215.time;
if(typeof data217 === "string"){
if(!(formats12.test(data217))){
const err436 = {instancePath:instancePath+"/status/history/" + i19+"/time",schemaPath:"#/properties/status/properties/history/items/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.history.items.properties.time,data:data217};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
else {
const err437 = {instancePath:instancePath+"/status/history/" + i19+"/time",schemaPath:"#/properties/status/properties/history/items/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.history.items.properties.time.type,parentSchema:schema11.properties.status.properties.history.items.properties.time,data:data217};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
}
if(data215.values !== undefined){
let data218 = data215.values;
if(data218 && typeof data218 == "object" && !Array.isArray(data218)){
for(const key49 in data218){
let data219 = data218[key49];
if(data219 && typeof data219 == "object" && !Array.isArray(data219)){
for(const key50 in data219){
let data220 = data219[key50];
const _errs557 = errors;
let valid107 = false;
const _errs558 = errors;
if(!(((typeof data220 == "number") && (!(data220 % 1) && !isNaN(data220))) && (isFinite(data220)))){
const err438 = {instancePath:instancePath+"/status/history/" + i19+"/values/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.additionalProperties.anyOf[0].type,parentSchema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.additionalProperties.anyOf[0],data:data220};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
var _valid16 = _errs558 === errors;
valid107 = valid107 || _valid16;
if(!valid107){
const _errs560 = errors;
if(typeof data220 !== "string"){
const err439 = {instancePath:instancePath+"/status/history/" + i19+"/values/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.additionalProperties.anyOf[1].type,parentSchema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.additionalProperties.anyOf[1],data:data220};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
var _valid16 = _errs560 === errors;
valid107 = valid107 || _valid16;
}
if(!valid107){
const err440 = {instancePath:instancePath+"/status/history/" + i19+"/values/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.additionalProperties.anyOf,parentSchema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.additionalProperties,data:data220};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
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
if(typeof data220 === "string"){
if(!pattern0.test(data220)){
const err441 = {instancePath:instancePath+"/status/history/" + i19+"/values/" + key49.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.additionalProperties,data:data220};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
}
}
else {
const err442 = {instancePath:instancePath+"/status/history/" + i19+"/values/" + key49.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.type,parentSchema:schema11.properties.status.properties.history.items.properties.values.additionalProperties,data:data219};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
}
else {
const err443 = {instancePath:instancePath+"/status/history/" + i19+"/values",schemaPath:"#/properties/status/properties/history/items/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.history.items.properties.values.type,parentSchema:schema11.properties.status.properties.history.items.properties.values,data:data218};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
if(data215.comparisons !== undefined){
let data221 = data215.comparisons;
if(Array.isArray(data221)){
const len20 = data221.length;
for(let i20=0; i20<len20; i20++){
let data222 = data221[i20];
if(data222 && typeof data222 == "object" && !Array.isArray(data222)){
if(data222.metric === undefined){
const err444 = {instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20,schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.required,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items,data:data222};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
if(data222.version === undefined){
const err445 = {instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20,schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.required,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items,data:data222};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
if(data222.verdict === undefined){
const err446 = {instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20,schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.required,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items,data:data222};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
for(const key51 in data222){
if(!(((((key51 === "metric") || (key51 === "version")) || (key51 === "verdict")) || (key51 === "ratio")) || (key51 === "difference"))){
const err447 = {instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20,schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items,data:data222};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
}
if(data222.metric !== undefined){
let data223 = data222.metric;
if(typeof data223 !== "string"){
const err448 = {instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20+"/metric",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.metric.type,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.metric,data:data223};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
}
if(data222.version !== undefined){
let data224 = data222.version;
if(typeof data224 !== "string"){
const err449 = {instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20+"/version",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.version.type,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.version,data:data224};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
if(data222.verdict !== undefined){
let data225 = data222.verdict;
if(typeof data225 !== "string"){
const err450 = {instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20+"/verdict",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.verdict.type,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.verdict,data:data225};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
if(!(((data225 === "satisfied") || (data225 === "violated")) || (data225 === "unavailable"))){
const err451 = {instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20+"/verdict",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.history.items.properties.comparisons.items.properties.verdict.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.verdict.enum,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.verdict,data:data225};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
if(data222.ratio !== undefined){
let data226 = data222.ratio;
if(!((typeof data226 == "number") && (isFinite(data226)))){
const err452 = {instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20+"/ratio",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/ratio/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.ratio.type,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.ratio,data:data226};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
}
if(data222.difference !== undefined){
let data227 = data222.difference;
if(!((typeof data227 == "number") && (isFinite(data227)))){
const err453 = {instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20+"/difference",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/difference/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.difference.type,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.difference,data:data227};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
}
else {
const err454 = {instancePath:instancePath+"/status/history/" + i19+"/comparisons/" + i20,schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.type,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items,data:data222};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
}
}
else {
const err455 = {instancePath:instancePath+"/status/history/" + i19+"/comparisons",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.history.items.properties.comparisons.type,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons,data:data221};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
}
else {
const err456 = {instancePath:instancePath+"/status/history/" + i19,schemaPath:"#/properties/status/properties/history/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.history.items.type,parentSchema:schema11.properties.status.properties.history.items,data:data215};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
}
}
else {
const err457 = {instancePath:instancePath+"/status/history",schemaPath:"#/properties/status/properties/history/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.history.type,parentSchema:schema11.properties.status.properties.history,data:data214};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
}
}
else {
const err458 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.type,parentSchema:schema11.properties.status,data:data89};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
}
else {
const err459 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const metric = validate11;
const schema12 = {"type":"object","description":"Metric is an Iter8 metric definition (iter8.tools/v2alpha2).","required":["spec"],"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"type":"object","description":"How to query one metric for each version.","properties":{"description":{"type":"string","description":"Informational."},"units":{"type":"string","description":"Informational; shown as \"name (units)\"."},"type":{"type":"string","enum":["Counter","Gauge"],"description":"Counter or Gauge (informational, except for mocks).","default":"Gauge"},"sampleSize":{"type":"string","description":"Reference (name or namespace/name) to the counter metric giving the sample size."},"provider":{"type":"string","description":"Informational; \"iter8\" marks a builtin metric that is not fetched over HTTP."},"params":{"type":"array","description":"HTTP query parameters.","items":{"type":"object","description":"HTTP query parameter; the value is a template.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"body":{"type":"string","description":"POST body template; interpolated and then parsed as JSON."},"method":{"type":"string","enum":["GET","POST"],"description":"HTTP method.","default":"GET"},"authType":{"type":"string","enum":["Basic","Bearer","APIKey"],"description":"HTTP authentication, with credentials from `secret`."},"secret":{"type":"string","description":"Kubernetes secret (name or namespace/name) holding credentials and template data."},"headerTemplates":{"type":"array","description":"HTTP headers.","items":{"type":"object","description":"HTTP header; the value is a template.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"urlTemplate":{"type":"string","description":"URL of the metrics backend."},"jqExpression":{"type":"string","description":"jq program whose first output is the metric value."},"mock":{"type":"array","description":"Fake values instead of HTTP queries.","items":{"type":"object","description":"Mocked level of one version.","required":["name","level"],"properties":{"name":{"type":"string","description":"Version name."},"level":{"description":"Mean (gauge) or rate (counter).","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}},"additionalProperties":false}},"comparison":{"type":"object","description":"iter8fn: how comparisons test this metric for significance.","required":["kind"],"properties":{"kind":{"type":"string","enum":["distribution","proportion"],"description":"distribution: rank test on histogram buckets (needs bucketQuery); proportion: the value is a share of sampleSize."},"bucketQuery":{"type":"string","description":"PromQL template answering one series per `le` label, each the cumulative count over the window."}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spec === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.apiVersion.type,parentSchema:schema12.properties.apiVersion,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.kind.type,parentSchema:schema12.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err4 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.metadata.type,parentSchema:schema12.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.spec !== undefined){
let data3 = data.spec;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(func3.call(schema12.properties.spec.properties, key1))){
const err5 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data3.description !== undefined){
let data4 = data3.description;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/spec/description",schemaPath:"#/properties/spec/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.description.type,parentSchema:schema12.properties.spec.properties.description,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data3.units !== undefined){
let data5 = data3.units;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/spec/units",schemaPath:"#/properties/spec/properties/units/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.units.type,parentSchema:schema12.properties.spec.properties.units,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.type !== undefined){
let data6 = data3.type;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/spec/type",schemaPath:"#/properties/spec/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.type.type,parentSchema:schema12.properties.spec.properties.type,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data6 === "Counter") || (data6 === "Gauge"))){
const err9 = {instancePath:instancePath+"/spec/type",schemaPath:"#/properties/spec/properties/type/enum",keyword:"enum",params:{allowedValues: schema12.properties.spec.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.spec.properties.type.enum,parentSchema:schema12.properties.spec.properties.type,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.sampleSize !== undefined){
let data7 = data3.sampleSize;
if(typeof data7 !== "string"){
const err10 = {instancePath:instancePath+"/spec/sampleSize",schemaPath:"#/properties/spec/properties/sampleSize/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.sampleSize.type,parentSchema:schema12.properties.spec.properties.sampleSize,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.provider !== undefined){
let data8 = data3.provider;
if(typeof data8 !== "string"){
const err11 = {instancePath:instancePath+"/spec/provider",schemaPath:"#/properties/spec/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.provider.type,parentSchema:schema12.properties.spec.properties.provider,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.params !== undefined){
let data9 = data3.params;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.name === undefined){
const err12 = {instancePath:instancePath+"/spec/params/" + i0,schemaPath:"#/properties/spec/properties/params/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema12.properties.spec.properties.params.items.required,parentSchema:schema12.properties.spec.properties.params.items,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data10.value === undefined){
const err13 = {instancePath:instancePath+"/spec/params/" + i0,schemaPath:"#/properties/spec/properties/params/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema12.properties.spec.properties.params.items.required,parentSchema:schema12.properties.spec.properties.params.items,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key2 in data10){
if(!((key2 === "name") || (key2 === "value"))){
const err14 = {instancePath:instancePath+"/spec/params/" + i0,schemaPath:"#/properties/spec/properties/params/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.spec.properties.params.items,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data10.name !== undefined){
let data11 = data10.name;
if(typeof data11 !== "string"){
const err15 = {instancePath:instancePath+"/spec/params/" + i0+"/name",schemaPath:"#/properties/spec/properties/params/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.params.items.properties.name.type,parentSchema:schema12.properties.spec.properties.params.items.properties.name,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data10.value !== undefined){
let data12 = data10.value;
if(typeof data12 !== "string"){
const err16 = {instancePath:instancePath+"/spec/params/" + i0+"/value",schemaPath:"#/properties/spec/properties/params/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.params.items.properties.value.type,parentSchema:schema12.properties.spec.properties.params.items.properties.value,data:data12};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/spec/params/" + i0,schemaPath:"#/properties/spec/properties/params/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.spec.properties.params.items.type,parentSchema:schema12.properties.spec.properties.params.items,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/spec/params",schemaPath:"#/properties/spec/properties/params/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.spec.properties.params.type,parentSchema:schema12.properties.spec.properties.params,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.body !== undefined){
let data13 = data3.body;
if(typeof data13 !== "string"){
const err19 = {instancePath:instancePath+"/spec/body",schemaPath:"#/properties/spec/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.body.type,parentSchema:schema12.properties.spec.properties.body,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.method !== undefined){
let data14 = data3.method;
if(typeof data14 !== "string"){
const err20 = {instancePath:instancePath+"/spec/method",schemaPath:"#/properties/spec/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.method.type,parentSchema:schema12.properties.spec.properties.method,data:data14};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((data14 === "GET") || (data14 === "POST"))){
const err21 = {instancePath:instancePath+"/spec/method",schemaPath:"#/properties/spec/properties/method/enum",keyword:"enum",params:{allowedValues: schema12.properties.spec.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.spec.properties.method.enum,parentSchema:schema12.properties.spec.properties.method,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.authType !== undefined){
let data15 = data3.authType;
if(typeof data15 !== "string"){
const err22 = {instancePath:instancePath+"/spec/authType",schemaPath:"#/properties/spec/properties/authType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.authType.type,parentSchema:schema12.properties.spec.properties.authType,data:data15};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((data15 === "Basic") || (data15 === "Bearer")) || (data15 === "APIKey"))){
const err23 = {instancePath:instancePath+"/spec/authType",schemaPath:"#/properties/spec/properties/authType/enum",keyword:"enum",params:{allowedValues: schema12.properties.spec.properties.authType.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.spec.properties.authType.enum,parentSchema:schema12.properties.spec.properties.authType,data:data15};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data3.secret !== undefined){
let data16 = data3.secret;
if(typeof data16 !== "string"){
const err24 = {instancePath:instancePath+"/spec/secret",schemaPath:"#/properties/spec/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.secret.type,parentSchema:schema12.properties.spec.properties.secret,data:data16};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data3.headerTemplates !== undefined){
let data17 = data3.headerTemplates;
if(Array.isArray(data17)){
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
let data18 = data17[i1];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.name === undefined){
const err25 = {instancePath:instancePath+"/spec/headerTemplates/" + i1,schemaPath:"#/properties/spec/properties/headerTemplates/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema12.properties.spec.properties.headerTemplates.items.required,parentSchema:schema12.properties.spec.properties.headerTemplates.items,data:data18};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data18.value === undefined){
const err26 = {instancePath:instancePath+"/spec/headerTemplates/" + i1,schemaPath:"#/properties/spec/properties/headerTemplates/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema12.properties.spec.properties.headerTemplates.items.required,parentSchema:schema12.properties.spec.properties.headerTemplates.items,data:data18};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key3 in data18){
if(!((key3 === "name") || (key3 === "value"))){
const err27 = {instancePath:instancePath+"/spec/headerTemplates/" + i1,schemaPath:"#/properties/spec/properties/headerTemplates/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.spec.properties.headerTemplates.items,data:data18};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data18.name !== undefined){
let data19 = data18.name;
if(typeof data19 !== "string"){
const err28 = {instancePath:instancePath+"/spec/headerTemplates/" + i1+"/name",schemaPath:"#/properties/spec/properties/headerTemplates/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.headerTemplates.items.properties.name.type,parentSchema:schema12.properties.spec.properties.headerTemplates.items.properties.name,data:data19};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data18.value !== undefined){
let data20 = data18.value;
if(typeof data20 !== "string"){
const err29 = {instancePath:instancePath+"/spec/headerTemplates/" + i1+"/value",schemaPath:"#/properties/spec/properties/headerTemplates/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.headerTemplates.items.properties.value.type,parentSchema:schema12.properties.spec.properties.headerTemplates.items.properties.value,data:data20};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/spec/headerTemplates/" + i1,schemaPath:"#/properties/spec/properties/headerTemplates/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.spec.properties.headerTemplates.items.type,parentSchema:schema12.properties.spec.properties.headerTemplates.items,data:data18};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/spec/headerTemplates",schemaPath:"#/properties/spec/properties/headerTemplates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.spec.properties.headerTemplates.type,parentSchema:schema12.properties.spec.properties.headerTemplates,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data3.urlTemplate !== undefined){
let data21 = data3.urlTemplate;
if(typeof data21 !== "string"){
const err32 = {instancePath:instancePath+"/spec/urlTemplate",schemaPath:"#/properties/spec/properties/urlTemplate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.urlTemplate.type,parentSchema:schema12.properties.spec.properties.urlTemplate,data:data21};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data3.jqExpression !== undefined){
let data22 = data3.jqExpression;
if(typeof data22 !== "string"){
const err33 = {instancePath:instancePath+"/spec/jqExpression",schemaPath:"#/properties/spec/properties/jqExpression/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.jqExpression.type,parentSchema:schema12.properties.spec.properties.jqExpression,data:data22};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data3.mock !== undefined){
let data23 = data3.mock;
if(Array.isArray(data23)){
const len2 = data23.length;
for(let i2=0; i2<len2; i2++){
let data24 = data23[i2];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.name === undefined){
const err34 = {instancePath:instancePath+"/spec/mock/" + i2,schemaPath:"#/properties/spec/properties/mock/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema12.properties.spec.properties.mock.items.required,parentSchema:schema12.properties.spec.properties.mock.items,data:data24};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data24.level === undefined){
const err35 = {instancePath:instancePath+"/spec/mock/" + i2,schemaPath:"#/properties/spec/properties/mock/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema12.properties.spec.properties.mock.items.required,parentSchema:schema12.properties.spec.properties.mock.items,data:data24};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key4 in data24){
if(!((key4 === "name") || (key4 === "level"))){
const err36 = {instancePath:instancePath+"/spec/mock/" + i2,schemaPath:"#/properties/spec/properties/mock/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.spec.properties.mock.items,data:data24};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data24.name !== undefined){
let data25 = data24.name;
if(typeof data25 !== "string"){
const err37 = {instancePath:instancePath+"/spec/mock/" + i2+"/name",schemaPath:"#/properties/spec/properties/mock/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.mock.items.properties.name.type,parentSchema:schema12.properties.spec.properties.mock.items.properties.name,data:data25};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data24.level !== undefined){
let data26 = data24.level;
const _errs59 = errors;
let valid11 = false;
const _errs60 = errors;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err38 = {instancePath:instancePath+"/spec/mock/" + i2+"/level",schemaPath:"#/properties/spec/properties/mock/items/properties/level/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.spec.properties.mock.items.properties.level.anyOf[0].type,parentSchema:schema12.properties.spec.properties.mock.items.properties.level.anyOf[0],data:data26};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid0 = _errs60 === errors;
valid11 = valid11 || _valid0;
if(!valid11){
const _errs62 = errors;
if(typeof data26 !== "string"){
const err39 = {instancePath:instancePath+"/spec/mock/" + i2+"/level",schemaPath:"#/properties/spec/properties/mock/items/properties/level/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.mock.items.properties.level.anyOf[1].type,parentSchema:schema12.properties.spec.properties.mock.items.properties.level.anyOf[1],data:data26};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid0 = _errs62 === errors;
valid11 = valid11 || _valid0;
}
if(!valid11){
const err40 = {instancePath:instancePath+"/spec/mock/" + i2+"/level",schemaPath:"#/properties/spec/properties/mock/items/properties/level/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema12.properties.spec.properties.mock.items.properties.level.anyOf,parentSchema:schema12.properties.spec.properties.mock.items.properties.level,data:data26};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
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
if(typeof data26 === "string"){
if(!pattern0.test(data26)){
const err41 = {instancePath:instancePath+"/spec/mock/" + i2+"/level",schemaPath:"#/properties/spec/properties/mock/items/properties/level/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema12.properties.spec.properties.mock.items.properties.level,data:data26};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
}
else {
const err42 = {instancePath:instancePath+"/spec/mock/" + i2,schemaPath:"#/properties/spec/properties/mock/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.spec.properties.mock.items.type,parentSchema:schema12.properties.spec.properties.mock.items,data:data24};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/spec/mock",schemaPath:"#/properties/spec/properties/mock/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.spec.properties.mock.type,parentSchema:schema12.properties.spec.properties.mock,data:data23};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data3.comparison !== undefined){
let data27 = data3.comparison;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.kind === undefined){
const err44 = {instancePath:instancePath+"/spec/comparison",schemaPath:"#/properties/spec/properties/comparison/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema12.properties.spec.properties.comparison.required,parentSchema:schema12.properties.spec.properties.comparison,data:data27};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key5 in data27){
if(!((key5 === "kind") || (key5 === "bucketQuery"))){
const err45 = {instancePath:instancePath+"/spec/comparison",schemaPath:"#/properties/spec/properties/comparison/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.spec.properties.comparison,data:data27};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data27.kind !== undefined){
let data28 = data27.kind;
if(typeof data28 !== "string"){
const err46 = {instancePath:instancePath+"/spec/comparison/kind",schemaPath:"#/properties/spec/properties/comparison/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.comparison.properties.kind.type,parentSchema:schema12.properties.spec.properties.comparison.properties.kind,data:data28};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!((data28 === "distribution") || (data28 === "proportion"))){
const err47 = {instancePath:instancePath+"/spec/comparison/kind",schemaPath:"#/properties/spec/properties/comparison/properties/kind/enum",keyword:"enum",params:{allowedValues: schema12.properties.spec.properties.comparison.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.spec.properties.comparison.properties.kind.enum,parentSchema:schema12.properties.spec.properties.comparison.properties.kind,data:data28};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data27.bucketQuery !== undefined){
let data29 = data27.bucketQuery;
if(typeof data29 !== "string"){
const err48 = {instancePath:instancePath+"/spec/comparison/bucketQuery",schemaPath:"#/properties/spec/properties/comparison/properties/bucketQuery/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.spec.properties.comparison.properties.bucketQuery.type,parentSchema:schema12.properties.spec.properties.comparison.properties.bucketQuery,data:data29};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/spec/comparison",schemaPath:"#/properties/spec/properties/comparison/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.spec.properties.comparison.type,parentSchema:schema12.properties.spec.properties.comparison,data:data27};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.spec.type,parentSchema:schema12.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}
