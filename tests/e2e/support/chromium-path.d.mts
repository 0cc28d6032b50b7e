export function resolveChromium(): Promise<{ path: string; source: 'CHROME_PATH' | 'system' | 'bundled' }>;
