// Messages between the app and its workers (corpus build, family layout). Types and a guard only.

import type { SerializedGraph } from 'graphology-types';
import type { FamilyDrawing } from '../../graph/family-layout.js';
import type { Family } from '../../graph/query/index.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/schema.js';

export interface FamilyLayoutRequest {
  id: number;
  family: Family;
}

export type FamilyLayoutReply = { id: number; drawing: FamilyDrawing } | { id: number; error: string };

export interface BuildRequest {
  type: 'build';
  text: string;
  fileName: string;
}

export type WorkerMessage =
  | { type: 'progress'; phase: 'reading' | 'extracting' | 'layout'; done: number; total: number }
  | {
      type: 'done';
      graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
      papers: number;
      problems: string[];
      format: string;
    }
  | { type: 'error'; message: string };

export function isBuildRequest(value: unknown): value is BuildRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    value.type === 'build' &&
    'text' in value &&
    typeof value.text === 'string' &&
    'fileName' in value &&
    typeof value.fileName === 'string'
  );
}
