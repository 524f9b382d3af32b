// Svelte compiles each component's <style> into the build's CSS file (no inline styles: the
// content security policy has no 'unsafe-inline').
export default {
  compilerOptions: {
    css: 'external',
  },
};
