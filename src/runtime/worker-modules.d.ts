// wrangler.toml's [[rules]] bundle data/**/*.yaml as Text modules: importing one gives its text.
declare module '*.yaml' {
  const text: string;
  export default text;
}
