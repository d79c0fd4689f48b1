/** Types for static-server.mjs, for the TypeScript tests that start it. */
export function normaliseBase(value: string | undefined): string;
export function normalisePath(pathname: string): string | null;
export function parseHeadersFile(text: string): (...paths: (string | null)[]) => [string, string][];
export function startServer(options: {
  dir: string;
  base?: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; close(): Promise<void> }>;
