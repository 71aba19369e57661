// Vite plugin: a Content-Security-Policy meta tag in the built page (dev mode needs inline scripts, so only at build).
// The one-file build (vite-plugin-singlefile) has its script and its styles inline, and starts its workers from
// blob: URLs: its policy allows exactly those scripts and styles, by their hashes, and blob: workers.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const POLICY: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

const policy = (extra: Readonly<Record<string, string>> = {}) =>
  POLICY.map(([name, value]) => `${name} ${value}${name in extra ? ` ${extra[name] ?? ''}` : ''}`)
    .concat(
      Object.keys(extra)
        .filter((name) => !POLICY.some(([known]) => known === name))
        .map((name) => `${name} ${extra[name] ?? ''}`),
    )
    .join('; ');

export const CONTENT_SECURITY_POLICY = policy();

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of every inline element `tag` in `html`, as a CSP source list. */
function inlineHashes(html: string, tag: 'script' | 'style'): string {
  const found = [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))];
  return found.map((match) => sha256(match[1] ?? '')).join(' ');
}

const PLACEHOLDER = 'parallax-csp-placeholder';

export function cspPlugin({ inline = false }: { inline?: boolean } = {}): Plugin {
  return {
    name: 'parallax-csp',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: inline ? PLACEHOLDER : CONTENT_SECURITY_POLICY,
          },
          injectTo: 'head-prepend',
        },
      ];
    },
    // After the one-file plugin has inlined the code: hash what it put in the page.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (!inline) return;
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const content = policy({
            'script-src': inlineHashes(html, 'script'),
            'style-src': inlineHashes(html, 'style'),
            'worker-src': 'blob:',
          });
          file.source = html.replace(PLACEHOLDER, content);
        }
      },
    },
  };
}
