import { setReferentialActions } from './set-referential-actions';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/set-referential-actions/<case>/: args.json, in/, and out/ or refused.txt (see test-support/golden.ts).
describeGolden('set-referential-actions', setReferentialActions);
