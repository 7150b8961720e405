import { deleteModel } from './delete-model';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/delete-model/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('delete-model', deleteModel);
