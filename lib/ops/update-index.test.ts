import { updateIndex } from './update-index';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/update-index/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('update-index', updateIndex);
