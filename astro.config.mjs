// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { dataStoreModuleIntegration } from './src/integrations/data-store-module.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { isolateValuesIntegration } from './src/integrations/isolate-values.ts';

export default defineConfig({
  // The public address; set SITE_URL when deploying so canonical links and the sitemap use it.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  // English at /, Hebrew at /he/, Norwegian Bokmål at /nb/ (src/i18n/locales.ts); Astro.currentLocale tells each component its page's language.
  i18n: {
    locales: ['en', 'he', 'nb'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  // No inline scripts or styles: every page must run under a strict Content
  // Security Policy (public/_headers) without 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive that the
        // bundler warns it may drop; Astro handles it, and at 10,000 companies the warning
        // alone buried the build log under 10,000 copies.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // The sitemap leaves out pages marked noindex (search); Pagefind stays last so it indexes the final output.
  // dataStoreModuleIntegration: pages read the content store from its JSON file, not a 60 MB module (docs/scaling.md).
  integrations: [
    mdx(),
    dataStoreModuleIntegration(),
    sitemap({
      filter: (page) => !/^\/(he\/|nb\/)?search\/$/.test(new URL(page).pathname),
      // hreflang alternates for each page in the three languages.
      i18n: { defaultLocale: 'en', locales: { en: 'en', he: 'he', nb: 'nb' } },
    }),
    // Phone numbers, emails and citations in right-to-left pages read in their own order (src/lib/text/bidi.ts).
    isolateValuesIntegration(),
    pagefindIntegration(),
  ],
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // Builds of test fixtures use their own cache so they never mix with the real content's.
  ...(process.env.BEYOND_NO_CACHE_DIR ? { cacheDir: process.env.BEYOND_NO_CACHE_DIR } : {}),
});
