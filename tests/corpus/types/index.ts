/** Every document type's generator, in the catalog's order. */
import type { DocumentTypeId } from '../../../wohngeld/catalog.js';
import type { DocumentKind } from '../layout.js';
import { antrag } from './antrag.js';
import { arbeitslosengeldbescheid } from './arbeitslosengeldbescheid.js';
import { elterngeldbescheid } from './elterngeldbescheid.js';
import { kontoauszug } from './kontoauszug.js';
import { lohnabrechnung } from './lohnabrechnung.js';
import { meldebescheinigung } from './meldebescheinigung.js';
import { mietbescheinigung } from './mietbescheinigung.js';
import { mietvertrag } from './mietvertrag.js';
import { rentenbescheid } from './rentenbescheid.js';
import { schulbescheinigung } from './schulbescheinigung.js';
import { schwerbehindertenausweis } from './schwerbehindertenausweis.js';
import { sonstiges } from './sonstiges.js';

export const KINDS: Partial<Record<DocumentTypeId, DocumentKind>> = {
  antrag,
  mietbescheinigung,
  mietvertrag,
  lohnabrechnung,
  rentenbescheid,
  arbeitslosengeldbescheid,
  elterngeldbescheid,
  meldebescheinigung,
  kontoauszug,
  schwerbehindertenausweis,
  schulbescheinigung,
  sonstiges,
};
