/** Vite resolves `?url` imports to the emitted file's URL (the pdf.js worker is one such file). */
declare module '*?url' {
  const url: string;
  export default url;
}
