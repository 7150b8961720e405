import { removeEnumValue } from './remove-enum-value';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/remove-enum-value/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('remove-enum-value', removeEnumValue);
