import { addRelation } from './add-relation';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/add-relation/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('add-relation', addRelation);
