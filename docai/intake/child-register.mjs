// Registers child-hooks.mjs in an intake child, after tsx (see there).
import { register } from 'node:module';

register('./child-hooks.mjs', import.meta.url);
