// Just enough of the workerd test modules for tsc, without @cloudflare/workers-types (whose globals clash with
// the DOM lib this project type-checks against).
declare module 'cloudflare:workers' {
  interface DefaultExport {
    fetch(input: string | Request | URL, init?: RequestInit): Promise<Response>;
  }
  export const exports: { default: DefaultExport };
  export const env: Record<string, unknown>;
}

declare module 'cloudflare:test' {
  /** Applies migrations read by readD1Migrations() (in the vitest config) that the database has not seen yet. */
  export function applyD1Migrations(db: unknown, migrations: unknown[], migrationsTableName?: string): Promise<void>;
}
