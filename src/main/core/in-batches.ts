/** Maps items `size` at a time (all of a batch in flight together), in order: gentle on an API. */
export async function mapInBatches<T, R>(
  items: readonly T[],
  size: number,
  map: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(map))));
  return out;
}
