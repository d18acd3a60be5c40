// The hosted checkout form as a phone's browser fills it in, for both test runners.

/** The token a checkout page puts in its forms, read from the page as a browser would ('' if none). */
export async function formToken(checkoutUrl: string): Promise<string> {
  const page = await (await fetch(checkoutUrl, { redirect: 'manual' })).text();
  return /name="formToken" value="([^"]+)"/.exec(page)?.[1] ?? '';
}

/** Posts the card form of `checkoutUrl` (page first, then its form), without following the redirect. */
export async function postCardForm(checkoutUrl: string, fields: Record<string, string> = {}): Promise<Response> {
  return fetch(`${checkoutUrl}/pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      formToken: await formToken(checkoutUrl),
      cardNumber: '4242 4242 4242 4242',
      expiry: '12/30',
      cvc: '123',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      ...fields,
    }),
    redirect: 'manual',
  });
}

/** Presses Cancel on the checkout page of `checkoutUrl`, without following the redirect. */
export async function postCancelForm(checkoutUrl: string): Promise<Response> {
  return fetch(`${checkoutUrl}/cancel`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ formToken: await formToken(checkoutUrl) }),
    redirect: 'manual',
  });
}
