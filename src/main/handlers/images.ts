import { text } from '../../shared/i18n/translator';
import { AppError } from '../core/app-error';
import { dataUrlOf } from '../core/images/fetch-image';
import type { ImageCache } from '../core/images/image-cache';
import type { HandlersOf } from '../core/ipc/dispatcher';
import type { LinksService } from '../core/links/links-service';
import type { Product } from '../../shared/catalogue';

export interface ImageHandlerPorts {
  images: ImageCache;
  /** A saved profile's logo address, if it has one (undefined too for a profile that is not there). */
  profileLogoUrl: (profileId: string) => string | undefined;
  links: LinksService;
  products: () => readonly Product[];
}

/** `images:get`: a logo or product picture as a `data:` URL, fetched by main (the window loads nothing remote). */
export function imageHandlers(ports: ImageHandlerPorts): HandlersOf<'images'> {
  const addressOf = (request: Parameters<HandlersOf<'images'>['images:get']>[0]): string | undefined => {
    switch (request.of) {
      case 'profile':
        return ports.profileLogoUrl(request.id);
      case 'link':
        return ports.links.get(request.id).logoUrl;
      case 'product': {
        const product = ports.products().find((p) => p.id === request.id);
        if (!product) throw new AppError('not-found', text('error.noSuchProduct'));
        return product.imageUrl;
      }
    }
  };
  return {
    'images:get': async (request) => {
      const address = addressOf(request);
      if (address === undefined) return { dataUrl: null };
      const image = await ports.images.get(address);
      if (!image.ok) throw new AppError('api-unavailable', image.problem);
      return { dataUrl: dataUrlOf(image) };
    },
  };
}
