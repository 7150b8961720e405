import { setEnumValueMap } from './set-enum-value-map';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/set-enum-value-map/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('set-enum-value-map', setEnumValueMap);
