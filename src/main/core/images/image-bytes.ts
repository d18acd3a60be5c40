// What a picture's bytes say about it, read before anything decodes it: its kind and its size.

/** Only raster images: an SVG can carry script and remote references. */
export type ImageType = 'image/png' | 'image/jpeg';

/**
 * The widest or tallest picture accepted, in pixels. A few hundred KB of PNG can claim a
 * picture of billions of pixels (a decompression bomb); this is far more than a logo or a
 * tile needs, and refused before the window tries to draw it.
 */
export const MAX_IMAGE_SIDE = 4096;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What the bytes are, from their first bytes: the Content-Type header is only the host's word. */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  if (bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

/** Width and height as the file declares them, or undefined when it does not say (not a picture we take). */
export function declaredSize(bytes: Buffer, type: ImageType): { width: number; height: number } | undefined {
  if (type === 'image/png') {
    // The first chunk is IHDR: width and height, 4 bytes each, right after its type.
    if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  // A JPEG's size is in its start-of-frame segment, after any number of other segments.
  let at = 2;
  while (at + 9 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] as number;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return undefined;
}

/** The picture's kind if it is one we take (PNG or JPEG, declaring a size within MAX_IMAGE_SIDE), else why not. */
export function checkImage(bytes: Buffer): { type: ImageType } | { refused: 'not-png-or-jpeg' | 'too-many-pixels' } {
  const type = sniffImageType(bytes);
  const size = type && declaredSize(bytes, type);
  if (!type || !size || size.width < 1 || size.height < 1) return { refused: 'not-png-or-jpeg' };
  return size.width <= MAX_IMAGE_SIDE && size.height <= MAX_IMAGE_SIDE ? { type } : { refused: 'too-many-pixels' };
}
