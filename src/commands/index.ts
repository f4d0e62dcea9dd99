// The registry of CLI commands: one module per command, each a `register(program, ctx)`.
import type { Command } from 'commander';
import type { CommandContext } from './context.js';
import { registerAdd } from './add.js';
import { registerBuild } from './build.js';
import { registerDoctor } from './doctor.js';
import { registerExport } from './export.js';
import { registerIndex } from './reindex.js';
import { registerLineage } from './lineage.js';
import { registerQuery } from './query.js';
import { registerShow } from './show.js';
import { registerServe } from './serve.js';

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

export const COMMANDS: RegisterCommand[] = [
  registerBuild,
  registerAdd,
  registerServe,
  registerQuery,
  registerLineage,
  registerShow,
  registerExport,
  registerDoctor,
  registerIndex,
];
