import preact from "@preact/preset-vite";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * The analyst's app: one static bundle in dist/web, served by `corroborate serve` under /app/.
 * A relative base keeps it working under any mount path; no module-preload polyfill, because
 * it would be one more script the CSP has to allow.
 */
export default defineConfig({
  root,
  base: "./",
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  logLevel: "warn",
});
