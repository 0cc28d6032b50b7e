import { readFile } from 'node:fs/promises';
import { DEFAULT_SETTINGS, parseSettings, SettingsError } from '../rules';
import type { Settings } from '../rules/types';
import { InputError } from './input-error';
import { parseJsonText } from './json-text';
import { fileProblem } from './read-files';

/**
 * The clinic settings of `--settings FILE`, validated, or the spec's defaults without one.
 * @throws InputError naming the file and the first problem (unreadable, not JSON, a bad key)
 */
export async function loadSettings(file: string | undefined): Promise<Settings> {
  if (file === undefined) return DEFAULT_SETTINGS;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(file, fileProblem(error));
  }
  const json = parseJsonText(text, file);
  try {
    return parseSettings(json);
  } catch (error) {
    if (error instanceof SettingsError) throw new InputError(file, error.message);
    throw error;
  }
}
