import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSettings } from '../../scripts/build-settings.mjs';

describe('buildSettings', () => {
  it('has a default for every setting', () => {
    const s = buildSettings({});
    expect(s).toMatchObject({
      site: 'http://localhost:4321',
      base: '/',
      outDir: 'dist',
      port: 4321,
      repositoryUrl: undefined,
      repositoryBranch: undefined,
    });
    expect(s.cardCacheDir).toBe(join(process.cwd(), 'node_modules', '.cache', 'social-cards'));
    expect(Math.abs(s.buildDate.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('reads each variable, trimming a blank one to none', () => {
    const s = buildSettings({
      SITE_URL: 'https://alliance.test/',
      BASE_PATH: 'alliance-2023',
      REPOSITORY_URL: ' ',
      REPOSITORY_BRANCH: 'trunk',
      BUILD_DATE: '2023-04-01',
      CARD_CACHE_DIR: '/tmp/cards',
    });
    expect(s).toMatchObject({
      site: 'https://alliance.test',
      base: '/alliance-2023/',
      repositoryUrl: undefined,
      repositoryBranch: 'trunk',
      cardCacheDir: '/tmp/cards',
    });
    expect(s.buildDate.toISOString()).toBe('2023-04-01T00:00:00.000Z');
  });

  it('says what is wrong with a site address that has a path, and with a date that is none', () => {
    expect(() => buildSettings({ SITE_URL: 'https://alliance.test/sub' })).toThrow(/Put a sub-path in BASE_PATH/);
    expect(() => buildSettings({ BUILD_DATE: 'April 2023x' })).toThrow(
      'BUILD_DATE must be an ISO date such as 2023-04-01, got "April 2023x"',
    );
  });
});
