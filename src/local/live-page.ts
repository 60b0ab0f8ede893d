// The live page of `iter8fn local`: an HTTP server on 127.0.0.1 that shows a LocalSession as it
// runs. The page is self-contained (uPlot inlined, as in the report) and gets its updates over one
// server-sent event stream: requests per second per revision (live and mirrored) and dropped
// copies every second, and after each iteration the report's objectives and metric charts, built
// from the state file's status.history, so they grow an iteration at a time. At the end it links
// the report written next to the state file.

import { promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseYaml } from 'yaml';
import type { ChartSpec } from '../report/html.js';
import {
  CHART_SCRIPT,
  chartLibraryScript,
  escapeHtml,
  lineCharts,
  objectivesTable,
  pageHead,
  REPORT_STYLE,
  scriptJson,
  summary,
} from '../report/html.js';
import { reportModel } from '../report/model.js';
import type { RevisionFigures, TrafficFigures } from './live-view.js';
import type { LocalEvent, SessionFeed } from './session-events.js';

/** What the page needs of a session. */
export interface LiveSource extends SessionFeed {
  readonly title: string;
  readonly stateFile: string;
}

export interface LivePage {
  url: string;
  /** Ends the page: shows the outcome and names the report written at the end (served at /report). */
  finish(reportFile?: string): Promise<void>;
  close(): Promise<void>;
}

/** One traffic sample as the page draws it. */
interface TrafficSample {
  /** Seconds since the epoch. */
  t: number;
  traffic: TrafficFigures;
  revisions: RevisionFigures[];
}

/** The report sections the page swaps in after each iteration. */
interface ExperimentView {
  html: string;
  charts: ChartSpec[];
  completed: number;
}

/** Traffic samples kept for a page that connects late (10 minutes at one a second). */
const TRAFFIC_HISTORY = 600;

const CSP = "default-src 'none'; connect-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'";

async function experimentView(stateFile: string): Promise<ExperimentView | undefined> {
  let experiment: unknown;
  try {
    experiment = parseYaml(await fs.readFile(stateFile, 'utf8')) as unknown;
  } catch {
    // Between two writes the state file is replaced atomically; a failed read waits for the next event.
    return undefined;
  }
  const model = reportModel(experiment);
  const charts: ChartSpec[] = [];
  const html = [summary(model), objectivesTable(model), lineCharts(model, charts)].join('\n');
  return { html, charts, completed: model.completedIterations };
}

function page(title: string): string {
  return `${pageHead({ title: `iter8fn local: ${title}`, csp: CSP, style: REPORT_STYLE + LIVE_STYLE })}
<body>
<main>
<div class="live-head"><p class="kicker">iter8fn local · live</p><h1 id="title">${escapeHtml(title)}</h1>
<p><span id="phase" class="phase">connecting</span> · iteration <b id="completed">0</b> of <b id="total">?</b></p>
<div class="bar"><div id="progress"></div></div>
<p id="ended" class="ended" hidden></p></div>
<section id="traffic"><h2>Traffic</h2>
<p class="note" id="traffic-totals">waiting for traffic</p>
<div class="metrics"><figure class="metric"><h3>Requests per second, per revision</h3><div class="chart" id="rps"></div>
<figcaption>Solid: live requests a revision served; dashed: mirrored copies it got.</figcaption></figure>
<figure class="metric"><h3>Mirrored copies per second</h3><div class="chart" id="mirror"></div>
<figcaption>Accepted for mirroring, and dropped because the mirror queue was full.</figcaption></figure></div>
</section>
<div id="experiment"><p class="note">The objectives and their charts appear after the first iteration.</p></div>
<section id="log"><h2>Events</h2><ol id="lines"></ol></section>
</main>
${chartLibraryScript()}
<script>${CHART_SCRIPT}</script>
<script>${LIVE_SCRIPT}</script>
</body>
</html>
`;
}

const LIVE_STYLE = `
.live-head { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; }
.phase { font-weight: 600; }
.bar { height: 8px; background: #e5e7eb; border-radius: 4px; overflow: hidden; margin-top: 6px; }
.bar div { height: 100%; width: 0; background: var(--neutral); transition: width .4s; }
.ended { margin: 10px 0 0; font-weight: 600; }
#experiment .summary { display: none; }
#lines { font-family: ui-monospace, monospace; font-size: 12px; color: var(--muted); max-height: 240px; overflow: auto; padding-left: 28px; }
`;

