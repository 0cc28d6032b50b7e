import { parseSmartConfig, SmartConfigError, type SmartConfigEntry } from './launch-config';

/** Fetches smart-config.json next to the current page (launch.html and index.html share a folder). */
export async function fetchSmartConfig(fetchFn: typeof fetch = fetch): Promise<readonly SmartConfigEntry[]> {
  const response = await fetchFn(new URL('smart-config.json', document.baseURI).href, { cache: 'no-cache' });
  if (!response.ok) throw new SmartConfigError(`smart-config.json could not be read (HTTP ${response.status})`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new SmartConfigError('smart-config.json is not valid JSON');
  }
  return parseSmartConfig(json);
}
