import { formatMoney, toDecimalString } from '../../../shared/money';
import { escapeHtml } from '../../../shared/html';
import type { SandboxSession } from '../model';
import { layout } from './layout';

export interface CheckoutForm {
  values?: Record<string, string>;
  fieldErrors?: Record<string, string>;
  alert?: string;
}

function field(name: string, label: string, form: CheckoutForm, attributes: string): string {
  const value = escapeHtml(form.values?.[name] ?? '');
  const error = form.fieldErrors?.[name];
  const id = `f-${name}`;
  const described = error ? ` aria-invalid="true" aria-describedby="${id}-error"` : '';
  const errorLine = error ? `<span class="field-error" id="${id}-error">${escapeHtml(error)}</span>` : '';
  return `<label for="${id}">${escapeHtml(label)}<input id="${id}" name="${name}" value="${value}" ${attributes}${described}>${errorLine}</label>`;
}

function orderSummary(session: SandboxSession): string {
  const { request } = session;
  const currency = request.currency;
  if (request.items) {
    const rows = request.items
      .map(
        (item) =>
          `<tr><td>${escapeHtml(item.name)} × ${item.quantity}</td><td class="num">${formatMoney(item.priceMinor * item.quantity, currency)}</td></tr>`,
      )
      .join('');
    return `<table aria-label="Order summary">${rows}<tr class="total"><td>Total</td><td class="num">${formatMoney(request.subtotalMinor, currency)}</td></tr></table>`;
  }
  if (request.checkoutMode === 'donation') return '';
  return `<p class="amount">${formatMoney(request.amountMinor ?? 0, currency)}</p>`;
}

/** The hosted checkout page (B1): what the customer sees on their phone. */
export function checkoutPage(session: SandboxSession, formToken: string, form: CheckoutForm = {}): string {
  const { request } = session;
  const id = encodeURIComponent(session.sessionId);
  const isDonation = request.checkoutMode === 'donation';
  const defaults = { ...form, values: { donationAmount: defaultDonation(session), ...form.values } };
  const alert = form.alert ? `<p class="alert" role="alert">${escapeHtml(form.alert)}</p>` : '';
  // Only this page knows the token, so no other page can post these forms (CSRF).
  const token = `<input type="hidden" name="formToken" value="${escapeHtml(formToken)}">`;
  const body = `
<h1>${escapeHtml(request.merchantName)}</h1>
${orderSummary(session)}
${alert}
<form method="post" action="/checkout/${id}/pay" novalidate>
  ${token}
  ${isDonation ? field('donationAmount', `Donation amount (${request.currency})`, defaults, 'inputmode="decimal" autocomplete="off" required') : ''}
  ${field('cardNumber', 'Card number', form, 'inputmode="numeric" autocomplete="cc-number" required')}
  <div class="row">
    ${field('expiry', 'Expiry (MM/YY)', form, 'inputmode="numeric" autocomplete="cc-exp" placeholder="MM/YY" required')}
    ${field('cvc', 'CVC', form, 'inputmode="numeric" autocomplete="cc-csc" required')}
  </div>
  ${field('name', 'Name on card', form, 'autocomplete="cc-name"')}
  ${field('email', 'Email', form, 'type="email" autocomplete="email"')}
  <div class="actions">
    <button class="primary" type="submit">Pay</button>
  </div>
</form>
<form method="post" action="/checkout/${id}/cancel" class="actions">
  ${token}
  <button class="secondary" type="submit">Cancel</button>
</form>
<p class="muted">This is Linkdesk's built-in sandbox. No real card is charged.</p>`;
  return layout(`Pay ${request.merchantName}`, body);
}

function defaultDonation(session: SandboxSession): string {
  const minor = session.request.amountMinor;
  if (minor === undefined) return '';
  return toDecimalString(minor, session.request.currency);
}
