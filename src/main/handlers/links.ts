import type { HandlersOf } from '../core/ipc/dispatcher';
import type { LinksService } from '../core/links/links-service';
import { posterHtml } from '../core/links/poster';
import type { Clipboard } from '../core/ports';
import type { Dialogs } from '../core/ports-dialogs';
import type { Paper, Printer } from '../core/ports-printer';
import { savePdfAs, saveQrAs } from '../core/share-files';
import type { Words } from '../core/words';
import type { CreateSessionInput } from '../../shared/create-session-input';
import type { PaymentLinkRecord } from '../../shared/payment-link';

export interface LinkHandlerPorts {
  links: LinksService;
  clipboard: Clipboard;
  dialogs: Dialogs;
  printer: Printer;
  words: Words;
  /** The link's logo as a `data:` URL, when it has one and it could be fetched. */
  logoOf: (link: PaymentLinkRecord) => Promise<string | undefined>;
  /** Puts the signed-in member on the link's sessions. */
  withStaff: (input: CreateSessionInput) => CreateSessionInput;
}

/** `links:*`: make reusable payment links and share them as a link, a QR or a poster. */
export function linkHandlers(ports: LinkHandlerPorts): HandlersOf<'links'> {
  const { links, clipboard, dialogs, printer, words } = ports;
  const poster = async (id: string, paper: Paper): Promise<string> => {
    const link = links.get(id);
    return posterHtml(link, paper, words(), await ports.logoOf(link));
  };
  return {
    'links:create': (input) => links.create({ ...input, sale: ports.withStaff(input.sale) }),
    'links:list': () => links.list(),
    'links:copy': async ({ id }) => {
      const { url } = links.get(id);
      await clipboard.writeText(url);
      return { copied: url };
    },
    'links:save-qr': ({ id, format }) =>
      saveQrAs(dialogs, links.get(id).url, format, 'payment-link-qr', words().t('dialog.saveQr')),
    'links:save-poster': async ({ id, paper }) =>
      savePdfAs(dialogs, printer, {
        title: words().t('dialog.savePoster'),
        defaultName: `payment-link-poster-${paper}`,
        html: await poster(id, paper),
        paper,
      }),
    'links:print-poster': async ({ id, paper }) => {
      await printer.print(await poster(id, paper));
      return { printed: true };
    },
  };
}
