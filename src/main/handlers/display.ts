import type { CustomerDisplay } from '../core/customer-display';
import type { HandlersOf } from '../core/ipc/dispatcher';
import { displayState, type Words } from '../core/words';

export interface DisplayHandlerPorts {
  display: CustomerDisplay;
  /** Opens (or focuses) the customer-facing window. */
  openCustomerWindow: () => Promise<void>;
  words: Words;
}

/** `display:*`: what the customer window shows, and opening it. */
export function displayHandlers({ display, openCustomerWindow, words }: DisplayHandlerPorts): HandlersOf<'display'> {
  return {
    'display:get': () => displayState(display.current(), words()),
    'display:open-customer-window': async () => {
      await openCustomerWindow();
      return { opened: true };
    },
  };
}
