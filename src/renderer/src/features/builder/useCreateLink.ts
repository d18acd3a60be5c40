import { CreateLinkInput } from '../../../../shared/payment-link';
import { linkdesk, type PaymentLinkRecord } from '../../lib/api';
import { useCreateOnce } from './useCreateOnce';

/** Creates one reusable payment link per press (see `useCreateOnce`); sale errors land on the builder's fields. */
export function useCreateLink(onCreated: (link: PaymentLinkRecord) => void): ReturnType<typeof useCreateOnce> {
  return useCreateOnce(
    CreateLinkInput,
    (input, requestId) => linkdesk.links.create({ ...input, sale: { ...input.sale, requestId } }),
    onCreated,
    (path) => path.replace(/^sale\./, ''),
  );
}
