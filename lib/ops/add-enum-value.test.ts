import { addEnumValue } from './add-enum-value';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/add-enum-value/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('add-enum-value', addEnumValue);
