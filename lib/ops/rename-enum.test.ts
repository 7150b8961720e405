import { renameEnum } from './rename-enum';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/rename-enum/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('rename-enum', renameEnum);
