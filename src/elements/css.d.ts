/** Stylesheets imported as text (Vite's `?inline`; src/embed/bundle.ts does the same for esbuild). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
