/**
 * Gives the event loop a turn (a timer can fire, a request be answered): the async readers call it
 * between pages and stages, so a long read does not block a server's other work. A macrotask, not
 * a microtask, where the platform has timers.
 */
export const nextTurn = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const timer = (globalThis as { setTimeout?: (f: () => void, ms: number) => unknown }).setTimeout;
    if (timer) timer(resolve, 0);
    else resolve();
  });
