import { deleteModel } from './delete-model';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/delete-model/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('delete-model', deleteModel);
