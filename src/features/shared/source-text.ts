/**
 * A finding's source in words. Numbers the spec marks *(default)* are the clinic's choice, not a
 * label sentence (spec §9). The rules write them as "<what>: clinic setting (default) <key> = <n>"
 * (src/rules/sources.ts `settingWords`); here they become "<what>: <n> days — clinic setting (default),
 * not label text".
 */
export interface SourceText {
  /** The whole source, settings in words. */
  readonly text: string;
  /** The first label or guideline cited, without quotations: for the one-line summary. */
  readonly short: string;
  readonly isClinicSetting: boolean;
}

const SETTING = /^(.*?):\s*clinic setting(\s*\(default\))?\s+(\w+)\s*=\s*(.+)$/i;
const CLINIC_PREFIX = /^clinic setting(\s*\(default\))?\s*:?\s*/i;

function unitOf(key: string): string {
  if (/Days$/.test(key)) return ' days';
  if (/Months$/.test(key)) return ' months';
  if (/Celsius$/.test(key)) return ' °C';
  return '';
}

function describePart(part: string): { readonly text: string; readonly clinic: boolean } {
  const m = SETTING.exec(part);
  if (m) {
    const [, what = '', isDefault, key = '', value = ''] = m;
    return {
      text: `${what}: ${value}${unitOf(key)} — clinic setting${isDefault ? ' (default)' : ''}, not label text`,
      clinic: true,
    };
  }
  const p = CLINIC_PREFIX.exec(part);
  if (p) {
    const rest = part.slice(p[0].length);
    return {
      text: `Clinic setting${p[1] ? ' (default)' : ''}, not label text${rest ? `: ${rest}` : ''}`,
      clinic: true,
    };
  }
  return { text: part, clinic: false };
}

/**
 * "RILUTEK US label 5.1", without its trailing note or quotation; a dated guideline without what it
 * says after the colon ("FDA Guidance …, Drug-Induced Liver Injury (2009): repeat ALT …").
 */
function shortCitation(label: string): string {
  const dated = /^(.*?\(\d{4}\)):\s/.exec(label);
  if (dated?.[1]) return dated[1];
  return label.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s*\("[^"]*"\)/g, '');
}

export function describeSource(source: string): SourceText {
  const parts = source.split(/;\s+/).map(describePart);
  const label = parts.find((p) => !p.clinic)?.text;
  return {
    text: parts.map((p) => p.text).join('; '),
    short: label ? shortCitation(label) : 'clinic setting',
    isClinicSetting: parts.some((p) => p.clinic),
  };
}
