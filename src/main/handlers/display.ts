import type { CustomerDisplay } from '../core/customer-display';
import type { HandlersOf } from '../core/ipc/dispatcher';
import { displayState, type Words } from '../core/words';
import { tipOptions, type Tipping } from '../../shared/tips';

export interface DisplayHandlerPorts {
  display: CustomerDisplay;
  /** Opens (or focuses) the customer-facing window. */
  openCustomerWindow: () => Promise<void>;
  customerWindowOpen: () => boolean;
  /** The active profile's tipping. */
  tipping: () => Tipping;
  words: Words;
}

/** `display:*`: what the customer window shows, opening it, and the customer's tip. */
export function displayHandlers({
  display,
  openCustomerWindow,
  customerWindowOpen,
  tipping,
  words,
}: DisplayHandlerPorts): HandlersOf<'display'> {
  return {
    'display:get': () => displayState(display, words()),
    'display:open-customer-window': async () => {
      await openCustomerWindow();
      return { opened: true };
    },
    // The buttons are worked out here, from the profile, so the customer sees what main will charge.
    'display:ask-tip': (sale) => {
      display.askTip(sale && { ...sale, options: tipOptions(tipping(), sale.saleMinor, sale.currency) });
      return { onCustomerWindow: sale !== null && customerWindowOpen() };
    },
    'display:choose-tip': ({ tip }) => ({ passedOn: display.tipChosen(tip) }),
  };
}
