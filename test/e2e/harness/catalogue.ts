import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Harness } from './launch';

/** Opens the cart and imports `products` (name → price) into the catalogue through Import CSV. */
export async function cartWithCatalogue(app: Harness, products: Record<string, string>): Promise<void> {
  const file = join(app.dataDir, 'products.csv');
  const rows = Object.entries(products).map(([name, price], n) => `p${n},${name},${price}`);
  await writeFile(file, ['productId,name,price', ...rows].join('\n'));
  await app.page.getByRole('radio', { name: 'Cart' }).click();
  app.dialogs.openPaths.push(file);
  await app.page.getByRole('button', { name: 'Import CSV' }).click();
  await app.page.getByText(/Imported .*products\.csv/).waitFor();
}
