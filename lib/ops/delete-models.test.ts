import { deleteModels } from './delete-models';
import { describeGolden } from '../testing/golden-suite';

// Cases live in fixtures/delete-models/<case>/ (see lib/testing/golden.ts).
describeGolden('delete-models', deleteModels);
