/// <reference lib="webworker" />
// The briefing's check, off the main thread: the text is parsed and checked against the
// build's own schemas (schema.ts, with zod) while the main thread draws the map. Answers
// one message: the text of `data/briefings/<id>.json`.
import { checkWith, type CheckResult } from './bundle-check';
import * as schemas from './schema';

export type CheckRequest = { text: string };
export type CheckAnswer = CheckResult | { ok: false; notJson: true };

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  let json: unknown;
  try {
    json = JSON.parse(event.data.text);
  } catch {
    self.postMessage({ ok: false, notJson: true } satisfies CheckAnswer);
    return;
  }
  self.postMessage(checkWith(json, schemas) satisfies CheckAnswer);
};
