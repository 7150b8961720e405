import type { Rule } from '../../types';
import { indexDuplicatesUnique } from './index-duplicates-unique';
import { indexExactDuplicate } from './index-exact-duplicate';
import { indexFkMissing } from './index-fk-missing';
import { indexFkWithSortKey } from './index-fk-with-sort-key';
import { indexJsonBtree } from './index-json-btree';
import { indexRedundantPrefix } from './index-redundant-prefix';
import { indexSoftDeleteUnique } from './index-soft-delete-unique';
import { indexTooMany } from './index-too-many';
import { indexUniqueNullableColumn } from './index-unique-nullable-column';

/** The indexes rules, in catalogue order. */
export const INDEXES_RULES: Rule[] = [
  indexFkMissing,
  indexDuplicatesUnique,
  indexRedundantPrefix,
  indexExactDuplicate,
  indexSoftDeleteUnique,
  indexUniqueNullableColumn,
  indexFkWithSortKey,
  indexJsonBtree,
  indexTooMany,
];
