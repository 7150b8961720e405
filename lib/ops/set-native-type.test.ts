import { setNativeType } from './set-native-type';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/set-native-type/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('set-native-type', setNativeType);
