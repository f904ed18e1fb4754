// Just enough of the workerd test modules for tsc, without @cloudflare/workers-types (whose globals clash with
// the DOM lib this project type-checks against).
declare module 'cloudflare:workers' {
  interface DefaultExport {
    fetch(input: string | Request | URL, init?: RequestInit): Promise<Response>;
  }
  export const exports: { default: DefaultExport };
  export const env: Record<string, unknown>;
}
