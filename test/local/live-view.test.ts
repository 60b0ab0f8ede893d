// The live view: plain lines without a terminal; on a terminal, a block redrawn in place with
// ANSI cursor movement, event lines scrolling above it, lines cut to the terminal width.

import { describe, expect, it } from '@jest/globals';
import {
  createLiveView,
  formatObjectiveLines,
  progressBar,
  renderFrame,
  trafficLine,
  type LiveSnapshot,
} from '../../src/local/live-view.js';

const snapshot = (completed: number): LiveSnapshot => ({
  title: 'mirroring · Conformance on default/sample-app',
  completed,
  total: 10,
  elapsedMs: 12_345,
  phase: 'running',
  verdicts: formatObjectiveLines([
    { version: 'current', label: 'iter8-knative/mean-latency <= 50.000', verdict: 'satisfied', value: '1.087' },
    { version: 'current', label: 'iter8-knative/error-rate <= 0.010', verdict: 'violated', value: '0.057' },
  ]),
  traffic: { live: 200, mirrored: 79, dropped: 1, mirrorFailures: 3, clientErrors: 0 },
  revisions: [
    { name: 'sample-app-v1', role: 'live 100%', live: 200, mirrored: 0 },
    { name: 'sample-app-v2', role: 'dark', live: 0, mirrored: 79 },
  ],
});

describe('frame', () => {
  it('shows progress, one aligned line per objective, and the request counts', () => {
    expect(renderFrame(snapshot(5))).toEqual([
      'mirroring · Conformance on default/sample-app',
      'iterations [████████████░░░░░░░░░░░░] 5/10  0:12  running',
      '  current  iter8-knative/mean-latency <= 50.000  true (1.087)',
      '  current  iter8-knative/error-rate <= 0.010     false (0.057)',
      'requests   live 200 · mirrored 79 (40.0%) · dropped 1 · mirror failures 3 · client errors 0',
      'versions   sample-app-v1 (live 100%) 200 live · sample-app-v2 (dark) 79 mirrored',
    ]);
    expect(progressBar(0, 10, 4)).toBe('[░░░░]');
    expect(progressBar(10, 10, 4)).toBe('[████]');
    expect(trafficLine({ live: 0, mirrored: 0, dropped: 0, mirrorFailures: 0, clientErrors: 0 })).toMatch(
      /mirrored 0 \(-\)/,
    );
  });
});

describe('view', () => {
  it('without a terminal: plain lines, no escape sequences', () => {
    let written = '';
    const view = createLiveView({ tty: false, write: (t) => (written += t), frame: () => snapshot(1) });
    view.log('iteration 1 of 10');
    view.stop();
    expect(written).toBe('iteration 1 of 10\n');
  });

  it('on a terminal: draws the block, scrolls event lines above it, redraws in place, cuts long lines', () => {
    const writes: string[] = [];
    let completed = 1;
    const view = createLiveView({
      tty: true,
      write: (t) => writes.push(t),
      frame: () => snapshot(completed),
      columns: () => 40,
      refreshMs: 60_000,
    });
    expect(writes[0]).toMatch(/^\u001b\[\?25l/); // cursor hidden while the block is live
    const firstBlock = (writes[0] ?? '').replace(/\u001b\[[?\d]*[a-zA-Z]/g, '');
    expect(firstBlock.split('\n').every((line) => line.length <= 39)).toBe(true);
    expect(firstBlock).toContain('…');
    completed = 2;
    view.log('iteration 2 of 10');
    const redraw = writes[1] ?? '';
    // Up over the 6-line block, clear, the event line, then the block again.
    expect(redraw.startsWith('\u001b[6A\r\u001b[J' + 'iteration 2 of 10\n')).toBe(true);
    expect(redraw).toContain('[█████░'); // 2 of 10 filled
    view.stop();
    expect(writes.at(-1)).toMatch(/\u001b\[\?25h$/); // cursor shown again
    view.log('after');
    expect(writes.at(-1)).toBe('after\n');
  });
});
