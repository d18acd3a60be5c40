import { readCatalogueFile, writeCatalogueFile } from '../core/catalogue/catalogue-files';
import type { CatalogueStore } from '../core/catalogue/catalogue-store';
import type { HandlersOf } from '../core/ipc/dispatcher';
import type { Dialogs } from '../core/ports-dialogs';
import type { Words } from '../core/words';

export interface CatalogueHandlerPorts {
  catalogue: CatalogueStore;
  dialogs: Dialogs;
  words: Words;
}

/** `catalogue:*`: the products a cart is built from, and their import and export. */
export function catalogueHandlers({ catalogue, dialogs, words }: CatalogueHandlerPorts): HandlersOf<'catalogue'> {
  return {
    'catalogue:list': () => catalogue.list(),
    'catalogue:save': (product) => {
      catalogue.save(product);
      return catalogue.list();
    },
    'catalogue:delete': ({ id }) => {
      catalogue.delete(id);
      return catalogue.list();
    },
    'catalogue:import': async ({ format }) => {
      const file = await dialogs.chooseOpenFile({ title: words().t('dialog.importCatalogue'), extensions: [format] });
      if (!file) return { cancelled: true, added: 0, updated: 0, errors: [] };
      const { products, errors } = await readCatalogueFile(file, format, words());
      return { cancelled: false, file, ...catalogue.merge(products), errors };
    },
    'catalogue:export': async ({ format }) => {
      const file = await dialogs.chooseSaveFile({
        title: words().t('dialog.exportCatalogue'),
        defaultName: `catalogue.${format}`,
        extensions: [format],
      });
      if (!file) return { cancelled: true, count: 0 };
      const products = catalogue.list();
      await writeCatalogueFile(file, format, products);
      return { cancelled: false, file, count: products.length };
    },
  };
}
