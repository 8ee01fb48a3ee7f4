/** A document type's generator: several genuinely different layouts; the holdout ones never appear in dev. */
import type { DocumentTypeId } from '../../wohngeld/catalog.js';
import type { Ctx } from './context.js';

export interface Layout {
  /** unique within the type; the manifest names it `<type>/<id>` */
  id: string;
  /** only in the holdout split ("other hands, other layouts") */
  holdout?: boolean;
  /** draw one document into ctx.doc and record its ground truth with ctx.set */
  build(ctx: Ctx): void;
}

export interface DocumentKind {
  type: DocumentTypeId;
  layouts: Layout[];
}
