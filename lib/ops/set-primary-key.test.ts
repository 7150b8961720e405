import { setPrimaryKey } from './set-primary-key';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/set-primary-key/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('set-primary-key', setPrimaryKey);
