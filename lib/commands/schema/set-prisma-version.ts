import { isPrismaVersionId, prismaVersionLabel } from '../../prisma/versions';
import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'set-prisma-version',
  title: 'Set Prisma version',
  group: 'Schema',
  args: [{ name: 'version', label: 'Prisma version', kind: 'version' }],
  keywords: ['validate', 'engine'],
  run: (session, a) => {
    if (!isPrismaVersionId(a.version)) return { ok: false, reason: 'Choose Prisma 7, 6.19 or 5.22' };
    session.store.getState().setPrismaVersion(a.version);
    session.notify('info', `Validating with ${prismaVersionLabel(a.version)}`);
    return ok();
  },
});
