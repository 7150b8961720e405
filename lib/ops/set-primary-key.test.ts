import { setPrimaryKey } from './set-primary-key';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/set-primary-key/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('set-primary-key', setPrimaryKey);
