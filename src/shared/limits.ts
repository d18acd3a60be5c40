// Length caps on what the builder, the catalogue and settings may send (each stated in the
// README's Security section). The API documents no longer values than these.

/** The longest URL accepted anywhere (redirects, item images, logos, custom hosts). */
export const MAX_URL_CHARS = 2048;
/** The longest amount or price text: "999999999.99" with room for zeros a clerk may type. */
export const MAX_AMOUNT_CHARS = 24;
/** The most of one item a cart line may hold (ozura-api.md: quantity 1 to 10,000). */
export const MAX_ITEM_QUANTITY = 10_000;
/** The largest logo or product picture Linkdesk fetches (main stops the download past it). */
export const MAX_IMAGE_BYTES = 256 * 1024;
