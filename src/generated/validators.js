// Generated from src/experiment/validator-source.ts by `npm run gen`; do not edit by hand.
// ajv standalone code: `experiment` and `metric` are ajv ValidateFunctions (errors in `.errors`).
import ajvRuntime_ucs2length from 'ajv/dist/runtime/ucs2length.js';
import { SCHEMA_FORMATS as formats } from '../experiment/validator-source.js';
export const experiment = validate10;
const schema11 = {"type":"object","description":"Experiment validates versions of an application against metric criteria (iter8.tools/v2alpha2).","required":["spec"],"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"type":"object","description":"What to test, how, and for how long.","required":["target","strategy"],"properties":{"target":{"type":"string","minLength":1,"description":"At most one unfinished experiment holds a target at a time; for Knative, namespace/ksvc-name."},"versionInfo":{"type":"object","description":"The versions; required before the first iteration (a start task may fill it in).","required":["baseline"],"properties":{"baseline":{"type":"object","description":"One version of the application under experiment.","required":["name"],"properties":{"name":{"type":"string","description":"Version name; unique within the experiment."},"variables":{"type":"array","description":"Variables for metric queries and tasks.","items":{"type":"object","description":"Variable for metric queries and tasks.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"weightObjRef":{"type":"object","description":"The object and field holding the traffic weight of a version.","properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"namespace":{"type":"string"},"name":{"type":"string"},"fieldPath":{"type":"string","description":"Path of the weight inside the object; must start with \".\" (e.g. .spec.traffic[0].percent)."},"resourceVersion":{"type":"string"},"uid":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false},"candidates":{"type":"array","description":"Candidate versions.","items":{"type":"object","description":"One version of the application under experiment.","required":["name"],"properties":{"name":{"type":"string","description":"Version name; unique within the experiment."},"variables":{"type":"array","description":"Variables for metric queries and tasks.","items":{"type":"object","description":"Variable for metric queries and tasks.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"weightObjRef":{"type":"object","description":"The object and field holding the traffic weight of a version.","properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"namespace":{"type":"string"},"name":{"type":"string"},"fieldPath":{"type":"string","description":"Path of the weight inside the object; must start with \".\" (e.g. .spec.traffic[0].percent)."},"resourceVersion":{"type":"string"},"uid":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false}}},"additionalProperties":false},"strategy":{"type":"object","required":["testingPattern"],"properties":{"testingPattern":{"type":"string","enum":["Canary","A/B","A/B/N","Conformance"],"description":"Testing pattern."},"deploymentPattern":{"type":"string","enum":["FixedSplit","Progressive","BlueGreen"],"description":"Deployment pattern; defaults to Progressive."},"actions":{"type":"object","description":"Tasks per action (start, loop, finish).","additionalProperties":{"type":"array","description":"Tasks run in order.","items":{"type":"object","description":"One task of an action.","required":["task"],"properties":{"task":{"type":"string","description":"Task name, \"<library>/<task>\" (e.g. knative/init-experiment)."},"library":{"type":"string","description":"Legacy v2alpha1 form: the task library, read as task \"<library>/<task>\"."},"with":{"type":"object","description":"Task inputs.","x-kubernetes-preserve-unknown-fields":true}},"additionalProperties":false}}},"weights":{"type":"object","properties":{"maxCandidateWeight":{"type":"integer","format":"int32","description":"Largest percent of traffic for a candidate; defaults to 100.","minimum":0,"maximum":100},"maxCandidateWeightIncrement":{"type":"integer","format":"int32","description":"Largest weight increase per iteration; defaults to 10.","minimum":0,"maximum":100}},"additionalProperties":false}},"additionalProperties":false},"criteria":{"type":"object","properties":{"requestCount":{"type":"string","description":"Metric reference counting requests."},"rewards":{"type":"array","description":"Rewards; exactly one for A/B and A/B/N, none otherwise.","items":{"type":"object","required":["metric","preferredDirection"],"properties":{"metric":{"type":"string","description":"Metric reference (name or namespace/name)."},"preferredDirection":{"type":"string","enum":["High","Low"],"description":"Whether higher or lower values are better."}},"additionalProperties":false}},"reward":{"type":"object","required":["metric","preferredDirection"],"properties":{"metric":{"type":"string","description":"Metric reference (name or namespace/name)."},"preferredDirection":{"type":"string","enum":["High","Low"],"description":"Whether higher or lower values are better."}},"description":"Legacy v2alpha1 form of rewards: [reward].","additionalProperties":false},"indicators":{"type":"array","description":"Metric references that are only reported.","items":{"type":"string"}},"objectives":{"type":"array","description":"Service level objectives.","items":{"type":"object","required":["metric"],"properties":{"metric":{"type":"string","description":"Metric reference (name or namespace/name)."},"upperLimit":{"description":"Largest acceptable value (inclusive).","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"lowerLimit":{"description":"Smallest acceptable value (inclusive).","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"rollback_on_failure":{"type":"boolean","description":"Roll back when violated; defaults to true for BlueGreen, false otherwise."}},"additionalProperties":false}},"strength":{"description":"Reserved; not read.","x-kubernetes-preserve-unknown-fields":true}},"additionalProperties":false},"duration":{"type":"object","properties":{"intervalSeconds":{"type":"integer","format":"int32","description":"Seconds between iterations; defaults to 20.","minimum":1},"iterationsPerLoop":{"type":"integer","format":"int32","description":"Iterations per loop; defaults to 15.","minimum":1},"maxLoops":{"type":"integer","format":"int32","description":"Loops; defaults to 1.","minimum":1}},"additionalProperties":false}},"additionalProperties":false},"status":{"type":"object","description":"Progress and results, written by the controller.","properties":{"conditions":{"type":"array","description":"Completed, Failed and TargetAcquired.","items":{"type":"object","required":["type","status"],"properties":{"type":{"type":"string","enum":["Completed","Failed","TargetAcquired","TrafficObserved"],"description":"Condition type."},"status":{"type":"string","enum":["True","False","Unknown"],"description":"Condition status."},"lastTransitionTime":{"type":"string","format":"date-time","description":"When the condition last changed."},"reason":{"type":"string"},"message":{"type":"string"}},"additionalProperties":false}},"initTime":{"type":"string","format":"date-time","description":"First reconcile."},"startTime":{"type":"string","format":"date-time","description":"Start of the first iteration; origin of $elapsedTime."},"lastUpdateTime":{"type":"string","format":"date-time","description":"Last completed iteration."},"stage":{"type":"string","enum":["Waiting","Initializing","Running","Finishing","Completed"],"description":"Stage; only moves forward."},"completedIterations":{"type":"integer","format":"int32","description":"Iterations completed so far.","minimum":0},"currentWeightDistribution":{"type":"array","description":"Traffic weights observed in the cluster.","items":{"type":"object","required":["name","value"],"properties":{"name":{"type":"string","description":"Version name."},"value":{"type":"integer","format":"int32","description":"Percent of traffic."}},"additionalProperties":false}},"analysis":{"type":"object","description":"The latest analysis.","properties":{"aggregatedBuiltinHists":{"type":"object","description":"Histograms collected by the metrics/collect task.","required":["provenance","timestamp","data"],"properties":{"provenance":{"type":"string","description":"Source of the data."},"timestamp":{"type":"string","format":"date-time","description":"When the data was produced."},"message":{"type":"string"},"data":{"description":"Per-version Fortio histograms.","x-kubernetes-preserve-unknown-fields":true}},"additionalProperties":false},"aggregatedMetrics":{"type":"object","description":"Metric values.","required":["provenance","timestamp","data"],"properties":{"provenance":{"type":"string","description":"Source of the data."},"timestamp":{"type":"string","format":"date-time","description":"When the data was produced."},"message":{"type":"string"},"data":{"type":"object","description":"Per metric reference.","additionalProperties":{"type":"object","required":["data"],"properties":{"max":{"description":"Largest value across versions.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"min":{"description":"Smallest value across versions.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"data":{"type":"object","description":"Per version name.","additionalProperties":{"type":"object","properties":{"max":{"description":"Largest value seen for this version.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"min":{"description":"Smallest value seen for this version.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"value":{"description":"Latest value; absent when unavailable.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},"sampleSize":{"type":"integer","format":"int32","description":"Sample size.","minimum":0}},"additionalProperties":false}}},"additionalProperties":false}}},"additionalProperties":false},"winnerAssessment":{"type":"object","description":"Winner.","required":["provenance","timestamp","data"],"properties":{"provenance":{"type":"string","description":"Source of the data."},"timestamp":{"type":"string","format":"date-time","description":"When the data was produced."},"message":{"type":"string"},"data":{"type":"object","required":["winnerFound"],"properties":{"winnerFound":{"type":"boolean"},"winner":{"type":"string","description":"Winning version name."},"bestVersions":{"type":"array","description":"Versions tied for best.","items":{"type":"string"}}},"additionalProperties":false}},"additionalProperties":false},"versionAssessments":{"type":"object","description":"Objectives met, per version.","required":["provenance","timestamp","data"],"properties":{"provenance":{"type":"string","description":"Source of the data."},"timestamp":{"type":"string","format":"date-time","description":"When the data was produced."},"message":{"type":"string"},"data":{"type":"object","description":"Per version name.","additionalProperties":{"type":"array","description":"One entry per objective, in spec order.","items":{"type":"boolean"}}}},"additionalProperties":false},"weights":{"type":"object","description":"Recommended traffic weights.","required":["provenance","timestamp","data"],"properties":{"provenance":{"type":"string","description":"Source of the data."},"timestamp":{"type":"string","format":"date-time","description":"When the data was produced."},"message":{"type":"string"},"data":{"type":"array","description":"Baseline, then candidates.","items":{"type":"object","required":["name","value"],"properties":{"name":{"type":"string","description":"Version name."},"value":{"type":"integer","format":"int32","description":"Percent of traffic."}},"additionalProperties":false}}},"additionalProperties":false}},"additionalProperties":false},"versionRecommendedForPromotion":{"type":"string","description":"The winner if found, otherwise the baseline."},"message":{"type":"string","description":"\"<Reason>: <message>\" of the last condition change."},"metrics":{"type":"array","description":"Snapshots of every referenced Metric.","items":{"type":"object","required":["name","metricObj"],"properties":{"name":{"type":"string","description":"The reference as written in the experiment."},"metricObj":{"type":"object","description":"Snapshot of the referenced Metric.","required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"spec":{"type":"object","description":"How to query one metric for each version.","properties":{"description":{"type":"string","description":"Informational."},"units":{"type":"string","description":"Informational; shown as \"name (units)\"."},"type":{"type":"string","enum":["Counter","Gauge"],"description":"Counter or Gauge (informational, except for mocks).","default":"Gauge"},"sampleSize":{"type":"string","description":"Reference (name or namespace/name) to the counter metric giving the sample size."},"provider":{"type":"string","description":"Informational; \"iter8\" marks a builtin metric that is not fetched over HTTP."},"params":{"type":"array","description":"HTTP query parameters.","items":{"type":"object","description":"HTTP query parameter; the value is a template.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"body":{"type":"string","description":"POST body template; interpolated and then parsed as JSON."},"method":{"type":"string","enum":["GET","POST"],"description":"HTTP method.","default":"GET"},"authType":{"type":"string","enum":["Basic","Bearer","APIKey"],"description":"HTTP authentication, with credentials from `secret`."},"secret":{"type":"string","description":"Kubernetes secret (name or namespace/name) holding credentials and template data."},"headerTemplates":{"type":"array","description":"HTTP headers.","items":{"type":"object","description":"HTTP header; the value is a template.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"urlTemplate":{"type":"string","description":"URL of the metrics backend."},"jqExpression":{"type":"string","description":"jq program whose first output is the metric value."},"mock":{"type":"array","description":"Fake values instead of HTTP queries.","items":{"type":"object","description":"Mocked level of one version.","required":["name","level"],"properties":{"name":{"type":"string","description":"Version name."},"level":{"description":"Mean (gauge) or rate (counter).","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}},"additionalProperties":false}}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false}},"metricErrors":{"type":"object","description":"iter8fn: consecutive iterations that failed on a metric backend error.","required":["consecutive","metric","message","time"],"properties":{"consecutive":{"type":"integer","format":"int32","description":"Consecutive failed iteration attempts.","minimum":0},"metric":{"type":"string","description":"Metric reference."},"version":{"type":"string","description":"Version name, when the error concerned one version."},"message":{"type":"string","description":"The backend error."},"time":{"type":"string","format":"date-time","description":"When the last error happened."}},"additionalProperties":false},"history":{"type":"array","description":"iter8fn: the last 100 counted iterations, oldest first.","items":{"type":"object","required":["iteration","time","values"],"properties":{"iteration":{"type":"integer","format":"int32","description":"The iteration counted.","minimum":1},"time":{"type":"string","format":"date-time","description":"When it was counted."},"values":{"type":"object","description":"Per metric reference.","additionalProperties":{"type":"object","description":"Per version name.","additionalProperties":{"description":"Value; absent when unavailable.","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}}},"comparisons":{"type":"array","description":"Comparison results (reserved).","items":{"type":"object","required":["metric","version","verdict"],"properties":{"metric":{"type":"string","description":"Metric reference."},"version":{"type":"string","description":"Tested version name."},"verdict":{"type":"string","enum":["satisfied","violated","unavailable"],"description":"Verdict."},"ratio":{"type":"number","description":"tested / reference."},"difference":{"type":"number","description":"tested - reference."}},"additionalProperties":false}}},"additionalProperties":false},"maxItems":100}},"additionalProperties":false}},"additionalProperties":false};
const func2 = ajvRuntime_ucs2length.default;
const func3 = Object.prototype.hasOwnProperty;
const formats0 = formats.int32;
const formats10 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
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
if(!((key2 === "baseline") || (key2 === "candidates"))){
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
}
else {
const err53 = {instancePath:instancePath+"/spec/versionInfo",schemaPath:"#/properties/spec/properties/versionInfo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.versionInfo.type,parentSchema:schema11.properties.spec.properties.versionInfo,data:data5};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data3.strategy !== undefined){
let data35 = data3.strategy;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.testingPattern === undefined){
const err54 = {instancePath:instancePath+"/spec/strategy",schemaPath:"#/properties/spec/properties/strategy/required",keyword:"required",params:{missingProperty: "testingPattern"},message:"must have required property '"+"testingPattern"+"'",schema:schema11.properties.spec.properties.strategy.required,parentSchema:schema11.properties.spec.properties.strategy,data:data35};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key9 in data35){
if(!((((key9 === "testingPattern") || (key9 === "deploymentPattern")) || (key9 === "actions")) || (key9 === "weights"))){
const err55 = {instancePath:instancePath+"/spec/strategy",schemaPath:"#/properties/spec/properties/strategy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.strategy,data:data35};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data35.testingPattern !== undefined){
let data36 = data35.testingPattern;
if(typeof data36 !== "string"){
const err56 = {instancePath:instancePath+"/spec/strategy/testingPattern",schemaPath:"#/properties/spec/properties/strategy/properties/testingPattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.strategy.properties.testingPattern.type,parentSchema:schema11.properties.spec.properties.strategy.properties.testingPattern,data:data36};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(!((((data36 === "Canary") || (data36 === "A/B")) || (data36 === "A/B/N")) || (data36 === "Conformance"))){
const err57 = {instancePath:instancePath+"/spec/strategy/testingPattern",schemaPath:"#/properties/spec/properties/strategy/properties/testingPattern/enum",keyword:"enum",params:{allowedValues: schema11.properties.spec.properties.strategy.properties.testingPattern.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.spec.properties.strategy.properties.testingPattern.enum,parentSchema:schema11.properties.spec.properties.strategy.properties.testingPattern,data:data36};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data35.deploymentPattern !== undefined){
let data37 = data35.deploymentPattern;
if(typeof data37 !== "string"){
const err58 = {instancePath:instancePath+"/spec/strategy/deploymentPattern",schemaPath:"#/properties/spec/properties/strategy/properties/deploymentPattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.strategy.properties.deploymentPattern.type,parentSchema:schema11.properties.spec.properties.strategy.properties.deploymentPattern,data:data37};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!(((data37 === "FixedSplit") || (data37 === "Progressive")) || (data37 === "BlueGreen"))){
const err59 = {instancePath:instancePath+"/spec/strategy/deploymentPattern",schemaPath:"#/properties/spec/properties/strategy/properties/deploymentPattern/enum",keyword:"enum",params:{allowedValues: schema11.properties.spec.properties.strategy.properties.deploymentPattern.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.spec.properties.strategy.properties.deploymentPattern.enum,parentSchema:schema11.properties.spec.properties.strategy.properties.deploymentPattern,data:data37};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data35.actions !== undefined){
let data38 = data35.actions;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key10 in data38){
let data39 = data38[key10];
if(Array.isArray(data39)){
const len3 = data39.length;
for(let i3=0; i3<len3; i3++){
let data40 = data39[i3];
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.task === undefined){
const err60 = {instancePath:instancePath+"/spec/strategy/actions/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/required",keyword:"required",params:{missingProperty: "task"},message:"must have required property '"+"task"+"'",schema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.required,parentSchema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items,data:data40};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key11 in data40){
if(!(((key11 === "task") || (key11 === "library")) || (key11 === "with"))){
const err61 = {instancePath:instancePath+"/spec/strategy/actions/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items,data:data40};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data40.task !== undefined){
let data41 = data40.task;
if(typeof data41 !== "string"){
const err62 = {instancePath:instancePath+"/spec/strategy/actions/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/task",schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/properties/task/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.properties.task.type,parentSchema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.properties.task,data:data41};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data40.library !== undefined){
let data42 = data40.library;
if(typeof data42 !== "string"){
const err63 = {instancePath:instancePath+"/spec/strategy/actions/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/library",schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/properties/library/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.properties.library.type,parentSchema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.properties.library,data:data42};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data40.with !== undefined){
let data43 = data40.with;
if(!(data43 && typeof data43 == "object" && !Array.isArray(data43))){
const err64 = {instancePath:instancePath+"/spec/strategy/actions/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/with",schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/properties/with/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.properties.with.type,parentSchema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.properties.with,data:data43};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/spec/strategy/actions/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items.type,parentSchema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.items,data:data40};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/spec/strategy/actions/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/strategy/properties/actions/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties.type,parentSchema:schema11.properties.spec.properties.strategy.properties.actions.additionalProperties,data:data39};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/spec/strategy/actions",schemaPath:"#/properties/spec/properties/strategy/properties/actions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.strategy.properties.actions.type,parentSchema:schema11.properties.spec.properties.strategy.properties.actions,data:data38};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data35.weights !== undefined){
let data44 = data35.weights;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key12 in data44){
if(!((key12 === "maxCandidateWeight") || (key12 === "maxCandidateWeightIncrement"))){
const err68 = {instancePath:instancePath+"/spec/strategy/weights",schemaPath:"#/properties/spec/properties/strategy/properties/weights/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.strategy.properties.weights,data:data44};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data44.maxCandidateWeight !== undefined){
let data45 = data44.maxCandidateWeight;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
const err69 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeight",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeight.type,parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeight,data:data45};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 > 100 || isNaN(data45)){
const err70 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeight",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeight,data:data45};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data45 < 0 || isNaN(data45)){
const err71 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeight",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeight,data:data45};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!(formats0.validate(data45))){
const err72 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeight",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeight/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeight,data:data45};
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
if(data44.maxCandidateWeightIncrement !== undefined){
let data46 = data44.maxCandidateWeightIncrement;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
const err73 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeightIncrement",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeightIncrement/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeightIncrement.type,parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeightIncrement,data:data46};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 > 100 || isNaN(data46)){
const err74 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeightIncrement",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeightIncrement/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeightIncrement,data:data46};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data46 < 0 || isNaN(data46)){
const err75 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeightIncrement",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeightIncrement/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeightIncrement,data:data46};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!(formats0.validate(data46))){
const err76 = {instancePath:instancePath+"/spec/strategy/weights/maxCandidateWeightIncrement",schemaPath:"#/properties/spec/properties/strategy/properties/weights/properties/maxCandidateWeightIncrement/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.spec.properties.strategy.properties.weights.properties.maxCandidateWeightIncrement,data:data46};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
}
else {
const err77 = {instancePath:instancePath+"/spec/strategy/weights",schemaPath:"#/properties/spec/properties/strategy/properties/weights/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.strategy.properties.weights.type,parentSchema:schema11.properties.spec.properties.strategy.properties.weights,data:data44};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/spec/strategy",schemaPath:"#/properties/spec/properties/strategy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.strategy.type,parentSchema:schema11.properties.spec.properties.strategy,data:data35};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data3.criteria !== undefined){
let data47 = data3.criteria;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key13 in data47){
if(!((((((key13 === "requestCount") || (key13 === "rewards")) || (key13 === "reward")) || (key13 === "indicators")) || (key13 === "objectives")) || (key13 === "strength"))){
const err79 = {instancePath:instancePath+"/spec/criteria",schemaPath:"#/properties/spec/properties/criteria/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.criteria,data:data47};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data47.requestCount !== undefined){
let data48 = data47.requestCount;
if(typeof data48 !== "string"){
const err80 = {instancePath:instancePath+"/spec/criteria/requestCount",schemaPath:"#/properties/spec/properties/criteria/properties/requestCount/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.requestCount.type,parentSchema:schema11.properties.spec.properties.criteria.properties.requestCount,data:data48};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data47.rewards !== undefined){
let data49 = data47.rewards;
if(Array.isArray(data49)){
const len4 = data49.length;
for(let i4=0; i4<len4; i4++){
let data50 = data49[i4];
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.metric === undefined){
const err81 = {instancePath:instancePath+"/spec/criteria/rewards/" + i4,schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.spec.properties.criteria.properties.rewards.items.required,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards.items,data:data50};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data50.preferredDirection === undefined){
const err82 = {instancePath:instancePath+"/spec/criteria/rewards/" + i4,schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/required",keyword:"required",params:{missingProperty: "preferredDirection"},message:"must have required property '"+"preferredDirection"+"'",schema:schema11.properties.spec.properties.criteria.properties.rewards.items.required,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards.items,data:data50};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key14 in data50){
if(!((key14 === "metric") || (key14 === "preferredDirection"))){
const err83 = {instancePath:instancePath+"/spec/criteria/rewards/" + i4,schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards.items,data:data50};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data50.metric !== undefined){
let data51 = data50.metric;
if(typeof data51 !== "string"){
const err84 = {instancePath:instancePath+"/spec/criteria/rewards/" + i4+"/metric",schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.rewards.items.properties.metric.type,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards.items.properties.metric,data:data51};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data50.preferredDirection !== undefined){
let data52 = data50.preferredDirection;
if(typeof data52 !== "string"){
const err85 = {instancePath:instancePath+"/spec/criteria/rewards/" + i4+"/preferredDirection",schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/properties/preferredDirection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.rewards.items.properties.preferredDirection.type,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards.items.properties.preferredDirection,data:data52};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(!((data52 === "High") || (data52 === "Low"))){
const err86 = {instancePath:instancePath+"/spec/criteria/rewards/" + i4+"/preferredDirection",schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/properties/preferredDirection/enum",keyword:"enum",params:{allowedValues: schema11.properties.spec.properties.criteria.properties.rewards.items.properties.preferredDirection.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.spec.properties.criteria.properties.rewards.items.properties.preferredDirection.enum,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards.items.properties.preferredDirection,data:data52};
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
const err87 = {instancePath:instancePath+"/spec/criteria/rewards/" + i4,schemaPath:"#/properties/spec/properties/criteria/properties/rewards/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.criteria.properties.rewards.items.type,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards.items,data:data50};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/spec/criteria/rewards",schemaPath:"#/properties/spec/properties/criteria/properties/rewards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.spec.properties.criteria.properties.rewards.type,parentSchema:schema11.properties.spec.properties.criteria.properties.rewards,data:data49};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data47.reward !== undefined){
let data53 = data47.reward;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.metric === undefined){
const err89 = {instancePath:instancePath+"/spec/criteria/reward",schemaPath:"#/properties/spec/properties/criteria/properties/reward/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.spec.properties.criteria.properties.reward.required,parentSchema:schema11.properties.spec.properties.criteria.properties.reward,data:data53};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data53.preferredDirection === undefined){
const err90 = {instancePath:instancePath+"/spec/criteria/reward",schemaPath:"#/properties/spec/properties/criteria/properties/reward/required",keyword:"required",params:{missingProperty: "preferredDirection"},message:"must have required property '"+"preferredDirection"+"'",schema:schema11.properties.spec.properties.criteria.properties.reward.required,parentSchema:schema11.properties.spec.properties.criteria.properties.reward,data:data53};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
for(const key15 in data53){
if(!((key15 === "metric") || (key15 === "preferredDirection"))){
const err91 = {instancePath:instancePath+"/spec/criteria/reward",schemaPath:"#/properties/spec/properties/criteria/properties/reward/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.criteria.properties.reward,data:data53};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data53.metric !== undefined){
let data54 = data53.metric;
if(typeof data54 !== "string"){
const err92 = {instancePath:instancePath+"/spec/criteria/reward/metric",schemaPath:"#/properties/spec/properties/criteria/properties/reward/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.reward.properties.metric.type,parentSchema:schema11.properties.spec.properties.criteria.properties.reward.properties.metric,data:data54};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data53.preferredDirection !== undefined){
let data55 = data53.preferredDirection;
if(typeof data55 !== "string"){
const err93 = {instancePath:instancePath+"/spec/criteria/reward/preferredDirection",schemaPath:"#/properties/spec/properties/criteria/properties/reward/properties/preferredDirection/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.reward.properties.preferredDirection.type,parentSchema:schema11.properties.spec.properties.criteria.properties.reward.properties.preferredDirection,data:data55};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(!((data55 === "High") || (data55 === "Low"))){
const err94 = {instancePath:instancePath+"/spec/criteria/reward/preferredDirection",schemaPath:"#/properties/spec/properties/criteria/properties/reward/properties/preferredDirection/enum",keyword:"enum",params:{allowedValues: schema11.properties.spec.properties.criteria.properties.reward.properties.preferredDirection.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.spec.properties.criteria.properties.reward.properties.preferredDirection.enum,parentSchema:schema11.properties.spec.properties.criteria.properties.reward.properties.preferredDirection,data:data55};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/spec/criteria/reward",schemaPath:"#/properties/spec/properties/criteria/properties/reward/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.criteria.properties.reward.type,parentSchema:schema11.properties.spec.properties.criteria.properties.reward,data:data53};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data47.indicators !== undefined){
let data56 = data47.indicators;
if(Array.isArray(data56)){
const len5 = data56.length;
for(let i5=0; i5<len5; i5++){
let data57 = data56[i5];
if(typeof data57 !== "string"){
const err96 = {instancePath:instancePath+"/spec/criteria/indicators/" + i5,schemaPath:"#/properties/spec/properties/criteria/properties/indicators/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.indicators.items.type,parentSchema:schema11.properties.spec.properties.criteria.properties.indicators.items,data:data57};
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
else {
const err97 = {instancePath:instancePath+"/spec/criteria/indicators",schemaPath:"#/properties/spec/properties/criteria/properties/indicators/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.spec.properties.criteria.properties.indicators.type,parentSchema:schema11.properties.spec.properties.criteria.properties.indicators,data:data56};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data47.objectives !== undefined){
let data58 = data47.objectives;
if(Array.isArray(data58)){
const len6 = data58.length;
for(let i6=0; i6<len6; i6++){
let data59 = data58[i6];
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.metric === undefined){
const err98 = {instancePath:instancePath+"/spec/criteria/objectives/" + i6,schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.required,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items,data:data59};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
for(const key16 in data59){
if(!((((key16 === "metric") || (key16 === "upperLimit")) || (key16 === "lowerLimit")) || (key16 === "rollback_on_failure"))){
const err99 = {instancePath:instancePath+"/spec/criteria/objectives/" + i6,schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items,data:data59};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data59.metric !== undefined){
let data60 = data59.metric;
if(typeof data60 !== "string"){
const err100 = {instancePath:instancePath+"/spec/criteria/objectives/" + i6+"/metric",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.metric.type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.metric,data:data60};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data59.upperLimit !== undefined){
let data61 = data59.upperLimit;
const _errs141 = errors;
let valid31 = false;
const _errs142 = errors;
if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){
const err101 = {instancePath:instancePath+"/spec/criteria/objectives/" + i6+"/upperLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/upperLimit/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.upperLimit.anyOf[0].type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.upperLimit.anyOf[0],data:data61};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
var _valid0 = _errs142 === errors;
valid31 = valid31 || _valid0;
if(!valid31){
const _errs144 = errors;
if(typeof data61 !== "string"){
const err102 = {instancePath:instancePath+"/spec/criteria/objectives/" + i6+"/upperLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/upperLimit/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.upperLimit.anyOf[1].type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.upperLimit.anyOf[1],data:data61};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var _valid0 = _errs144 === errors;
valid31 = valid31 || _valid0;
}
if(!valid31){
const err103 = {instancePath:instancePath+"/spec/criteria/objectives/" + i6+"/upperLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/upperLimit/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.upperLimit.anyOf,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.upperLimit,data:data61};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
else {
errors = _errs141;
if(vErrors !== null){
if(_errs141){
vErrors.length = _errs141;
}
else {
vErrors = null;
}
}
}
if(typeof data61 === "string"){
if(!pattern0.test(data61)){
const err104 = {instancePath:instancePath+"/spec/criteria/objectives/" + i6+"/upperLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/upperLimit/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.upperLimit,data:data61};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
if(data59.lowerLimit !== undefined){
let data62 = data59.lowerLimit;
const _errs147 = errors;
let valid32 = false;
const _errs148 = errors;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err105 = {instancePath:instancePath+"/spec/criteria/objectives/" + i6+"/lowerLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/lowerLimit/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.lowerLimit.anyOf[0].type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.lowerLimit.anyOf[0],data:data62};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
var _valid1 = _errs148 === errors;
valid32 = valid32 || _valid1;
if(!valid32){
const _errs150 = errors;
if(typeof data62 !== "string"){
const err106 = {instancePath:instancePath+"/spec/criteria/objectives/" + i6+"/lowerLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/lowerLimit/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.lowerLimit.anyOf[1].type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.lowerLimit.anyOf[1],data:data62};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
var _valid1 = _errs150 === errors;
valid32 = valid32 || _valid1;
}
if(!valid32){
const err107 = {instancePath:instancePath+"/spec/criteria/objectives/" + i6+"/lowerLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/lowerLimit/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.lowerLimit.anyOf,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.lowerLimit,data:data62};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
else {
errors = _errs147;
if(vErrors !== null){
if(_errs147){
vErrors.length = _errs147;
}
else {
vErrors = null;
}
}
}
if(typeof data62 === "string"){
if(!pattern0.test(data62)){
const err108 = {instancePath:instancePath+"/spec/criteria/objectives/" + i6+"/lowerLimit",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/lowerLimit/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.lowerLimit,data:data62};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
if(data59.rollback_on_failure !== undefined){
let data63 = data59.rollback_on_failure;
if(typeof data63 !== "boolean"){
const err109 = {instancePath:instancePath+"/spec/criteria/objectives/" + i6+"/rollback_on_failure",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/properties/rollback_on_failure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.rollback_on_failure.type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items.properties.rollback_on_failure,data:data63};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/spec/criteria/objectives/" + i6,schemaPath:"#/properties/spec/properties/criteria/properties/objectives/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.criteria.properties.objectives.items.type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives.items,data:data59};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
else {
const err111 = {instancePath:instancePath+"/spec/criteria/objectives",schemaPath:"#/properties/spec/properties/criteria/properties/objectives/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.spec.properties.criteria.properties.objectives.type,parentSchema:schema11.properties.spec.properties.criteria.properties.objectives,data:data58};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath:instancePath+"/spec/criteria",schemaPath:"#/properties/spec/properties/criteria/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.criteria.type,parentSchema:schema11.properties.spec.properties.criteria,data:data47};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data3.duration !== undefined){
let data64 = data3.duration;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key17 in data64){
if(!(((key17 === "intervalSeconds") || (key17 === "iterationsPerLoop")) || (key17 === "maxLoops"))){
const err113 = {instancePath:instancePath+"/spec/duration",schemaPath:"#/properties/spec/properties/duration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.spec.properties.duration,data:data64};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data64.intervalSeconds !== undefined){
let data65 = data64.intervalSeconds;
if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){
const err114 = {instancePath:instancePath+"/spec/duration/intervalSeconds",schemaPath:"#/properties/spec/properties/duration/properties/intervalSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.duration.properties.intervalSeconds.type,parentSchema:schema11.properties.spec.properties.duration.properties.intervalSeconds,data:data65};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if((typeof data65 == "number") && (isFinite(data65))){
if(data65 < 1 || isNaN(data65)){
const err115 = {instancePath:instancePath+"/spec/duration/intervalSeconds",schemaPath:"#/properties/spec/properties/duration/properties/intervalSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.spec.properties.duration.properties.intervalSeconds,data:data65};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(!(formats0.validate(data65))){
const err116 = {instancePath:instancePath+"/spec/duration/intervalSeconds",schemaPath:"#/properties/spec/properties/duration/properties/intervalSeconds/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.spec.properties.duration.properties.intervalSeconds,data:data65};
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
if(data64.iterationsPerLoop !== undefined){
let data66 = data64.iterationsPerLoop;
if(!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))){
const err117 = {instancePath:instancePath+"/spec/duration/iterationsPerLoop",schemaPath:"#/properties/spec/properties/duration/properties/iterationsPerLoop/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.duration.properties.iterationsPerLoop.type,parentSchema:schema11.properties.spec.properties.duration.properties.iterationsPerLoop,data:data66};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if((typeof data66 == "number") && (isFinite(data66))){
if(data66 < 1 || isNaN(data66)){
const err118 = {instancePath:instancePath+"/spec/duration/iterationsPerLoop",schemaPath:"#/properties/spec/properties/duration/properties/iterationsPerLoop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.spec.properties.duration.properties.iterationsPerLoop,data:data66};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(!(formats0.validate(data66))){
const err119 = {instancePath:instancePath+"/spec/duration/iterationsPerLoop",schemaPath:"#/properties/spec/properties/duration/properties/iterationsPerLoop/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.spec.properties.duration.properties.iterationsPerLoop,data:data66};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
if(data64.maxLoops !== undefined){
let data67 = data64.maxLoops;
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
const err120 = {instancePath:instancePath+"/spec/duration/maxLoops",schemaPath:"#/properties/spec/properties/duration/properties/maxLoops/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.spec.properties.duration.properties.maxLoops.type,parentSchema:schema11.properties.spec.properties.duration.properties.maxLoops,data:data67};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 < 1 || isNaN(data67)){
const err121 = {instancePath:instancePath+"/spec/duration/maxLoops",schemaPath:"#/properties/spec/properties/duration/properties/maxLoops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.spec.properties.duration.properties.maxLoops,data:data67};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(!(formats0.validate(data67))){
const err122 = {instancePath:instancePath+"/spec/duration/maxLoops",schemaPath:"#/properties/spec/properties/duration/properties/maxLoops/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.spec.properties.duration.properties.maxLoops,data:data67};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
}
else {
const err123 = {instancePath:instancePath+"/spec/duration",schemaPath:"#/properties/spec/properties/duration/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.properties.duration.type,parentSchema:schema11.properties.spec.properties.duration,data:data64};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.spec.type,parentSchema:schema11.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data.status !== undefined){
let data68 = data.status;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
for(const key18 in data68){
if(!(func3.call(schema11.properties.status.properties, key18))){
const err125 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status,data:data68};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data68.conditions !== undefined){
let data69 = data68.conditions;
if(Array.isArray(data69)){
const len7 = data69.length;
for(let i7=0; i7<len7; i7++){
let data70 = data69[i7];
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
if(data70.type === undefined){
const err126 = {instancePath:instancePath+"/status/conditions/" + i7,schemaPath:"#/properties/status/properties/conditions/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema11.properties.status.properties.conditions.items.required,parentSchema:schema11.properties.status.properties.conditions.items,data:data70};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data70.status === undefined){
const err127 = {instancePath:instancePath+"/status/conditions/" + i7,schemaPath:"#/properties/status/properties/conditions/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema11.properties.status.properties.conditions.items.required,parentSchema:schema11.properties.status.properties.conditions.items,data:data70};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
for(const key19 in data70){
if(!(((((key19 === "type") || (key19 === "status")) || (key19 === "lastTransitionTime")) || (key19 === "reason")) || (key19 === "message"))){
const err128 = {instancePath:instancePath+"/status/conditions/" + i7,schemaPath:"#/properties/status/properties/conditions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.conditions.items,data:data70};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data70.type !== undefined){
let data71 = data70.type;
if(typeof data71 !== "string"){
const err129 = {instancePath:instancePath+"/status/conditions/" + i7+"/type",schemaPath:"#/properties/status/properties/conditions/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.conditions.items.properties.type.type,parentSchema:schema11.properties.status.properties.conditions.items.properties.type,data:data71};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(!((((data71 === "Completed") || (data71 === "Failed")) || (data71 === "TargetAcquired")) || (data71 === "TrafficObserved"))){
const err130 = {instancePath:instancePath+"/status/conditions/" + i7+"/type",schemaPath:"#/properties/status/properties/conditions/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.conditions.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.conditions.items.properties.type.enum,parentSchema:schema11.properties.status.properties.conditions.items.properties.type,data:data71};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data70.status !== undefined){
let data72 = data70.status;
if(typeof data72 !== "string"){
const err131 = {instancePath:instancePath+"/status/conditions/" + i7+"/status",schemaPath:"#/properties/status/properties/conditions/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.conditions.items.properties.status.type,parentSchema:schema11.properties.status.properties.conditions.items.properties.status,data:data72};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(!(((data72 === "True") || (data72 === "False")) || (data72 === "Unknown"))){
const err132 = {instancePath:instancePath+"/status/conditions/" + i7+"/status",schemaPath:"#/properties/status/properties/conditions/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.conditions.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.conditions.items.properties.status.enum,parentSchema:schema11.properties.status.properties.conditions.items.properties.status,data:data72};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data70.lastTransitionTime !== undefined){
let data73 = data70.lastTransitionTime;
if(typeof data73 === "string"){
if(!(formats10.test(data73))){
const err133 = {instancePath:instancePath+"/status/conditions/" + i7+"/lastTransitionTime",schemaPath:"#/properties/status/properties/conditions/items/properties/lastTransitionTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.conditions.items.properties.lastTransitionTime,data:data73};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/status/conditions/" + i7+"/lastTransitionTime",schemaPath:"#/properties/status/properties/conditions/items/properties/lastTransitionTime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.conditions.items.properties.lastTransitionTime.type,parentSchema:schema11.properties.status.properties.conditions.items.properties.lastTransitionTime,data:data73};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data70.reason !== undefined){
let data74 = data70.reason;
if(typeof data74 !== "string"){
const err135 = {instancePath:instancePath+"/status/conditions/" + i7+"/reason",schemaPath:"#/properties/status/properties/conditions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.conditions.items.properties.reason.type,parentSchema:schema11.properties.status.properties.conditions.items.properties.reason,data:data74};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data70.message !== undefined){
let data75 = data70.message;
if(typeof data75 !== "string"){
const err136 = {instancePath:instancePath+"/status/conditions/" + i7+"/message",schemaPath:"#/properties/status/properties/conditions/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.conditions.items.properties.message.type,parentSchema:schema11.properties.status.properties.conditions.items.properties.message,data:data75};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/status/conditions/" + i7,schemaPath:"#/properties/status/properties/conditions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.conditions.items.type,parentSchema:schema11.properties.status.properties.conditions.items,data:data70};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/status/conditions",schemaPath:"#/properties/status/properties/conditions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.conditions.type,parentSchema:schema11.properties.status.properties.conditions,data:data69};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data68.initTime !== undefined){
let data76 = data68.initTime;
if(typeof data76 === "string"){
if(!(formats10.test(data76))){
const err139 = {instancePath:instancePath+"/status/initTime",schemaPath:"#/properties/status/properties/initTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.initTime,data:data76};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/status/initTime",schemaPath:"#/properties/status/properties/initTime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.initTime.type,parentSchema:schema11.properties.status.properties.initTime,data:data76};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data68.startTime !== undefined){
let data77 = data68.startTime;
if(typeof data77 === "string"){
if(!(formats10.test(data77))){
const err141 = {instancePath:instancePath+"/status/startTime",schemaPath:"#/properties/status/properties/startTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.startTime,data:data77};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/status/startTime",schemaPath:"#/properties/status/properties/startTime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.startTime.type,parentSchema:schema11.properties.status.properties.startTime,data:data77};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data68.lastUpdateTime !== undefined){
let data78 = data68.lastUpdateTime;
if(typeof data78 === "string"){
if(!(formats10.test(data78))){
const err143 = {instancePath:instancePath+"/status/lastUpdateTime",schemaPath:"#/properties/status/properties/lastUpdateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.lastUpdateTime,data:data78};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/status/lastUpdateTime",schemaPath:"#/properties/status/properties/lastUpdateTime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.lastUpdateTime.type,parentSchema:schema11.properties.status.properties.lastUpdateTime,data:data78};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data68.stage !== undefined){
let data79 = data68.stage;
if(typeof data79 !== "string"){
const err145 = {instancePath:instancePath+"/status/stage",schemaPath:"#/properties/status/properties/stage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.stage.type,parentSchema:schema11.properties.status.properties.stage,data:data79};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(!(((((data79 === "Waiting") || (data79 === "Initializing")) || (data79 === "Running")) || (data79 === "Finishing")) || (data79 === "Completed"))){
const err146 = {instancePath:instancePath+"/status/stage",schemaPath:"#/properties/status/properties/stage/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.stage.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.stage.enum,parentSchema:schema11.properties.status.properties.stage,data:data79};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data68.completedIterations !== undefined){
let data80 = data68.completedIterations;
if(!(((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80))) && (isFinite(data80)))){
const err147 = {instancePath:instancePath+"/status/completedIterations",schemaPath:"#/properties/status/properties/completedIterations/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.completedIterations.type,parentSchema:schema11.properties.status.properties.completedIterations,data:data80};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 < 0 || isNaN(data80)){
const err148 = {instancePath:instancePath+"/status/completedIterations",schemaPath:"#/properties/status/properties/completedIterations/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.status.properties.completedIterations,data:data80};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(!(formats0.validate(data80))){
const err149 = {instancePath:instancePath+"/status/completedIterations",schemaPath:"#/properties/status/properties/completedIterations/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.status.properties.completedIterations,data:data80};
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
if(data68.currentWeightDistribution !== undefined){
let data81 = data68.currentWeightDistribution;
if(Array.isArray(data81)){
const len8 = data81.length;
for(let i8=0; i8<len8; i8++){
let data82 = data81[i8];
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
if(data82.name === undefined){
const err150 = {instancePath:instancePath+"/status/currentWeightDistribution/" + i8,schemaPath:"#/properties/status/properties/currentWeightDistribution/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.status.properties.currentWeightDistribution.items.required,parentSchema:schema11.properties.status.properties.currentWeightDistribution.items,data:data82};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(data82.value === undefined){
const err151 = {instancePath:instancePath+"/status/currentWeightDistribution/" + i8,schemaPath:"#/properties/status/properties/currentWeightDistribution/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.status.properties.currentWeightDistribution.items.required,parentSchema:schema11.properties.status.properties.currentWeightDistribution.items,data:data82};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
for(const key20 in data82){
if(!((key20 === "name") || (key20 === "value"))){
const err152 = {instancePath:instancePath+"/status/currentWeightDistribution/" + i8,schemaPath:"#/properties/status/properties/currentWeightDistribution/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.currentWeightDistribution.items,data:data82};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data82.name !== undefined){
let data83 = data82.name;
if(typeof data83 !== "string"){
const err153 = {instancePath:instancePath+"/status/currentWeightDistribution/" + i8+"/name",schemaPath:"#/properties/status/properties/currentWeightDistribution/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.currentWeightDistribution.items.properties.name.type,parentSchema:schema11.properties.status.properties.currentWeightDistribution.items.properties.name,data:data83};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data82.value !== undefined){
let data84 = data82.value;
if(!(((typeof data84 == "number") && (!(data84 % 1) && !isNaN(data84))) && (isFinite(data84)))){
const err154 = {instancePath:instancePath+"/status/currentWeightDistribution/" + i8+"/value",schemaPath:"#/properties/status/properties/currentWeightDistribution/items/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.currentWeightDistribution.items.properties.value.type,parentSchema:schema11.properties.status.properties.currentWeightDistribution.items.properties.value,data:data84};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if((typeof data84 == "number") && (isFinite(data84))){
if(!(formats0.validate(data84))){
const err155 = {instancePath:instancePath+"/status/currentWeightDistribution/" + i8+"/value",schemaPath:"#/properties/status/properties/currentWeightDistribution/items/properties/value/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.status.properties.currentWeightDistribution.items.properties.value,data:data84};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
}
else {
const err156 = {instancePath:instancePath+"/status/currentWeightDistribution/" + i8,schemaPath:"#/properties/status/properties/currentWeightDistribution/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.currentWeightDistribution.items.type,parentSchema:schema11.properties.status.properties.currentWeightDistribution.items,data:data82};
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
else {
const err157 = {instancePath:instancePath+"/status/currentWeightDistribution",schemaPath:"#/properties/status/properties/currentWeightDistribution/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.currentWeightDistribution.type,parentSchema:schema11.properties.status.properties.currentWeightDistribution,data:data81};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data68.analysis !== undefined){
let data85 = data68.analysis;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
for(const key21 in data85){
if(!(((((key21 === "aggregatedBuiltinHists") || (key21 === "aggregatedMetrics")) || (key21 === "winnerAssessment")) || (key21 === "versionAssessments")) || (key21 === "weights"))){
const err158 = {instancePath:instancePath+"/status/analysis",schemaPath:"#/properties/status/properties/analysis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis,data:data85};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data85.aggregatedBuiltinHists !== undefined){
let data86 = data85.aggregatedBuiltinHists;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
if(data86.provenance === undefined){
const err159 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.required,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists,data:data86};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data86.timestamp === undefined){
const err160 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.required,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists,data:data86};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(data86.data === undefined){
const err161 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.required,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists,data:data86};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
for(const key22 in data86){
if(!((((key22 === "provenance") || (key22 === "timestamp")) || (key22 === "message")) || (key22 === "data"))){
const err162 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists,data:data86};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data86.provenance !== undefined){
let data87 = data86.provenance;
if(typeof data87 !== "string"){
const err163 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists/provenance",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.properties.provenance.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.properties.provenance,data:data87};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data86.timestamp !== undefined){
let data88 = data86.timestamp;
if(typeof data88 === "string"){
if(!(formats10.test(data88))){
const err164 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.properties.timestamp,data:data88};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
else {
const err165 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.properties.timestamp.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.properties.timestamp,data:data88};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data86.message !== undefined){
let data89 = data86.message;
if(typeof data89 !== "string"){
const err166 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists/message",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.properties.message.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.properties.message,data:data89};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath:instancePath+"/status/analysis/aggregatedBuiltinHists",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedBuiltinHists/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedBuiltinHists,data:data86};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data85.aggregatedMetrics !== undefined){
let data90 = data85.aggregatedMetrics;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.provenance === undefined){
const err168 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.required,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics,data:data90};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(data90.timestamp === undefined){
const err169 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.required,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics,data:data90};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(data90.data === undefined){
const err170 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.required,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics,data:data90};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
for(const key23 in data90){
if(!((((key23 === "provenance") || (key23 === "timestamp")) || (key23 === "message")) || (key23 === "data"))){
const err171 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics,data:data90};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data90.provenance !== undefined){
let data91 = data90.provenance;
if(typeof data91 !== "string"){
const err172 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/provenance",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.provenance.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.provenance,data:data91};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data90.timestamp !== undefined){
let data92 = data90.timestamp;
if(typeof data92 === "string"){
if(!(formats10.test(data92))){
const err173 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.timestamp,data:data92};
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
const err174 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.timestamp.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.timestamp,data:data92};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data90.message !== undefined){
let data93 = data90.message;
if(typeof data93 !== "string"){
const err175 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/message",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.message.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.message,data:data93};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data90.data !== undefined){
let data94 = data90.data;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
for(const key24 in data94){
let data95 = data94[key24];
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
if(data95.data === undefined){
const err176 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.required,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties,data:data95};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
for(const key25 in data95){
if(!(((key25 === "max") || (key25 === "min")) || (key25 === "data"))){
const err177 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties,data:data95};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data95.max !== undefined){
let data96 = data95.max;
const _errs228 = errors;
let valid46 = false;
const _errs229 = errors;
if(!(((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96))) && (isFinite(data96)))){
const err178 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/max/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.max.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.max.anyOf[0],data:data96};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
var _valid2 = _errs229 === errors;
valid46 = valid46 || _valid2;
if(!valid46){
const _errs231 = errors;
if(typeof data96 !== "string"){
const err179 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/max/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.max.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.max.anyOf[1],data:data96};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
var _valid2 = _errs231 === errors;
valid46 = valid46 || _valid2;
}
if(!valid46){
const err180 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/max/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.max.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.max,data:data96};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
else {
errors = _errs228;
if(vErrors !== null){
if(_errs228){
vErrors.length = _errs228;
}
else {
vErrors = null;
}
}
}
if(typeof data96 === "string"){
if(!pattern0.test(data96)){
const err181 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/max/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.max,data:data96};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
if(data95.min !== undefined){
let data97 = data95.min;
const _errs234 = errors;
let valid47 = false;
const _errs235 = errors;
if(!(((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97))) && (isFinite(data97)))){
const err182 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/min/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.min.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.min.anyOf[0],data:data97};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
var _valid3 = _errs235 === errors;
valid47 = valid47 || _valid3;
if(!valid47){
const _errs237 = errors;
if(typeof data97 !== "string"){
const err183 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/min/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.min.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.min.anyOf[1],data:data97};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
var _valid3 = _errs237 === errors;
valid47 = valid47 || _valid3;
}
if(!valid47){
const err184 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/min/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.min.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.min,data:data97};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
else {
errors = _errs234;
if(vErrors !== null){
if(_errs234){
vErrors.length = _errs234;
}
else {
vErrors = null;
}
}
}
if(typeof data97 === "string"){
if(!pattern0.test(data97)){
const err185 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/min/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.min,data:data97};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
if(data95.data !== undefined){
let data98 = data95.data;
if(data98 && typeof data98 == "object" && !Array.isArray(data98)){
for(const key26 in data98){
let data99 = data98[key26];
if(data99 && typeof data99 == "object" && !Array.isArray(data99)){
for(const key27 in data99){
if(!((((key27 === "max") || (key27 === "min")) || (key27 === "value")) || (key27 === "sampleSize"))){
const err186 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties,data:data99};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data99.max !== undefined){
let data100 = data99.max;
const _errs246 = errors;
let valid50 = false;
const _errs247 = errors;
if(!(((typeof data100 == "number") && (!(data100 % 1) && !isNaN(data100))) && (isFinite(data100)))){
const err187 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/max/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.max.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.max.anyOf[0],data:data100};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
var _valid4 = _errs247 === errors;
valid50 = valid50 || _valid4;
if(!valid50){
const _errs249 = errors;
if(typeof data100 !== "string"){
const err188 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/max/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.max.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.max.anyOf[1],data:data100};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
var _valid4 = _errs249 === errors;
valid50 = valid50 || _valid4;
}
if(!valid50){
const err189 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/max/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.max.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.max,data:data100};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
else {
errors = _errs246;
if(vErrors !== null){
if(_errs246){
vErrors.length = _errs246;
}
else {
vErrors = null;
}
}
}
if(typeof data100 === "string"){
if(!pattern0.test(data100)){
const err190 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/max/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.max,data:data100};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
if(data99.min !== undefined){
let data101 = data99.min;
const _errs252 = errors;
let valid51 = false;
const _errs253 = errors;
if(!(((typeof data101 == "number") && (!(data101 % 1) && !isNaN(data101))) && (isFinite(data101)))){
const err191 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/min/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.min.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.min.anyOf[0],data:data101};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
var _valid5 = _errs253 === errors;
valid51 = valid51 || _valid5;
if(!valid51){
const _errs255 = errors;
if(typeof data101 !== "string"){
const err192 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/min/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.min.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.min.anyOf[1],data:data101};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
var _valid5 = _errs255 === errors;
valid51 = valid51 || _valid5;
}
if(!valid51){
const err193 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/min/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.min.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.min,data:data101};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
else {
errors = _errs252;
if(vErrors !== null){
if(_errs252){
vErrors.length = _errs252;
}
else {
vErrors = null;
}
}
}
if(typeof data101 === "string"){
if(!pattern0.test(data101)){
const err194 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/min/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.min,data:data101};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
}
if(data99.value !== undefined){
let data102 = data99.value;
const _errs258 = errors;
let valid52 = false;
const _errs259 = errors;
if(!(((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102))) && (isFinite(data102)))){
const err195 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/value/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.value.anyOf[0].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.value.anyOf[0],data:data102};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
var _valid6 = _errs259 === errors;
valid52 = valid52 || _valid6;
if(!valid52){
const _errs261 = errors;
if(typeof data102 !== "string"){
const err196 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/value/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.value.anyOf[1].type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.value.anyOf[1],data:data102};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
var _valid6 = _errs261 === errors;
valid52 = valid52 || _valid6;
}
if(!valid52){
const err197 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/value/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.value.anyOf,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.value,data:data102};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
else {
errors = _errs258;
if(vErrors !== null){
if(_errs258){
vErrors.length = _errs258;
}
else {
vErrors = null;
}
}
}
if(typeof data102 === "string"){
if(!pattern0.test(data102)){
const err198 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/value/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.value,data:data102};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
}
if(data99.sampleSize !== undefined){
let data103 = data99.sampleSize;
if(!(((typeof data103 == "number") && (!(data103 % 1) && !isNaN(data103))) && (isFinite(data103)))){
const err199 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampleSize",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/sampleSize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.sampleSize.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.sampleSize,data:data103};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if((typeof data103 == "number") && (isFinite(data103))){
if(data103 < 0 || isNaN(data103)){
const err200 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampleSize",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/sampleSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.sampleSize,data:data103};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(!(formats0.validate(data103))){
const err201 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/sampleSize",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/properties/sampleSize/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.properties.sampleSize,data:data103};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
}
else {
const err202 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.additionalProperties,data:data99};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/data",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.properties.data,data:data98};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
else {
const err204 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.additionalProperties,data:data95};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
}
else {
const err205 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics/data",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.properties.data,data:data94};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
else {
const err206 = {instancePath:instancePath+"/status/analysis/aggregatedMetrics",schemaPath:"#/properties/status/properties/analysis/properties/aggregatedMetrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics.type,parentSchema:schema11.properties.status.properties.analysis.properties.aggregatedMetrics,data:data90};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data85.winnerAssessment !== undefined){
let data104 = data85.winnerAssessment;
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
if(data104.provenance === undefined){
const err207 = {instancePath:instancePath+"/status/analysis/winnerAssessment",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.required,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment,data:data104};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if(data104.timestamp === undefined){
const err208 = {instancePath:instancePath+"/status/analysis/winnerAssessment",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.required,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment,data:data104};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if(data104.data === undefined){
const err209 = {instancePath:instancePath+"/status/analysis/winnerAssessment",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.required,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment,data:data104};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
for(const key28 in data104){
if(!((((key28 === "provenance") || (key28 === "timestamp")) || (key28 === "message")) || (key28 === "data"))){
const err210 = {instancePath:instancePath+"/status/analysis/winnerAssessment",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment,data:data104};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data104.provenance !== undefined){
let data105 = data104.provenance;
if(typeof data105 !== "string"){
const err211 = {instancePath:instancePath+"/status/analysis/winnerAssessment/provenance",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.provenance.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.provenance,data:data105};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data104.timestamp !== undefined){
let data106 = data104.timestamp;
if(typeof data106 === "string"){
if(!(formats10.test(data106))){
const err212 = {instancePath:instancePath+"/status/analysis/winnerAssessment/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.timestamp,data:data106};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
else {
const err213 = {instancePath:instancePath+"/status/analysis/winnerAssessment/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.timestamp.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.timestamp,data:data106};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data104.message !== undefined){
let data107 = data104.message;
if(typeof data107 !== "string"){
const err214 = {instancePath:instancePath+"/status/analysis/winnerAssessment/message",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.message.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.message,data:data107};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data104.data !== undefined){
let data108 = data104.data;
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
if(data108.winnerFound === undefined){
const err215 = {instancePath:instancePath+"/status/analysis/winnerAssessment/data",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/required",keyword:"required",params:{missingProperty: "winnerFound"},message:"must have required property '"+"winnerFound"+"'",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.required,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data,data:data108};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
for(const key29 in data108){
if(!(((key29 === "winnerFound") || (key29 === "winner")) || (key29 === "bestVersions"))){
const err216 = {instancePath:instancePath+"/status/analysis/winnerAssessment/data",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data,data:data108};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data108.winnerFound !== undefined){
let data109 = data108.winnerFound;
if(typeof data109 !== "boolean"){
const err217 = {instancePath:instancePath+"/status/analysis/winnerAssessment/data/winnerFound",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/properties/winnerFound/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.winnerFound.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.winnerFound,data:data109};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data108.winner !== undefined){
let data110 = data108.winner;
if(typeof data110 !== "string"){
const err218 = {instancePath:instancePath+"/status/analysis/winnerAssessment/data/winner",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/properties/winner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.winner.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.winner,data:data110};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data108.bestVersions !== undefined){
let data111 = data108.bestVersions;
if(Array.isArray(data111)){
const len9 = data111.length;
for(let i9=0; i9<len9; i9++){
let data112 = data111[i9];
if(typeof data112 !== "string"){
const err219 = {instancePath:instancePath+"/status/analysis/winnerAssessment/data/bestVersions/" + i9,schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/properties/bestVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.bestVersions.items.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.bestVersions.items,data:data112};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
}
else {
const err220 = {instancePath:instancePath+"/status/analysis/winnerAssessment/data/bestVersions",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/properties/bestVersions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.bestVersions.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.properties.bestVersions,data:data111};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
}
else {
const err221 = {instancePath:instancePath+"/status/analysis/winnerAssessment/data",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment.properties.data,data:data108};
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
else {
const err222 = {instancePath:instancePath+"/status/analysis/winnerAssessment",schemaPath:"#/properties/status/properties/analysis/properties/winnerAssessment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.winnerAssessment.type,parentSchema:schema11.properties.status.properties.analysis.properties.winnerAssessment,data:data104};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data85.versionAssessments !== undefined){
let data113 = data85.versionAssessments;
if(data113 && typeof data113 == "object" && !Array.isArray(data113)){
if(data113.provenance === undefined){
const err223 = {instancePath:instancePath+"/status/analysis/versionAssessments",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.required,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments,data:data113};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if(data113.timestamp === undefined){
const err224 = {instancePath:instancePath+"/status/analysis/versionAssessments",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.required,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments,data:data113};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(data113.data === undefined){
const err225 = {instancePath:instancePath+"/status/analysis/versionAssessments",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.required,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments,data:data113};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
for(const key30 in data113){
if(!((((key30 === "provenance") || (key30 === "timestamp")) || (key30 === "message")) || (key30 === "data"))){
const err226 = {instancePath:instancePath+"/status/analysis/versionAssessments",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments,data:data113};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
if(data113.provenance !== undefined){
let data114 = data113.provenance;
if(typeof data114 !== "string"){
const err227 = {instancePath:instancePath+"/status/analysis/versionAssessments/provenance",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.provenance.type,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.provenance,data:data114};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data113.timestamp !== undefined){
let data115 = data113.timestamp;
if(typeof data115 === "string"){
if(!(formats10.test(data115))){
const err228 = {instancePath:instancePath+"/status/analysis/versionAssessments/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.timestamp,data:data115};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
else {
const err229 = {instancePath:instancePath+"/status/analysis/versionAssessments/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.timestamp.type,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.timestamp,data:data115};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data113.message !== undefined){
let data116 = data113.message;
if(typeof data116 !== "string"){
const err230 = {instancePath:instancePath+"/status/analysis/versionAssessments/message",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.message.type,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.message,data:data116};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data113.data !== undefined){
let data117 = data113.data;
if(data117 && typeof data117 == "object" && !Array.isArray(data117)){
for(const key31 in data117){
let data118 = data117[key31];
if(Array.isArray(data118)){
const len10 = data118.length;
for(let i10=0; i10<len10; i10++){
let data119 = data118[i10];
if(typeof data119 !== "boolean"){
const err231 = {instancePath:instancePath+"/status/analysis/versionAssessments/data/" + key31.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i10,schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/data/additionalProperties/items/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.data.additionalProperties.items.type,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.data.additionalProperties.items,data:data119};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
}
else {
const err232 = {instancePath:instancePath+"/status/analysis/versionAssessments/data/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/data/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.data.additionalProperties.type,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.data.additionalProperties,data:data118};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
}
else {
const err233 = {instancePath:instancePath+"/status/analysis/versionAssessments/data",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.data.type,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments.properties.data,data:data117};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
}
else {
const err234 = {instancePath:instancePath+"/status/analysis/versionAssessments",schemaPath:"#/properties/status/properties/analysis/properties/versionAssessments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.versionAssessments.type,parentSchema:schema11.properties.status.properties.analysis.properties.versionAssessments,data:data113};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data85.weights !== undefined){
let data120 = data85.weights;
if(data120 && typeof data120 == "object" && !Array.isArray(data120)){
if(data120.provenance === undefined){
const err235 = {instancePath:instancePath+"/status/analysis/weights",schemaPath:"#/properties/status/properties/analysis/properties/weights/required",keyword:"required",params:{missingProperty: "provenance"},message:"must have required property '"+"provenance"+"'",schema:schema11.properties.status.properties.analysis.properties.weights.required,parentSchema:schema11.properties.status.properties.analysis.properties.weights,data:data120};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
if(data120.timestamp === undefined){
const err236 = {instancePath:instancePath+"/status/analysis/weights",schemaPath:"#/properties/status/properties/analysis/properties/weights/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema11.properties.status.properties.analysis.properties.weights.required,parentSchema:schema11.properties.status.properties.analysis.properties.weights,data:data120};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
if(data120.data === undefined){
const err237 = {instancePath:instancePath+"/status/analysis/weights",schemaPath:"#/properties/status/properties/analysis/properties/weights/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema11.properties.status.properties.analysis.properties.weights.required,parentSchema:schema11.properties.status.properties.analysis.properties.weights,data:data120};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
for(const key32 in data120){
if(!((((key32 === "provenance") || (key32 === "timestamp")) || (key32 === "message")) || (key32 === "data"))){
const err238 = {instancePath:instancePath+"/status/analysis/weights",schemaPath:"#/properties/status/properties/analysis/properties/weights/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.weights,data:data120};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
if(data120.provenance !== undefined){
let data121 = data120.provenance;
if(typeof data121 !== "string"){
const err239 = {instancePath:instancePath+"/status/analysis/weights/provenance",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/provenance/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.weights.properties.provenance.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.provenance,data:data121};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data120.timestamp !== undefined){
let data122 = data120.timestamp;
if(typeof data122 === "string"){
if(!(formats10.test(data122))){
const err240 = {instancePath:instancePath+"/status/analysis/weights/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.timestamp,data:data122};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
else {
const err241 = {instancePath:instancePath+"/status/analysis/weights/timestamp",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.weights.properties.timestamp.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.timestamp,data:data122};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data120.message !== undefined){
let data123 = data120.message;
if(typeof data123 !== "string"){
const err242 = {instancePath:instancePath+"/status/analysis/weights/message",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.weights.properties.message.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.message,data:data123};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
if(data120.data !== undefined){
let data124 = data120.data;
if(Array.isArray(data124)){
const len11 = data124.length;
for(let i11=0; i11<len11; i11++){
let data125 = data124[i11];
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.name === undefined){
const err243 = {instancePath:instancePath+"/status/analysis/weights/data/" + i11,schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.required,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items,data:data125};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
if(data125.value === undefined){
const err244 = {instancePath:instancePath+"/status/analysis/weights/data/" + i11,schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.required,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items,data:data125};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
for(const key33 in data125){
if(!((key33 === "name") || (key33 === "value"))){
const err245 = {instancePath:instancePath+"/status/analysis/weights/data/" + i11,schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items,data:data125};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data125.name !== undefined){
let data126 = data125.name;
if(typeof data126 !== "string"){
const err246 = {instancePath:instancePath+"/status/analysis/weights/data/" + i11+"/name",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.properties.name.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.properties.name,data:data126};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data125.value !== undefined){
let data127 = data125.value;
if(!(((typeof data127 == "number") && (!(data127 % 1) && !isNaN(data127))) && (isFinite(data127)))){
const err247 = {instancePath:instancePath+"/status/analysis/weights/data/" + i11+"/value",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.properties.value.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.properties.value,data:data127};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
if((typeof data127 == "number") && (isFinite(data127))){
if(!(formats0.validate(data127))){
const err248 = {instancePath:instancePath+"/status/analysis/weights/data/" + i11+"/value",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/properties/value/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.properties.value,data:data127};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
}
}
else {
const err249 = {instancePath:instancePath+"/status/analysis/weights/data/" + i11,schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data.items,data:data125};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
}
else {
const err250 = {instancePath:instancePath+"/status/analysis/weights/data",schemaPath:"#/properties/status/properties/analysis/properties/weights/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.analysis.properties.weights.properties.data.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights.properties.data,data:data124};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
}
else {
const err251 = {instancePath:instancePath+"/status/analysis/weights",schemaPath:"#/properties/status/properties/analysis/properties/weights/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.properties.weights.type,parentSchema:schema11.properties.status.properties.analysis.properties.weights,data:data120};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
}
else {
const err252 = {instancePath:instancePath+"/status/analysis",schemaPath:"#/properties/status/properties/analysis/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.analysis.type,parentSchema:schema11.properties.status.properties.analysis,data:data85};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data68.versionRecommendedForPromotion !== undefined){
let data128 = data68.versionRecommendedForPromotion;
if(typeof data128 !== "string"){
const err253 = {instancePath:instancePath+"/status/versionRecommendedForPromotion",schemaPath:"#/properties/status/properties/versionRecommendedForPromotion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.versionRecommendedForPromotion.type,parentSchema:schema11.properties.status.properties.versionRecommendedForPromotion,data:data128};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data68.message !== undefined){
let data129 = data68.message;
if(typeof data129 !== "string"){
const err254 = {instancePath:instancePath+"/status/message",schemaPath:"#/properties/status/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.message.type,parentSchema:schema11.properties.status.properties.message,data:data129};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
if(data68.metrics !== undefined){
let data130 = data68.metrics;
if(Array.isArray(data130)){
const len12 = data130.length;
for(let i12=0; i12<len12; i12++){
let data131 = data130[i12];
if(data131 && typeof data131 == "object" && !Array.isArray(data131)){
if(data131.name === undefined){
const err255 = {instancePath:instancePath+"/status/metrics/" + i12,schemaPath:"#/properties/status/properties/metrics/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.status.properties.metrics.items.required,parentSchema:schema11.properties.status.properties.metrics.items,data:data131};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
if(data131.metricObj === undefined){
const err256 = {instancePath:instancePath+"/status/metrics/" + i12,schemaPath:"#/properties/status/properties/metrics/items/required",keyword:"required",params:{missingProperty: "metricObj"},message:"must have required property '"+"metricObj"+"'",schema:schema11.properties.status.properties.metrics.items.required,parentSchema:schema11.properties.status.properties.metrics.items,data:data131};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
for(const key34 in data131){
if(!((key34 === "name") || (key34 === "metricObj"))){
const err257 = {instancePath:instancePath+"/status/metrics/" + i12,schemaPath:"#/properties/status/properties/metrics/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metrics.items,data:data131};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data131.name !== undefined){
let data132 = data131.name;
if(typeof data132 !== "string"){
const err258 = {instancePath:instancePath+"/status/metrics/" + i12+"/name",schemaPath:"#/properties/status/properties/metrics/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.name.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.name,data:data132};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data131.metricObj !== undefined){
let data133 = data131.metricObj;
if(data133 && typeof data133 == "object" && !Array.isArray(data133)){
if(data133.apiVersion === undefined){
const err259 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj,data:data133};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
if(data133.kind === undefined){
const err260 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj,data:data133};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
if(data133.metadata === undefined){
const err261 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj,data:data133};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
if(data133.spec === undefined){
const err262 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj,data:data133};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
for(const key35 in data133){
if(!((((key35 === "apiVersion") || (key35 === "kind")) || (key35 === "metadata")) || (key35 === "spec"))){
const err263 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj,data:data133};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data133.apiVersion !== undefined){
let data134 = data133.apiVersion;
if(typeof data134 !== "string"){
const err264 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/apiVersion",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.apiVersion.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.apiVersion,data:data134};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data133.kind !== undefined){
let data135 = data133.kind;
if(typeof data135 !== "string"){
const err265 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/kind",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.kind.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.kind,data:data135};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data133.metadata !== undefined){
let data136 = data133.metadata;
if(!(data136 && typeof data136 == "object" && !Array.isArray(data136))){
const err266 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/metadata",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.metadata.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.metadata,data:data136};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data133.spec !== undefined){
let data137 = data133.spec;
if(data137 && typeof data137 == "object" && !Array.isArray(data137)){
for(const key36 in data137){
if(!(func3.call(schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties, key36))){
const err267 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec,data:data137};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data137.description !== undefined){
let data138 = data137.description;
if(typeof data138 !== "string"){
const err268 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/description",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.description.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.description,data:data138};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
if(data137.units !== undefined){
let data139 = data137.units;
if(typeof data139 !== "string"){
const err269 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/units",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/units/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.units.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.units,data:data139};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data137.type !== undefined){
let data140 = data137.type;
if(typeof data140 !== "string"){
const err270 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/type",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.type.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.type,data:data140};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(!((data140 === "Counter") || (data140 === "Gauge"))){
const err271 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/type",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.type.enum,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.type,data:data140};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data137.sampleSize !== undefined){
let data141 = data137.sampleSize;
if(typeof data141 !== "string"){
const err272 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/sampleSize",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/sampleSize/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.sampleSize.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.sampleSize,data:data141};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
if(data137.provider !== undefined){
let data142 = data137.provider;
if(typeof data142 !== "string"){
const err273 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/provider",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.provider.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.provider,data:data142};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
if(data137.params !== undefined){
let data143 = data137.params;
if(Array.isArray(data143)){
const len13 = data143.length;
for(let i13=0; i13<len13; i13++){
let data144 = data143[i13];
if(data144 && typeof data144 == "object" && !Array.isArray(data144)){
if(data144.name === undefined){
const err274 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/params/" + i13,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items,data:data144};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
if(data144.value === undefined){
const err275 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/params/" + i13,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items,data:data144};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
for(const key37 in data144){
if(!((key37 === "name") || (key37 === "value"))){
const err276 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/params/" + i13,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items,data:data144};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data144.name !== undefined){
let data145 = data144.name;
if(typeof data145 !== "string"){
const err277 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/params/" + i13+"/name",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items.properties.name.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items.properties.name,data:data145};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
if(data144.value !== undefined){
let data146 = data144.value;
if(typeof data146 !== "string"){
const err278 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/params/" + i13+"/value",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items.properties.value.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items.properties.value,data:data146};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
}
else {
const err279 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/params/" + i13,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.items,data:data144};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
}
else {
const err280 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/params",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/params/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.params,data:data143};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
if(data137.body !== undefined){
let data147 = data137.body;
if(typeof data147 !== "string"){
const err281 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/body",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.body.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.body,data:data147};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
if(data137.method !== undefined){
let data148 = data137.method;
if(typeof data148 !== "string"){
const err282 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/method",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.method.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.method,data:data148};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
if(!((data148 === "GET") || (data148 === "POST"))){
const err283 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/method",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/method/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.method.enum,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.method,data:data148};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data137.authType !== undefined){
let data149 = data137.authType;
if(typeof data149 !== "string"){
const err284 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/authType",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/authType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.authType.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.authType,data:data149};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
if(!(((data149 === "Basic") || (data149 === "Bearer")) || (data149 === "APIKey"))){
const err285 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/authType",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/authType/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.authType.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.authType.enum,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.authType,data:data149};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data137.secret !== undefined){
let data150 = data137.secret;
if(typeof data150 !== "string"){
const err286 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/secret",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.secret.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.secret,data:data150};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data137.headerTemplates !== undefined){
let data151 = data137.headerTemplates;
if(Array.isArray(data151)){
const len14 = data151.length;
for(let i14=0; i14<len14; i14++){
let data152 = data151[i14];
if(data152 && typeof data152 == "object" && !Array.isArray(data152)){
if(data152.name === undefined){
const err287 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/headerTemplates/" + i14,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items,data:data152};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
if(data152.value === undefined){
const err288 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/headerTemplates/" + i14,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items,data:data152};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
for(const key38 in data152){
if(!((key38 === "name") || (key38 === "value"))){
const err289 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/headerTemplates/" + i14,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items,data:data152};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(data152.name !== undefined){
let data153 = data152.name;
if(typeof data153 !== "string"){
const err290 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/headerTemplates/" + i14+"/name",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items.properties.name.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items.properties.name,data:data153};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
if(data152.value !== undefined){
let data154 = data152.value;
if(typeof data154 !== "string"){
const err291 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/headerTemplates/" + i14+"/value",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items.properties.value.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items.properties.value,data:data154};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
}
else {
const err292 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/headerTemplates/" + i14,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.items,data:data152};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
}
else {
const err293 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/headerTemplates",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/headerTemplates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.headerTemplates,data:data151};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data137.urlTemplate !== undefined){
let data155 = data137.urlTemplate;
if(typeof data155 !== "string"){
const err294 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/urlTemplate",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/urlTemplate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.urlTemplate.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.urlTemplate,data:data155};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
if(data137.jqExpression !== undefined){
let data156 = data137.jqExpression;
if(typeof data156 !== "string"){
const err295 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/jqExpression",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/jqExpression/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.jqExpression.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.jqExpression,data:data156};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data137.mock !== undefined){
let data157 = data137.mock;
if(Array.isArray(data157)){
const len15 = data157.length;
for(let i15=0; i15<len15; i15++){
let data158 = data157[i15];
if(data158 && typeof data158 == "object" && !Array.isArray(data158)){
if(data158.name === undefined){
const err296 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/mock/" + i15,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items,data:data158};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
if(data158.level === undefined){
const err297 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/mock/" + i15,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.required,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items,data:data158};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
for(const key39 in data158){
if(!((key39 === "name") || (key39 === "level"))){
const err298 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/mock/" + i15,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items,data:data158};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(data158.name !== undefined){
let data159 = data158.name;
if(typeof data159 !== "string"){
const err299 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/mock/" + i15+"/name",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.name.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.name,data:data159};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
if(data158.level !== undefined){
let data160 = data158.level;
const _errs390 = errors;
let valid79 = false;
const _errs391 = errors;
if(!(((typeof data160 == "number") && (!(data160 % 1) && !isNaN(data160))) && (isFinite(data160)))){
const err300 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/mock/" + i15+"/level",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/level/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.level.anyOf[0].type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.level.anyOf[0],data:data160};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
var _valid7 = _errs391 === errors;
valid79 = valid79 || _valid7;
if(!valid79){
const _errs393 = errors;
if(typeof data160 !== "string"){
const err301 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/mock/" + i15+"/level",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/level/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.level.anyOf[1].type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.level.anyOf[1],data:data160};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
var _valid7 = _errs393 === errors;
valid79 = valid79 || _valid7;
}
if(!valid79){
const err302 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/mock/" + i15+"/level",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/level/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.level.anyOf,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.level,data:data160};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
else {
errors = _errs390;
if(vErrors !== null){
if(_errs390){
vErrors.length = _errs390;
}
else {
vErrors = null;
}
}
}
if(typeof data160 === "string"){
if(!pattern0.test(data160)){
const err303 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/mock/" + i15+"/level",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/properties/level/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.properties.level,data:data160};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
}
}
else {
const err304 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/mock/" + i15,schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.items,data:data158};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
}
else {
const err305 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec/mock",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/properties/mock/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.properties.mock,data:data157};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
}
else {
const err306 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj/spec",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj.properties.spec,data:data137};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
}
else {
const err307 = {instancePath:instancePath+"/status/metrics/" + i12+"/metricObj",schemaPath:"#/properties/status/properties/metrics/items/properties/metricObj/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.properties.metricObj.type,parentSchema:schema11.properties.status.properties.metrics.items.properties.metricObj,data:data133};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
}
else {
const err308 = {instancePath:instancePath+"/status/metrics/" + i12,schemaPath:"#/properties/status/properties/metrics/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metrics.items.type,parentSchema:schema11.properties.status.properties.metrics.items,data:data131};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
}
else {
const err309 = {instancePath:instancePath+"/status/metrics",schemaPath:"#/properties/status/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.metrics.type,parentSchema:schema11.properties.status.properties.metrics,data:data130};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
if(data68.metricErrors !== undefined){
let data161 = data68.metricErrors;
if(data161 && typeof data161 == "object" && !Array.isArray(data161)){
if(data161.consecutive === undefined){
const err310 = {instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/required",keyword:"required",params:{missingProperty: "consecutive"},message:"must have required property '"+"consecutive"+"'",schema:schema11.properties.status.properties.metricErrors.required,parentSchema:schema11.properties.status.properties.metricErrors,data:data161};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
if(data161.metric === undefined){
const err311 = {instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.status.properties.metricErrors.required,parentSchema:schema11.properties.status.properties.metricErrors,data:data161};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
if(data161.message === undefined){
const err312 = {instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema11.properties.status.properties.metricErrors.required,parentSchema:schema11.properties.status.properties.metricErrors,data:data161};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
if(data161.time === undefined){
const err313 = {instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema11.properties.status.properties.metricErrors.required,parentSchema:schema11.properties.status.properties.metricErrors,data:data161};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
for(const key40 in data161){
if(!(((((key40 === "consecutive") || (key40 === "metric")) || (key40 === "version")) || (key40 === "message")) || (key40 === "time"))){
const err314 = {instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.metricErrors,data:data161};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
if(data161.consecutive !== undefined){
let data162 = data161.consecutive;
if(!(((typeof data162 == "number") && (!(data162 % 1) && !isNaN(data162))) && (isFinite(data162)))){
const err315 = {instancePath:instancePath+"/status/metricErrors/consecutive",schemaPath:"#/properties/status/properties/metricErrors/properties/consecutive/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.metricErrors.properties.consecutive.type,parentSchema:schema11.properties.status.properties.metricErrors.properties.consecutive,data:data162};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
if((typeof data162 == "number") && (isFinite(data162))){
if(data162 < 0 || isNaN(data162)){
const err316 = {instancePath:instancePath+"/status/metricErrors/consecutive",schemaPath:"#/properties/status/properties/metricErrors/properties/consecutive/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.status.properties.metricErrors.properties.consecutive,data:data162};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
if(!(formats0.validate(data162))){
const err317 = {instancePath:instancePath+"/status/metricErrors/consecutive",schemaPath:"#/properties/status/properties/metricErrors/properties/consecutive/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.status.properties.metricErrors.properties.consecutive,data:data162};
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
if(data161.metric !== undefined){
let data163 = data161.metric;
if(typeof data163 !== "string"){
const err318 = {instancePath:instancePath+"/status/metricErrors/metric",schemaPath:"#/properties/status/properties/metricErrors/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metricErrors.properties.metric.type,parentSchema:schema11.properties.status.properties.metricErrors.properties.metric,data:data163};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data161.version !== undefined){
let data164 = data161.version;
if(typeof data164 !== "string"){
const err319 = {instancePath:instancePath+"/status/metricErrors/version",schemaPath:"#/properties/status/properties/metricErrors/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metricErrors.properties.version.type,parentSchema:schema11.properties.status.properties.metricErrors.properties.version,data:data164};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
if(data161.message !== undefined){
let data165 = data161.message;
if(typeof data165 !== "string"){
const err320 = {instancePath:instancePath+"/status/metricErrors/message",schemaPath:"#/properties/status/properties/metricErrors/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metricErrors.properties.message.type,parentSchema:schema11.properties.status.properties.metricErrors.properties.message,data:data165};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
if(data161.time !== undefined){
let data166 = data161.time;
if(typeof data166 === "string"){
if(!(formats10.test(data166))){
const err321 = {instancePath:instancePath+"/status/metricErrors/time",schemaPath:"#/properties/status/properties/metricErrors/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.metricErrors.properties.time,data:data166};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
else {
const err322 = {instancePath:instancePath+"/status/metricErrors/time",schemaPath:"#/properties/status/properties/metricErrors/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.metricErrors.properties.time.type,parentSchema:schema11.properties.status.properties.metricErrors.properties.time,data:data166};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
}
else {
const err323 = {instancePath:instancePath+"/status/metricErrors",schemaPath:"#/properties/status/properties/metricErrors/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.metricErrors.type,parentSchema:schema11.properties.status.properties.metricErrors,data:data161};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
if(data68.history !== undefined){
let data167 = data68.history;
if(Array.isArray(data167)){
if(data167.length > 100){
const err324 = {instancePath:instancePath+"/status/history",schemaPath:"#/properties/status/properties/history/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema11.properties.status.properties.history,data:data167};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
const len16 = data167.length;
for(let i16=0; i16<len16; i16++){
let data168 = data167[i16];
if(data168 && typeof data168 == "object" && !Array.isArray(data168)){
if(data168.iteration === undefined){
const err325 = {instancePath:instancePath+"/status/history/" + i16,schemaPath:"#/properties/status/properties/history/items/required",keyword:"required",params:{missingProperty: "iteration"},message:"must have required property '"+"iteration"+"'",schema:schema11.properties.status.properties.history.items.required,parentSchema:schema11.properties.status.properties.history.items,data:data168};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
if(data168.time === undefined){
const err326 = {instancePath:instancePath+"/status/history/" + i16,schemaPath:"#/properties/status/properties/history/items/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'",schema:schema11.properties.status.properties.history.items.required,parentSchema:schema11.properties.status.properties.history.items,data:data168};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
if(data168.values === undefined){
const err327 = {instancePath:instancePath+"/status/history/" + i16,schemaPath:"#/properties/status/properties/history/items/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'",schema:schema11.properties.status.properties.history.items.required,parentSchema:schema11.properties.status.properties.history.items,data:data168};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
for(const key41 in data168){
if(!((((key41 === "iteration") || (key41 === "time")) || (key41 === "values")) || (key41 === "comparisons"))){
const err328 = {instancePath:instancePath+"/status/history/" + i16,schemaPath:"#/properties/status/properties/history/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.history.items,data:data168};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
if(data168.iteration !== undefined){
let data169 = data168.iteration;
if(!(((typeof data169 == "number") && (!(data169 % 1) && !isNaN(data169))) && (isFinite(data169)))){
const err329 = {instancePath:instancePath+"/status/history/" + i16+"/iteration",schemaPath:"#/properties/status/properties/history/items/properties/iteration/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.history.items.properties.iteration.type,parentSchema:schema11.properties.status.properties.history.items.properties.iteration,data:data169};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
if((typeof data169 == "number") && (isFinite(data169))){
if(data169 < 1 || isNaN(data169)){
const err330 = {instancePath:instancePath+"/status/history/" + i16+"/iteration",schemaPath:"#/properties/status/properties/history/items/properties/iteration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.status.properties.history.items.properties.iteration,data:data169};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
if(!(formats0.validate(data169))){
const err331 = {instancePath:instancePath+"/status/history/" + i16+"/iteration",schemaPath:"#/properties/status/properties/history/items/properties/iteration/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\"",schema:"int32",parentSchema:schema11.properties.status.properties.history.items.properties.iteration,data:data169};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
}
if(data168.time !== undefined){
let data170 = data168.time;
if(typeof data170 === "string"){
if(!(formats10.test(data170))){
const err332 = {instancePath:instancePath+"/status/history/" + i16+"/time",schemaPath:"#/properties/status/properties/history/items/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema11.properties.status.properties.history.items.properties.time,data:data170};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
else {
const err333 = {instancePath:instancePath+"/status/history/" + i16+"/time",schemaPath:"#/properties/status/properties/history/items/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.history.items.properties.time.type,parentSchema:schema11.properties.status.properties.history.items.properties.time,data:data170};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
if(data168.values !== undefined){
let data171 = data168.values;
if(data171 && typeof data171 == "object" && !Array.isArray(data171)){
for(const key42 in data171){
let data172 = data171[key42];
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
for(const key43 in data172){
let data173 = data172[key43];
const _errs424 = errors;
let valid86 = false;
const _errs425 = errors;
if(!(((typeof data173 == "number") && (!(data173 % 1) && !isNaN(data173))) && (isFinite(data173)))){
const err334 = {instancePath:instancePath+"/status/history/" + i16+"/values/" + key42.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key43.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.additionalProperties.anyOf[0].type,parentSchema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.additionalProperties.anyOf[0],data:data173};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
var _valid8 = _errs425 === errors;
valid86 = valid86 || _valid8;
if(!valid86){
const _errs427 = errors;
if(typeof data173 !== "string"){
const err335 = {instancePath:instancePath+"/status/history/" + i16+"/values/" + key42.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key43.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.additionalProperties.anyOf[1].type,parentSchema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.additionalProperties.anyOf[1],data:data173};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
var _valid8 = _errs427 === errors;
valid86 = valid86 || _valid8;
}
if(!valid86){
const err336 = {instancePath:instancePath+"/status/history/" + i16+"/values/" + key42.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key43.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.additionalProperties.anyOf,parentSchema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.additionalProperties,data:data173};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
else {
errors = _errs424;
if(vErrors !== null){
if(_errs424){
vErrors.length = _errs424;
}
else {
vErrors = null;
}
}
}
if(typeof data173 === "string"){
if(!pattern0.test(data173)){
const err337 = {instancePath:instancePath+"/status/history/" + i16+"/values/" + key42.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key43.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"},message:"must match pattern \""+"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"+"\"",schema:"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",parentSchema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.additionalProperties,data:data173};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
}
}
else {
const err338 = {instancePath:instancePath+"/status/history/" + i16+"/values/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/status/properties/history/items/properties/values/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.history.items.properties.values.additionalProperties.type,parentSchema:schema11.properties.status.properties.history.items.properties.values.additionalProperties,data:data172};
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
else {
const err339 = {instancePath:instancePath+"/status/history/" + i16+"/values",schemaPath:"#/properties/status/properties/history/items/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.history.items.properties.values.type,parentSchema:schema11.properties.status.properties.history.items.properties.values,data:data171};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
if(data168.comparisons !== undefined){
let data174 = data168.comparisons;
if(Array.isArray(data174)){
const len17 = data174.length;
for(let i17=0; i17<len17; i17++){
let data175 = data174[i17];
if(data175 && typeof data175 == "object" && !Array.isArray(data175)){
if(data175.metric === undefined){
const err340 = {instancePath:instancePath+"/status/history/" + i16+"/comparisons/" + i17,schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.required,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items,data:data175};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
if(data175.version === undefined){
const err341 = {instancePath:instancePath+"/status/history/" + i16+"/comparisons/" + i17,schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.required,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items,data:data175};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
if(data175.verdict === undefined){
const err342 = {instancePath:instancePath+"/status/history/" + i16+"/comparisons/" + i17,schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.required,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items,data:data175};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
for(const key44 in data175){
if(!(((((key44 === "metric") || (key44 === "version")) || (key44 === "verdict")) || (key44 === "ratio")) || (key44 === "difference"))){
const err343 = {instancePath:instancePath+"/status/history/" + i16+"/comparisons/" + i17,schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items,data:data175};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
if(data175.metric !== undefined){
let data176 = data175.metric;
if(typeof data176 !== "string"){
const err344 = {instancePath:instancePath+"/status/history/" + i16+"/comparisons/" + i17+"/metric",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.metric.type,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.metric,data:data176};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
if(data175.version !== undefined){
let data177 = data175.version;
if(typeof data177 !== "string"){
const err345 = {instancePath:instancePath+"/status/history/" + i16+"/comparisons/" + i17+"/version",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.version.type,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.version,data:data177};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
if(data175.verdict !== undefined){
let data178 = data175.verdict;
if(typeof data178 !== "string"){
const err346 = {instancePath:instancePath+"/status/history/" + i16+"/comparisons/" + i17+"/verdict",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.verdict.type,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.verdict,data:data178};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
if(!(((data178 === "satisfied") || (data178 === "violated")) || (data178 === "unavailable"))){
const err347 = {instancePath:instancePath+"/status/history/" + i16+"/comparisons/" + i17+"/verdict",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.properties.history.items.properties.comparisons.items.properties.verdict.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.verdict.enum,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.verdict,data:data178};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
if(data175.ratio !== undefined){
let data179 = data175.ratio;
if(!((typeof data179 == "number") && (isFinite(data179)))){
const err348 = {instancePath:instancePath+"/status/history/" + i16+"/comparisons/" + i17+"/ratio",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/ratio/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.ratio.type,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.ratio,data:data179};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
if(data175.difference !== undefined){
let data180 = data175.difference;
if(!((typeof data180 == "number") && (isFinite(data180)))){
const err349 = {instancePath:instancePath+"/status/history/" + i16+"/comparisons/" + i17+"/difference",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/properties/difference/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.difference.type,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items.properties.difference,data:data180};
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
const err350 = {instancePath:instancePath+"/status/history/" + i16+"/comparisons/" + i17,schemaPath:"#/properties/status/properties/history/items/properties/comparisons/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.history.items.properties.comparisons.items.type,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons.items,data:data175};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
}
else {
const err351 = {instancePath:instancePath+"/status/history/" + i16+"/comparisons",schemaPath:"#/properties/status/properties/history/items/properties/comparisons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.history.items.properties.comparisons.type,parentSchema:schema11.properties.status.properties.history.items.properties.comparisons,data:data174};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
}
else {
const err352 = {instancePath:instancePath+"/status/history/" + i16,schemaPath:"#/properties/status/properties/history/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.properties.history.items.type,parentSchema:schema11.properties.status.properties.history.items,data:data168};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
}
else {
const err353 = {instancePath:instancePath+"/status/history",schemaPath:"#/properties/status/properties/history/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.status.properties.history.type,parentSchema:schema11.properties.status.properties.history,data:data167};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
}
else {
const err354 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.status.type,parentSchema:schema11.properties.status,data:data68};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
}
else {
const err355 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const metric = validate11;
const schema12 = {"type":"object","description":"Metric is an Iter8 metric definition (iter8.tools/v2alpha2).","required":["spec"],"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"metadata":{"type":"object"},"spec":{"type":"object","description":"How to query one metric for each version.","properties":{"description":{"type":"string","description":"Informational."},"units":{"type":"string","description":"Informational; shown as \"name (units)\"."},"type":{"type":"string","enum":["Counter","Gauge"],"description":"Counter or Gauge (informational, except for mocks).","default":"Gauge"},"sampleSize":{"type":"string","description":"Reference (name or namespace/name) to the counter metric giving the sample size."},"provider":{"type":"string","description":"Informational; \"iter8\" marks a builtin metric that is not fetched over HTTP."},"params":{"type":"array","description":"HTTP query parameters.","items":{"type":"object","description":"HTTP query parameter; the value is a template.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"body":{"type":"string","description":"POST body template; interpolated and then parsed as JSON."},"method":{"type":"string","enum":["GET","POST"],"description":"HTTP method.","default":"GET"},"authType":{"type":"string","enum":["Basic","Bearer","APIKey"],"description":"HTTP authentication, with credentials from `secret`."},"secret":{"type":"string","description":"Kubernetes secret (name or namespace/name) holding credentials and template data."},"headerTemplates":{"type":"array","description":"HTTP headers.","items":{"type":"object","description":"HTTP header; the value is a template.","required":["name","value"],"properties":{"name":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false}},"urlTemplate":{"type":"string","description":"URL of the metrics backend."},"jqExpression":{"type":"string","description":"jq program whose first output is the metric value."},"mock":{"type":"array","description":"Fake values instead of HTTP queries.","items":{"type":"object","description":"Mocked level of one version.","required":["name","level"],"properties":{"name":{"type":"string","description":"Version name."},"level":{"description":"Mean (gauge) or rate (counter).","x-kubernetes-int-or-string":true,"anyOf":[{"type":"integer"},{"type":"string"}],"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}},"additionalProperties":false}}},"additionalProperties":false}},"additionalProperties":false};

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
}
else {
const err44 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.spec.type,parentSchema:schema12.properties.spec,data:data3};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}
