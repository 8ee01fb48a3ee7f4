export type * from './types.js';
export { compileBpmn } from './compile.js';
export type { CompileResult } from './compile.js';
