import { setReferentialActions } from './set-referential-actions';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/set-referential-actions/<case>/: args.json, in/, and out/ or refused.txt (see lib/testing/golden.ts).
describeGolden('set-referential-actions', setReferentialActions);
