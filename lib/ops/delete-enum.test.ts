import { deleteEnum } from './delete-enum';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/delete-enum/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('delete-enum', deleteEnum);