// Runs in the page: one EventSource; traffic samples become per-second rates, iterations swap in
// the report's sections (escaped by the server) and redraw their charts.
const LIVE_SCRIPT = `
(function () {
  'use strict';
  var draw = window.iter8fnDraw;
  var samples = [];
  var rps = null, mirror = null;
  var live = { charts: [], experimentCharts: [], completed: 0 };
  window.iter8fnLive = live;
  function text(id, value) { document.getElementById(id).textContent = value; }
  function line(message) {
    var li = document.createElement('li');
    li.textContent = message;
    var list = document.getElementById('lines');
    list.appendChild(li);
    while (list.children.length > 200) list.removeChild(list.firstChild);
    list.scrollTop = list.scrollHeight;
  }
  function rates() {
    var names = samples.length ? samples[samples.length - 1].revisions.map(function (r) { return r.name; }) : [];
    var x = [], liveRates = names.map(function () { return []; }), mirroredRates = names.map(function () { return []; });
    var accepted = [], dropped = [];
    for (var i = 1; i < samples.length; i++) {
      var a = samples[i - 1], b = samples[i], dt = Math.max(0.001, b.t - a.t);
      x.push(b.t);
      names.forEach(function (name, j) {
        var ra = a.revisions.find(function (r) { return r.name === name; }) || { live: 0, mirrored: 0 };
        var rb = b.revisions.find(function (r) { return r.name === name; }) || { live: 0, mirrored: 0 };
        liveRates[j].push((rb.live - ra.live) / dt);
        mirroredRates[j].push((rb.mirrored - ra.mirrored) / dt);
      });
      accepted.push((b.traffic.mirrored - a.traffic.mirrored) / dt);
      dropped.push((b.traffic.dropped - a.traffic.dropped) / dt);
    }
    var COLORS = ['#2563eb', '#ea580c', '#16a34a', '#9333ea'];
    var series = [];
    names.forEach(function (name, j) {
      series.push({ label: name + ' live', values: liveRates[j], color: COLORS[j % COLORS.length] });
      series.push({ label: name + ' mirrored', values: mirroredRates[j], color: COLORS[j % COLORS.length], dash: [5, 4] });
    });
    return {
      rps: { id: 'rps', kind: 'line', title: 'rps', time: true, xLabel: 'time', units: 'requests/s', x: x, series: series, limits: [] },
      mirror: { id: 'mirror', kind: 'line', title: 'mirror', time: true, xLabel: 'time', units: 'copies/s', x: x,
        series: [{ label: 'mirrored', values: accepted, color: '#16a34a' }, { label: 'dropped', values: dropped, color: '#dc2626' }], limits: [] },
    };
  }
  function redrawTraffic() {
    if (samples.length < 2) return;
    var specs = rates();
    var sameShape = rps && rps.series.length === specs.rps.series.length + 1;
    if (!sameShape) {
      document.getElementById('rps').textContent = '';
      document.getElementById('mirror').textContent = '';
      var drawn = draw.draw([specs.rps, specs.mirror]);
      rps = drawn[0] && drawn[0].plot; mirror = drawn[1] && drawn[1].plot;
      live.charts = drawn;
    } else {
      rps.setData(draw.lineData(specs.rps));
      mirror.setData(draw.lineData(specs.mirror));
    }
    var last = samples[samples.length - 1];
    text('traffic-totals', 'live ' + last.traffic.live + ' · mirrored ' + last.traffic.mirrored + ' · dropped ' +
      last.traffic.dropped + ' · mirror failures ' + last.traffic.mirrorFailures + ' · client errors ' + last.traffic.clientErrors);
  }
  function progress(completed, total) {
    text('completed', String(completed));
    text('total', String(total));
    document.getElementById('progress').style.width = (total > 0 ? Math.min(100, 100 * completed / total) : 0) + '%';
  }
  function showExperiment(view) {
    if (!view) return;
    live.experimentCharts.forEach(function (c) { c.plot.destroy(); });
    document.getElementById('experiment').innerHTML = view.html;
    live.experimentCharts = draw.draw(view.charts);
    live.completed = view.completed;
    document.body.setAttribute('data-iterations', String(view.completed));
  }
  var source = new EventSource('events');
  source.addEventListener('hello', function (e) {
    var hello = JSON.parse(e.data);
    text('phase', hello.snapshot.phase);
    progress(hello.snapshot.completed, hello.snapshot.total);
    samples = hello.traffic;
    redrawTraffic();
    showExperiment(hello.experiment);
    hello.lines.forEach(line);
    if (hello.ended) ended(hello.ended);
  });
  source.addEventListener('traffic', function (e) {
    samples.push(JSON.parse(e.data));
    if (samples.length > ${TRAFFIC_HISTORY}) samples.shift();
    redrawTraffic();
  });
  source.addEventListener('phase', function (e) { text('phase', JSON.parse(e.data).phase); });
  source.addEventListener('line', function (e) { line(JSON.parse(e.data).line); });
  source.addEventListener('iteration', function (e) {
    var it = JSON.parse(e.data);
    progress(it.completed, it.total);
    showExperiment(it.experiment);
  });
  function ended(end) {
    var el = document.getElementById('ended');
    el.hidden = false;
    el.textContent = end.message + ' ';
    if (end.report) {
      var a = document.createElement('a');
      a.href = 'report';
      a.textContent = 'The report';
      el.appendChild(a);
      el.appendChild(document.createTextNode(' is also in ' + end.report + '.'));
    }
    document.body.setAttribute('data-ended', 'true');
  }
  source.addEventListener('end', function (e) { ended(JSON.parse(e.data)); source.close(); });
})();
`;

