/**
 * Prisma versions whose validator Schema Canvas ships. Real schemas come from Prisma 5, 6 and 7 and no
 * single engine accepts them all, so validation follows the version the user picks per document.
 * The packages are npm aliases installed side by side (see package.json); scripts/prepare-wasm.mjs
 * turns each into `public/wasm/prisma-schema-<major>.wasm` plus an ESM factory.
 */
export const PRISMA_VERSIONS = [
  { id: '7', label: 'Prisma 7', engine: '8.1.0-2.59be4fda12412a79eeb9c2ae727b6aa723593323', packageName: '@prisma/prisma-schema-wasm' },
  { id: '6', label: 'Prisma 6.19', engine: '6.19.0-26.2ba551f319ab1df4bc874a89965d8b3641056773', packageName: 'prisma-schema-wasm-6' },
  { id: '5', label: 'Prisma 5.22', engine: '5.22.0-44.605197351a3c8bdd595af2d2a9bc3025bca48ea2', packageName: 'prisma-schema-wasm-5' },
] as const;

export type PrismaVersionId = (typeof PRISMA_VERSIONS)[number]['id'];

export const DEFAULT_PRISMA_VERSION: PrismaVersionId = '7';

export function isPrismaVersionId(value: unknown): value is PrismaVersionId {
  return PRISMA_VERSIONS.some((v) => v.id === value);
}

export function prismaVersionLabel(id: PrismaVersionId): string {
  return PRISMA_VERSIONS.find((v) => v.id === id)?.label ?? `Prisma ${id}`;
}
