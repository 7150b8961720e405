import type { Rule } from '../../types';
import { namingColumnMap } from './naming-column-map';
import { namingIdentifierTooLong } from './naming-identifier-too-long';
import { namingModelPascalSingular } from './naming-model-pascal-singular';
import { namingTableMap } from './naming-table-map';

/** The naming rules, in catalogue order. */
export const NAMING_RULES: Rule[] = [namingTableMap, namingColumnMap, namingModelPascalSingular, namingIdentifierTooLong];
