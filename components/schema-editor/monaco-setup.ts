// Browser-only: loads Monaco's core API and editor features from node_modules (never a CDN) and
// registers the Prisma language. Import this module only from client code loaded with ssr: false.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/register.all';
import { prismaLanguageConfiguration, prismaMonarch } from './prisma-monarch';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

self.MonacoEnvironment = {
  getWorker() {
    return new Worker(new URL('./editor.worker.ts', import.meta.url), { type: 'module' });
  },
};

if (!monaco.languages.getLanguages().some((l) => l.id === 'prisma')) {
  monaco.languages.register({ id: 'prisma', extensions: ['.prisma'], aliases: ['Prisma', 'prisma'] });
  monaco.languages.setMonarchTokensProvider('prisma', prismaMonarch);
  monaco.languages.setLanguageConfiguration('prisma', prismaLanguageConfiguration);
}

export { monaco };
export type Monaco = typeof monaco;
