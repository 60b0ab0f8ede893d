// mapBounded over arrays and over asynchronous sources (a scan's paged LIST).

import { describe, expect, it } from '@jest/globals';
import { mapBounded } from '../../src/util/concurrency.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** An asynchronous source of 0..count-1 that records how far it has been pulled; fails at `failAt`. */
function source(count: number, failAt?: number) {
  const pulled: number[] = [];
  let closed = false;
  async function* items(): AsyncGenerator<number> {
    try {
      for (let i = 0; i < count; i++) {
        await tick();
        if (i === failAt) throw new Error(`page ${i} could not be read`);
        pulled.push(i);
        yield i;
      }
    } finally {
      closed = true;
    }
  }
  return { items: items(), pulled, closed: () => closed };
}

describe('mapBounded', () => {
  it('keeps at most `limit` in flight and answers in the order of the items, from an array or an async source', async () => {
    for (const make of [() => Array.from({ length: 30 }, (_, i) => i), () => source(30).items]) {
      let inFlight = 0;
      let most = 0;
      const results = await mapBounded(make(), 4, async (i) => {
        inFlight++;
        most = Math.max(most, inFlight);
        for (let wait = (i % 3) + 4; wait >= 0; wait--) await tick();
        inFlight--;
        return i * 2;
      });
      expect(results).toEqual(Array.from({ length: 30 }, (_, i) => i * 2));
      expect(most).toBe(4);
    }
  });

  it('pulls from an async source only as runners free up', async () => {
    const { items, pulled } = source(100);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const running = mapBounded(items, 3, async (i) => {
      await gate;
      return i;
    });
    for (let i = 0; i < 20; i++) await tick();
    expect(pulled).toEqual([0, 1, 2]);
    release();
    expect(await running).toHaveLength(100);
  });

  it('stops pulling when the source fails, lets the work in flight finish, then throws that failure', async () => {
    const { items, pulled, closed } = source(10, 5);
    const finished: number[] = [];
    await expect(
      mapBounded(items, 2, async (i) => {
        for (let wait = 0; wait < 5; wait++) await tick();
        finished.push(i);
        return i;
      }),
    ).rejects.toThrow('page 5 could not be read');
    expect(pulled).toEqual([0, 1, 2, 3, 4]);
    expect(finished.sort()).toEqual([0, 1, 2, 3, 4]);
    expect(closed()).toBe(true);
  });

  it('stops pulling when a piece of work fails, and throws the first failure once the rest in flight is done', async () => {
    const done: number[] = [];
    await expect(
      mapBounded(
        Array.from({ length: 50 }, (_, i) => i),
        3,
        async (i) => {
          await tick();
          if (i === 4) throw new Error('work 4 failed');
          done.push(i);
          return i;
        },
      ),
    ).rejects.toThrow('work 4 failed');
    // Items 0-5 at most were started (3 runners, 4 fails); nothing after the failure is pulled.
    expect(Math.max(...done)).toBeLessThanOrEqual(6);
  });
});
