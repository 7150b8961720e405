import { addEnumValue } from './add-enum-value';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/add-enum-value/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('add-enum-value', addEnumValue);
