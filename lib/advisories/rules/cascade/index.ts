import type { Rule } from '../../types';
import { cascadeBlastRadius } from './cascade-blast-radius';
import { cascadeBlockedByRestrict } from './cascade-blocked-by-restrict';
import { cascadeCycle } from './cascade-cycle';
import { cascadeDeletePreconditions } from './cascade-delete-preconditions';
import { cascadeIntoHistoryTable } from './cascade-into-history-table';
import { cascadeMultiplePaths } from './cascade-multiple-paths';
import { cascadeOndeleteImplicit } from './cascade-ondelete-implicit';
import { cascadeSetDefaultInvalid } from './cascade-set-default-invalid';
import { cascadeSetNullOnRequired } from './cascade-set-null-on-required';

/** The cascade rules, in catalogue order. */
export const CASCADE_RULES: Rule[] = [
  cascadeSetNullOnRequired,
  cascadeSetDefaultInvalid,
  cascadeOndeleteImplicit,
  cascadeBlastRadius,
  cascadeIntoHistoryTable,
  cascadeCycle,
  cascadeMultiplePaths,
  cascadeBlockedByRestrict,
  cascadeDeletePreconditions,
];
