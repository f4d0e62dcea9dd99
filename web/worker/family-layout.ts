// Worker: lays out one model family (graph/family-layout.ts) off the main thread. A family
// of hundreds of models takes dagre a few hundred ms, time in which the map would freeze.

import { layoutFamily } from '../../graph/family-layout.js';
import type { FamilyLayoutReply, FamilyLayoutRequest } from './messages.js';

self.addEventListener('message', (event: MessageEvent<FamilyLayoutRequest>) => {
  const { id, family } = event.data;
  let reply: FamilyLayoutReply;
  try {
    reply = { id, drawing: layoutFamily(family) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
});
