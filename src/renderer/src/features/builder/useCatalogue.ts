import { useWords } from '../../lib/i18n';
import { useCallback, useEffect, useState } from 'react';
import type { ImportReport, Product, ProductInput } from '../../../../shared/catalogue';
import { linkdesk } from '../../lib/api';

export type { ImportReport, Product, ProductInput };

/** The products saved on this machine, and the ways to change them. */
export function useCatalogue(): {
  products: Product[];
  save: (product: ProductInput) => Promise<string | undefined>;
  remove: (id: string) => Promise<void>;
  importFile: (format: 'csv' | 'json') => Promise<ImportReport | string>;
  exportFile: (format: 'csv' | 'json') => Promise<string>;
} {
  const { t } = useWords();
  const [products, setProducts] = useState<Product[]>([]);
  useEffect(() => {
    let live = true;
    void linkdesk.catalogue.list().then((result) => {
      if (live && result.ok) setProducts(result.data);
    });
    return () => {
      live = false;
    };
  }, []);

  const save = useCallback(async (product: ProductInput) => {
    const result = await linkdesk.catalogue.save(product);
    if (!result.ok) return result.error.message;
    setProducts(result.data);
    return undefined;
  }, []);

  const remove = useCallback(async (id: string) => {
    const result = await linkdesk.catalogue.delete({ id });
    if (result.ok) setProducts(result.data);
  }, []);

  const importFile = useCallback(async (format: 'csv' | 'json') => {
    const result = await linkdesk.catalogue.import({ format });
    if (!result.ok) return result.error.message;
    const list = await linkdesk.catalogue.list();
    if (list.ok) setProducts(list.data);
    return result.data;
  }, []);

  const exportFile = useCallback(
    async (format: 'csv' | 'json') => {
      const result = await linkdesk.catalogue.export({ format });
      if (!result.ok) return result.error.message;
      return result.data.cancelled
        ? ''
        : t('catalogue.exported', { count: result.data.count, file: result.data.file ?? '' });
    },
    [t],
  );

  return { products, save, remove, importFile, exportFile };
}
