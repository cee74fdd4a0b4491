// scripts/build.mjs bundles a .txt import of the page as its text (esbuild's text loader).
declare module "*.txt" {
  const text: string;
  export default text;
}