function outcomeMessage(event: Extract<LocalEvent, { type: 'end' }>): string {
  const outcome = event.result.outcome;
  switch (outcome.kind) {
    case 'passed':
      return 'Passed: every version under test met its objectives.';
    case 'failed':
      return 'Failed: the experiment ended without a winner.';
    case 'interrupted':
      return `Stopped (${outcome.reason}).`;
    default:
      return `Ended: ${outcome.message}`;
  }
}

/** Serves the live page of `session` on 127.0.0.1 (a free port) until close(). */
export async function startLivePage(session: LiveSource): Promise<LivePage> {
  const html = page(session.title);
  const clients = new Set<ServerResponse>();
  const traffic: TrafficSample[] = [];
  const lines: string[] = [];
  let experiment: ExperimentView | undefined;
  let ended: { message: string; report?: string } | undefined;
  let outcome = 'Ended.';
  let reportFile: string | undefined;
  // Iterations are read from the state file one at a time, in order.
  let reading: Promise<void> = Promise.resolve();

  const send = (name: string, data: unknown): void => {
    const message = `event: ${name}\ndata: ${scriptJson(data)}\n\n`;
    for (const client of clients) client.write(message);
  };
  const remember = (line: string): void => {
    lines.push(line);
    if (lines.length > 200) lines.shift();
    send('line', { line });
  };

  const unsubscribe = session.subscribe((event) => {
    switch (event.type) {
      case 'traffic': {
        const sample = { t: Date.now() / 1000, traffic: event.traffic, revisions: event.revisions };
        traffic.push(sample);
        if (traffic.length > TRAFFIC_HISTORY) traffic.shift();
        send('traffic', sample);
        break;
      }
      case 'phase':
        send('phase', { phase: event.phase });
        break;
      case 'started':
      case 'note':
        remember(event.line);
        break;
      case 'iteration':
        reading = reading.then(async () => {
          experiment = (await experimentView(session.stateFile)) ?? experiment;
          send('iteration', { completed: event.completed, total: event.total, experiment });
        });
        break;
      case 'end':
        outcome = outcomeMessage(event);
        break;
      default:
        break;
    }
  });

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'GET') {
      response.writeHead(405, { allow: 'GET' }).end();
      return;
    }
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    } else if (url.pathname === '/events') {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write('retry: 2000\n\n');
      const hello = { snapshot: session.snapshot(), traffic, experiment, lines, ended };
      response.write(`event: hello\ndata: ${scriptJson(hello)}\n\n`);
      clients.add(response);
      request.on('close', () => clients.delete(response));
    } else if (url.pathname === '/report' && reportFile !== undefined) {
      void fs.readFile(reportFile).then(
        (body) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
        () => response.writeHead(404).end(),
      );
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    async finish(file) {
      reportFile = file;
      reading = reading.then(async () => {
        experiment = (await experimentView(session.stateFile)) ?? experiment;
        send('iteration', { completed: experiment?.completed ?? 0, total: session.snapshot().total, experiment });
        ended = { message: outcome, ...(file !== undefined ? { report: file } : {}) };
        send('end', ended);
      });
      await reading;
    },
    async close() {
      unsubscribe();
      await reading;
      for (const client of clients) client.end();
      clients.clear();
      // A browser keeps its connection alive after the stream ends; close() alone would wait for it.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
