import { updateIndex } from './update-index';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/update-index/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('update-index', updateIndex);
