import { addRelation } from './add-relation';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/add-relation/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('add-relation', addRelation);
