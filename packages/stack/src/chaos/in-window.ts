/**
 * Runs `count` jobs, at most `width` at a time (each worker takes the next index when free).
 * @example await inWindow(200, 20, (i) => send(i));
 */
export async function inWindow(
  count: number,
  width: number,
  job: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await job(next++);
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, worker));
}
