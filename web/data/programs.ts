// The names of the map's three WebGL programs (registered in sigma-settings.ts). The
// reducers map papergraph's node and edge kinds onto them: sigma compiles every registered
// program at start and draws each one every frame, so one per kind would cost time twice.

export const NODE_PROGRAM = 'circle';
export const LINE_PROGRAM = 'line';
export const ARROW_PROGRAM = 'arrow';
