import { deleteRelation } from './delete-relation';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/delete-relation/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('delete-relation', deleteRelation);
