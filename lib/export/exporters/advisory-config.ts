import { CONFIG_FILE_NAME, serializeAdvisoryConfig } from '../../advisories/config';
import { encodeText, type Exporter } from '../exporter';

/** The team's advisory settings as `schema-canvas.json`, ready to commit beside the schema. */
export const advisoryConfigExporter: Exporter<void, 'advisory-config'> = {
  id: 'advisory-config',
  title: 'Download advisory config',
  async produce(input) {
    return [{ name: CONFIG_FILE_NAME, mime: 'application/json', bytes: encodeText(serializeAdvisoryConfig(input.advisoryConfig)) }];
  },
};
