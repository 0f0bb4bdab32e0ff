// Runs the content check inside Astro, so that `astro build` and `astro dev` started on their own
// report a broken content file with the same messages as `npm run check`: the build stops; the
// development server prints the problems when it starts and again whenever a file in content/ is saved.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentError, formatProblem } from '../../src/lib/content-errors';
import { checkContent } from './read-content';

function report(root: string, logger: AstroIntegrationLogger): boolean {
  const { problems } = checkContent(root);
  if (problems.length === 0) return true;
  logger.error(
    `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:\n` +
      problems.map((p) => `  ✗ ${formatProblem(p)}`).join('\n'),
  );
  return false;
}

export function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') {
          const { problems } = checkContent(root);
          if (problems.length > 0) throw new ContentError(problems);
        } else if (command === 'dev') {
          report(root, logger);
        }
        // 'sync' (astro check) and 'preview' need no check: `npm run check` runs it before astro check.
      },
      'astro:server:setup': ({ server, logger }) => {
        let failing = false;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(join(root, 'content/'))) return;
          const passed = report(root, logger);
          if (passed && failing) logger.info('Content check passed: every problem is fixed.');
          failing = !passed;
        });
      },
    },
  };
}
