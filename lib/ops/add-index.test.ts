import { addIndex } from './add-index';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/add-index/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('add-index', addIndex);
