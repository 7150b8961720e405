/**
 * Child-process entry for importSqlNodeWithTimeout (migrate-node.ts): runs one SQL import on a
 * throwaway PGlite and sends the result to the parent. PGlite runs SQL on this process's only thread,
 * so a statement that never ends (`DO $$ BEGIN LOOP END LOOP; END $$;`) can only be stopped by
 * killing the process: that is why the import runs here and not in the caller.
 */
import { importSqlNode } from './migrate-node';

process.once('message', (message: { ddl: string }) => {
  void importSqlNode(message.ddl).then(
    (result) => process.send?.({ result }, () => process.exit(0)),
    (e: unknown) => process.send?.({ error: e instanceof Error ? e.message : String(e) }, () => process.exit(0)),
  );
});
