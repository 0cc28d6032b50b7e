/** The clinic's settings file (public/clinic-settings.json), read at run time like smart-config.json. */
import { queryOptions } from '@tanstack/react-query';
import { DEFAULT_SETTINGS, parseSettings } from '../rules/settings';
import type { Settings } from '../rules/types';

export interface LoadedSettings {
  readonly settings: Settings;
  /** Set when the file was absent and the specification's defaults are used. */
  readonly note?: string;
}

export class ClinicSettingsError extends Error {
  override name = 'ClinicSettingsError';
}

export async function loadClinicSettings(fetchFn: typeof fetch = fetch): Promise<LoadedSettings> {
  // Next to index.html, wherever the app is deployed (resolved here so Node's fetch accepts it in tests).
  const response = await fetchFn(new URL('clinic-settings.json', document.baseURI).href, { cache: 'no-cache' });
  if (response.status === 404) {
    return {
      settings: DEFAULT_SETTINGS,
      note: 'No clinic-settings.json on this server: the default settings are used.',
    };
  }
  if (!response.ok) throw new ClinicSettingsError(`clinic-settings.json could not be read (HTTP ${response.status}).`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ClinicSettingsError('clinic-settings.json is not valid JSON.');
  }
  try {
    return { settings: parseSettings(json) };
  } catch (error) {
    throw new ClinicSettingsError(error instanceof Error ? error.message : String(error));
  }
}

export function clinicSettingsQueryOptions() {
  return queryOptions({
    queryKey: ['app', 'clinic-settings'],
    queryFn: () => loadClinicSettings(),
    staleTime: Infinity,
  });
}
