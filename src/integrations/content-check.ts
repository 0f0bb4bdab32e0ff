// Runs the content check inside Astro, on what the content loader has just read: `astro build` stops
// with every problem (file, field or line, fix) before any page is built; `astro dev` prints the
// problems when it starts and again after each save in content/.
import { relative } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentError, formatProblem, problemCount } from '../lib/content-errors';
import { isRead } from '../lib/unread-files';
import { contentState } from '../pipeline/content-state.mjs';

function check() {
  const { check } = contentState();
  if (!check) throw new Error('The content was not loaded: src/content.config.ts must read every collection with contentLoader().');
  return check();
}

export function contentCheck(): AstroIntegration {
  let failing = false;
  const report = (logger: AstroIntegrationLogger) => {
    const { problems } = check();
    if (problems.length > 0) {
      logger.error(
        `The content has ${problemCount(problems.length)} to fix:\n${problems.map((p) => `  ✗ ${formatProblem(p)}`).join('\n')}`,
      );
    } else if (failing) {
      logger.info('Content check passed: every problem is fixed.');
    }
    failing = problems.length > 0;
  };
  let listener: (() => void) | undefined;

  return {
    name: 'content-check',
    hooks: {
      // The first hook of `astro build` after the content layer has loaded content/ (in Astro 5,
      // AstroBuilder.setup() syncs the content, then build() runs astro:build:start).
      'astro:build:start': () => {
        const { problems } = check();
        if (problems.length > 0) throw new ContentError(problems);
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        listener = () => {
          clearTimeout(timer);
          timer = setTimeout(() => report(logger), 50);
        };
        contentState().listeners.add(listener);
        // A file no collection reads (saved as .MD, or in the wrong folder) wakes no loader.
        server.watcher.on('all', (_event, path) => {
          const file = relative(server.config.root, path).split('\\').join('/');
          if (file.startsWith('content/') && !isRead(file)) listener?.();
        });
      },
      // In `astro dev`, the first hook after the content layer has loaded content/.
      'astro:server:start': ({ logger }) => report(logger),
      'astro:server:done': () => {
        if (listener) contentState().listeners.delete(listener);
      },
    },
  };
}
