import { deleteEnum } from './delete-enum';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/delete-enum/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('delete-enum', deleteEnum);
