import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The designer runs entirely in the browser; the wasm engines are served from public/.
  reactStrictMode: true,
  // The review store's PGlite loads its own wasm and data files at run time: Node requires it, unbundled.
  serverExternalPackages: ['@electric-sql/pglite'],
};

export default nextConfig;
