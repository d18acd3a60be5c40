import { BuilderDraft } from '../../shared/builder-draft';
import { readCatalogueFile, writeCatalogueFile } from '../core/catalogue/catalogue-files';
import type { CatalogueStore } from '../core/catalogue/catalogue-store';
import type { HandlerTable } from '../core/ipc/dispatcher';
import type { Dialogs } from '../core/ports-dialogs';
import type { KeyValueStore } from '../core/settings/key-value-store';

type BuilderChannel =
  | 'builder:get-draft'
  | 'builder:save-draft'
  | 'catalogue:list'
  | 'catalogue:save'
  | 'catalogue:delete'
  | 'catalogue:import'
  | 'catalogue:export';

export interface BuilderHandlerPorts {
  /** Where the half-built sale is kept between screens and restarts. */
  drafts: KeyValueStore;
  catalogue: CatalogueStore;
  dialogs: Dialogs;
}

/** `builder:*` and `catalogue:*`: the sale being built, and the products to build it from. */
export function builderHandlers({
  drafts,
  catalogue,
  dialogs,
}: BuilderHandlerPorts): Pick<HandlerTable, BuilderChannel> {
  return {
    'builder:get-draft': () => {
      const parsed = BuilderDraft.safeParse(drafts.get('builder'));
      return parsed.success ? parsed.data : null;
    },
    'builder:save-draft': (draft) => {
      if (draft === null) drafts.delete('builder');
      else drafts.set('builder', draft);
      return { saved: true };
    },
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
      const file = await dialogs.chooseOpenFile({ title: 'Import a catalogue', extensions: [format] });
      if (!file) return { cancelled: true, added: 0, updated: 0, errors: [] };
      const { products, errors } = await readCatalogueFile(file, format);
      return { cancelled: false, file, ...catalogue.merge(products), errors };
    },
    'catalogue:export': async ({ format }) => {
      const file = await dialogs.chooseSaveFile({
        title: 'Export the catalogue',
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
