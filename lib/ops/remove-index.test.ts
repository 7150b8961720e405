import { removeIndex } from './remove-index';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/remove-index/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('remove-index', removeIndex);
