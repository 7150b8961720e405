import { removeIndex } from './remove-index';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/remove-index/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('remove-index', removeIndex);
