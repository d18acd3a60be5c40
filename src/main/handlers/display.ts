import type { CustomerDisplay } from '../core/customer-display';
import type { HandlersOf } from '../core/ipc/dispatcher';

export interface DisplayHandlerPorts {
  display: CustomerDisplay;
  /** Opens (or focuses) the customer-facing window. */
  openCustomerWindow: () => Promise<void>;
}

/** `display:*`: what the customer window shows, and opening it. */
export function displayHandlers({ display, openCustomerWindow }: DisplayHandlerPorts): HandlersOf<'display'> {
  return {
    'display:get': () => ({ session: display.current() }),
    'display:open-customer-window': async () => {
      await openCustomerWindow();
      return { opened: true };
    },
  };
}
