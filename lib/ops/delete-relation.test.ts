import { deleteRelation } from './delete-relation';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/delete-relation/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('delete-relation', deleteRelation);
