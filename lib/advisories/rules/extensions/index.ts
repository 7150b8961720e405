import type { Rule } from '../../types';
import { extensionsNotDeclared } from './extensions-not-declared';

/** The extension rules. */
export const EXTENSIONS_RULES: Rule[] = [extensionsNotDeclared];
