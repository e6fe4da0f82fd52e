/**
 * The hand-over between the two workers of a `diff` (comparison.ts), on the two ports of one
 * channel in one thread: the new file's side gets the old file's model whether it asks before or
 * after the model was sent (and the old side closed the port), and stops waiting once the old side
 * failed or went away without a word.
 * The expected comparison is `compareModels` on the models read here, called directly. A model
 * handed over gives up its arrays (they are moved), so each hand-over sends a model of its own.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { observationData } from 'hoptac';
import type { WorkbookModel } from 'hoptac/workbook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRevisedWorkbook } from '../../../examples/make-revised.mjs';
import { EXAMPLE, tempDir } from '../../../tests/helpers/cli.js';
import { PeerPort, buffersIn, compareModels, handOver, takeOver } from './comparison.js';
import { readModel } from './xlsx/lazy-read.js';

let older: WorkbookModel;
let newer: WorkbookModel;
/** The old file read again, to be handed over (and so emptied of its arrays). */
const toHand = (): Promise<WorkbookModel> => readModel(EXAMPLE);
let tmp: { dir: string; cleanup: () => void };

beforeAll(async () => {
  tmp = tempDir('hoptac-handover-');
  const revised = join(tmp.dir, 'revised.xlsx');
  writeFileSync(revised, await makeRevisedWorkbook());
  older = await readModel(EXAMPLE);
  newer = await readModel(revised);
});

afterAll(() => tmp?.cleanup());

/** Resolves once `peer` has seen the other side close (the event loop kept turning by a timer). */
function untilGone(peer: PeerPort): Promise<void> {
  return new Promise<void>((resolve) => {
    const t = setInterval(() => {
      if (!peer.gone) return;
      clearInterval(t);
      resolve();
    }, 1);
  });
}

describe("the old file's model handed to the new file's worker", () => {
  it('sent (and the port closed) before it is asked for: taken from the port at once, and the comparison is that of the two models', async () => {
    const { port1, port2 } = new MessageChannel();
    const peer = new PeerPort(port2);
    handOver(new PeerPort(port1), await toHand());
    const taken = await takeOver(peer);
    expect(taken).toBeDefined();
    const c = compareModels(taken!, newer);
    expect(c.changes.length).toBeGreaterThan(0);
    expect(c).toEqual(compareModels(older, newer));
  });

  it('asked for before it is sent: the new side waits for it', async () => {
    const { port1, port2 } = new MessageChannel();
    const taken = takeOver(new PeerPort(port2));
    handOver(new PeerPort(port1), await toHand());
    const model = await taken;
    expect(compareModels(model!, newer, '2018-12')).toEqual(compareModels(older, newer, '2018-12'));
  });

  it("the observations' arrays are moved, not copied: the handed model's arrays are empty afterwards, the taken one's whole", async () => {
    const { port1, port2 } = new MessageChannel();
    const handed = await toHand();
    const before = buffersIn(observationData(handed.observations));
    // the series' blocks and the sources' chunks, each once
    expect(before.length).toBeGreaterThanOrEqual(3);
    const bytes = before.reduce((n, b) => n + b.byteLength, 0);
    handOver(new PeerPort(port1), handed);
    expect(before.every((b) => b.byteLength === 0)).toBe(true);
    const taken = await takeOver(new PeerPort(port2));
    const after = buffersIn(observationData(taken!.observations));
    expect(after.reduce((n, b) => n + b.byteLength, 0)).toBe(bytes);
    expect(taken!.observations.size).toBe(older.observations.size);
  });

  it('the old file could not be read, or its worker went away: the new side gets nothing and stops waiting', async () => {
    const { port1, port2 } = new MessageChannel();
    const waiting = takeOver(new PeerPort(port2));
    handOver(new PeerPort(port1), undefined);
    expect(await waiting).toBeUndefined();

    const { port1: p1, port2: p2 } = new MessageChannel();
    const left = takeOver(new PeerPort(p2));
    p1.close();
    expect(await left).toBeUndefined();

    // gone before the new side even looked
    const { port1: q1, port2: q2 } = new MessageChannel();
    const peer = new PeerPort(q2);
    q1.close();
    await untilGone(peer);
    expect(await takeOver(peer)).toBeUndefined();
  });

  it('the new file could not be read first: its side closed the port, and the old side sends nothing', async () => {
    const { port1, port2 } = new MessageChannel();
    const peer = new PeerPort(port1);
    port2.close();
    await untilGone(peer);
    let posted = 0;
    const post = port1.postMessage.bind(port1);
    port1.postMessage = (...args: Parameters<typeof post>) => {
      posted += 1;
      post(...args);
    };
    handOver(peer, older);
    expect(posted).toBe(0);
  });
});
