#!/usr/bin/env node
// The CLI is compiled by `npm run build` (run by `prepare` on install), so the bin needs no TypeScript loader.
import "../dist/cli/main.js";
