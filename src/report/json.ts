import { compareDiagnostics } from '../diagnostic.js';
import type { Formatter } from './types.js';

/** Machine-readable: the diagnostics as they are, one array, stable order. */
export const json: Formatter = (diagnostics) => `${JSON.stringify([...diagnostics].sort(compareDiagnostics), null, 2)}\n`;
