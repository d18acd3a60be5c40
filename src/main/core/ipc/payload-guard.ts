import { text, type Text } from '../../../shared/i18n/translator';
import { MAX_IPC_DEPTH, MAX_IPC_INPUT_BYTES } from './limits';

/**
 * Why an IPC input is refused before any schema looks at it, or undefined when its shape is
 * acceptable: binary data, nesting deeper than MAX_IPC_DEPTH, or more than MAX_IPC_INPUT_BYTES
 * in all. It walks the value with its own stack and stops at the first excess, so its cost is
 * bounded by the caps, not by the input.
 */
export function payloadProblem(input: unknown): Text | undefined {
  let bytes = 0;
  const stack: [value: unknown, depth: number][] = [[input, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value === 'string') bytes += value.length + 2;
    else if (value === null || typeof value !== 'object') bytes += 8;
    else {
      if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof SharedArrayBuffer)
        return text('error.binaryInput');
      if (depth >= MAX_IPC_DEPTH) return text('error.nestedTooDeep', { depth: MAX_IPC_DEPTH });
      const entries = Array.isArray(value) ? value : Object.entries(value);
      bytes += 2;
      for (const entry of entries) {
        if (bytes > MAX_IPC_INPUT_BYTES) break;
        if (Array.isArray(value)) stack.push([entry, depth + 1]);
        else {
          const [key, child] = entry as [string, unknown];
          bytes += key.length + 3;
          stack.push([child, depth + 1]);
        }
      }
    }
    if (bytes > MAX_IPC_INPUT_BYTES) return text('error.inputTooLarge', { kilobytes: MAX_IPC_INPUT_BYTES / 1024 });
  }
  return undefined;
}
