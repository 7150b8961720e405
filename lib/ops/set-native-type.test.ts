import { setNativeType } from './set-native-type';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/set-native-type/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('set-native-type', setNativeType);
