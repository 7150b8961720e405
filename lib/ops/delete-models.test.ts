import { deleteModels } from './delete-models';
import { describeGolden } from '../../test-support/golden-suite';

// Cases live in fixtures/delete-models/<case>/ (see test-support/golden.ts).
describeGolden('delete-models', deleteModels);
