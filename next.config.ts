import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The designer runs entirely in the browser; the wasm engines are served from public/.
  reactStrictMode: true,
};

export default nextConfig;
