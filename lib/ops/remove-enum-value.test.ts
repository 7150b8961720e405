import { removeEnumValue } from './remove-enum-value';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/remove-enum-value/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('remove-enum-value', removeEnumValue);
