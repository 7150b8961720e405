import { renameEnumValue } from './rename-enum-value';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/rename-enum-value/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('rename-enum-value', renameEnumValue);
