// Before the unit tests: the command index follows the command files (a new command is one file).
import { writeCommandIndex } from '../scripts/command-index.mjs';

export default function setup(): void {
  writeCommandIndex();
}
