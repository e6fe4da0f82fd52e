import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runStarted, startBounded, stopStarted } from './bounded-worker.js';
import { XlsxError } from './errors.js';

// Small worker modules written for the test: each says it is ready, then does one thing with its job.
const dir = mkdtempSync(join(tmpdir(), 'hoptac-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function workerFile(name: string, body: string): string {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, `import { parentPort, workerData } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(file).href;
}

const limits = { maxHeapMb: 64, maxYoungMb: 8 };
const ready = (m: unknown): boolean => typeof m === 'object' && m !== null && 'ready' in m;
const onExit = (code: number): Error => new Error(`exit ${code}`);

const doubler = workerFile('doubler', `parentPort.postMessage({ ready: true }); parentPort.once('message', (n) => parentPort.postMessage(n * 2 + workerData.add));`);
const thrower = workerFile('thrower', `throw new Error('broken at load');`);
const exiter = workerFile('exiter', `process.exit(3);`);
const silent = workerFile('silent', `parentPort.postMessage({ ready: true }); parentPort.once('message', () => setInterval(() => {}, 1000));`);
const forever = workerFile('forever', `setInterval(() => {}, 1000); parentPort.postMessage({ ready: true });`);
const hog = workerFile('hog', `parentPort.once('message', () => { const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length)); });`);

describe('a worker started ahead of its job', () => {
  it('takes the job by message and answers, its ready message skipped', async () => {
    const started = startBounded(doubler, limits, { add: 1 });
    // the job is given later, after the worker had time to say it is ready
    await new Promise((r) => setTimeout(r, 50));
    const answer = await runStarted<number, number>(started, { job: 20, timeoutMs: 60_000, skip: ready, onMessage: (m) => m, onExit });
    expect(answer).toBe(41);
    expect(started.used).toBe(true);
  });

  it('takes one job only', async () => {
    const started = startBounded(doubler, limits, { add: 0 });
    await runStarted<number, number>(started, { job: 1, timeoutMs: 60_000, skip: ready, onMessage: (m) => m, onExit });
    await expect(runStarted(started, { job: 1, timeoutMs: 60_000, onMessage: (m) => m, onExit })).rejects.toThrow(/one job only/);
  });

  it('keeps an error from before the job and answers it when the job is given', async () => {
    const started = startBounded(thrower, limits, {});
    await new Promise((r) => setTimeout(r, 200));
    const e = await runStarted(started, { job: 1, timeoutMs: 60_000, onMessage: (m) => m, onExit }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(XlsxError);
    expect((e as XlsxError).code).toBe('unreadable');
    expect((e as XlsxError).message).toMatch(/broken at load/);
  });

  it('keeps an exit from before the job and answers it with onExit', async () => {
    const started = startBounded(exiter, limits, {});
    await new Promise((r) => started.worker.once('exit', r));
    await expect(runStarted(started, { job: 1, timeoutMs: 60_000, onMessage: (m) => m, onExit })).rejects.toThrow('exit 3');
  });

  it('is refused with timeout when no answer comes within the limit, and stopped', async () => {
    const started = startBounded(silent, limits, {});
    const exited = new Promise((r) => started.worker.once('exit', r));
    const e = await runStarted(started, { job: 1, timeoutMs: 300, skip: ready, onMessage: (m) => m, onExit }).catch((x: unknown) => x);
    expect((e as XlsxError).code).toBe('timeout');
    await exited; // terminated once settled
  });

  it('is refused with memory when it passes its heap limit', async () => {
    const started = startBounded(hog, { maxHeapMb: 32, maxYoungMb: 4 }, {});
    const e = await runStarted(started, { job: 1, timeoutMs: 120_000, onMessage: (m) => m, onExit }).catch((x: unknown) => x);
    expect((e as XlsxError).code).toBe('memory');
    expect((e as XlsxError).params).toMatchObject({ limit: 32 });
  });

  it('stopStarted ends a worker that gets no job', async () => {
    const started = startBounded(silent, limits, {});
    const exited = new Promise((r) => started.worker.once('exit', r));
    stopStarted(started);
    expect(started.used).toBe(true);
    await exited;
  });

  it('does not keep the process alive until it is given a job', () => {
    // a process that starts a worker which would run forever, gives it no job and has nothing else
    // to do (a script file, not -e: the worker would inherit --input-type and refuse its file)
    const script = join(dir, 'no-job.mts');
    writeFileSync(
      script,
      `import { startBounded } from ${JSON.stringify(pathToFileURL(join(__dirname, 'bounded-worker.ts')).href)};
const started = startBounded(${JSON.stringify(forever)}, { maxHeapMb: 64, maxYoungMb: 8 }, {});
// held open until the worker is running, then nothing but the worker is left
const hold = setTimeout(() => undefined, 20_000);
started.worker.once('online', () => { process.stdout.write('online'); clearTimeout(hold); });
`,
    );
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.error).toBeUndefined(); // a process kept alive would be killed at the 30 s limit
    expect(r.stdout).toBe('online'); // the worker did start
    expect(r.status).toBe(0);
  });
});
