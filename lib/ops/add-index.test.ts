import { addIndex } from './add-index';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/add-index/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('add-index', addIndex);
