import { duplicateModel } from './duplicate-model';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/duplicate-model/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('duplicate-model', duplicateModel);
