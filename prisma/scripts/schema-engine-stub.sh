#!/bin/sh
# Prisma's CLI insists on a native schema-engine binary, which cannot be downloaded offline.
# `prisma generate` does not need it; migrations run on @prisma/schema-engine-wasm (src/migrate).
if [ "$1" = "--version" ]; then echo "schema-engine-cli offline-stub"; exit 0; fi
echo "schema-engine binary is not available offline; use the wasm migration runner (npm run db:migrate)" >&2
exit 1
