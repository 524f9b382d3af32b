// GraphiQL's stylesheet embeds its fonts as data: URLs, which the content security policy
// (font-src 'self') refuses, with a console error per font. The page reads well in the system
// font, so the @font-face rules are taken out of that one stylesheet at build time rather than
// relaxing the policy.
import type { Plugin } from 'vite';

export function stripInlineFonts(css: string): string {
  return css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => (rule.includes('data:') ? '' : rule));
}

export function withoutInlineFonts(): Plugin {
  return {
    name: 'forbedring-graphiql-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]graphiql[\\/]dist[\\/]style\.css/.test(id)) return null;
      return { code: stripInlineFonts(code), map: null };
    },
  };
}
