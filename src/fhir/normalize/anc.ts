/**
 * Derived neutrophil values (spec §2–§3): neutrophil % = segmented + band at the same date-time;
 * ANC = WBC × neutrophil % / 100 from the same date-time, else the same date, only on dates with no
 * usable measured ANC ("a measured ANC wins").
 */
import type { DataNote, LabRecord } from '../../rules/types';
import { roundNoise } from '../units';

const derivedStatus = (a: LabRecord, b: LabRecord): string =>
  a.status === 'preliminary' || b.status === 'preliminary' ? 'preliminary' : 'final';

/** Sums usable segmented and band results that share a date-time, unless a measured % exists then. */
export function deriveNeutrophilPct(
  parts: readonly { readonly record: LabRecord; readonly part: 'segmented' | 'band' }[],
  measured: readonly LabRecord[],
): { records: LabRecord[]; notes: DataNote[] } {
  const usable = parts.filter(
    (p) => p.record.usable && p.record.value !== undefined && p.record.comparator === undefined,
  );
  const measuredAt = new Set(measured.filter((m) => m.usable).map((m) => m.dateTime));
  const records: LabRecord[] = [];
  const paired = new Set<LabRecord>();
  for (const seg of usable.filter((p) => p.part === 'segmented')) {
    const band = usable.find(
      (p) => p.part === 'band' && p.record.dateTime === seg.record.dateTime && !paired.has(p.record),
    );
    if (!band || measuredAt.has(seg.record.dateTime)) continue;
    paired.add(seg.record).add(band.record);
    const s = seg.record;
    const b = band.record;
    records.push({
      ...s,
      id: `${s.id}+${b.id}`,
      display: 'Neutrophils % (segmented + band)',
      status: derivedStatus(s, b),
      value: roundNoise((s.value ?? 0) + (b.value ?? 0)),
      originalValue: `${s.originalValue} + ${b.originalValue}`,
      ranges: [],
      derived: true,
      derivedFrom: [s.id, b.id],
      notes: [],
    });
  }
  const unpaired = parts.filter((p) => !paired.has(p.record) && !measuredAt.has(p.record.dateTime));
  const notes: DataNote[] = unpaired.map((p) => ({
    code: 'data.neutrophil-part-unpaired',
    detail:
      `${p.record.display} on ${p.record.date ?? 'no date'} has no ` +
      `usable ${p.part === 'band' ? 'segmented' : 'band'} result at the same time: not used.`,
    resourceType: 'Observation',
    id: p.record.id,
  }));
  return { records, notes };
}

/** Derives ANC records from WBC and neutrophil % (measured or derived). */
export function deriveAnc(
  wbcs: readonly LabRecord[],
  pcts: readonly LabRecord[],
  ancs: readonly LabRecord[],
): LabRecord[] {
  const ok = (r: LabRecord): boolean => r.usable && r.value !== undefined && r.comparator === undefined;
  const measuredDates = new Set(ancs.filter((a) => a.usable).map((a) => a.date));
  const usablePcts = pcts.filter(ok);
  const out: LabRecord[] = [];
  for (const wbc of wbcs.filter(ok)) {
    if (measuredDates.has(wbc.date)) continue;
    const pct = usablePcts.find((p) => p.dateTime === wbc.dateTime) ?? usablePcts.find((p) => p.date === wbc.date);
    if (!pct || wbc.value === undefined || pct.value === undefined) continue;
    out.push({
      resourceType: 'Observation',
      id: `${wbc.id}+${pct.id}`,
      analyte: 'anc',
      display: 'ANC (calculated: WBC × neutrophils %)',
      status: derivedStatus(wbc, pct),
      ...(wbc.date !== undefined ? { date: wbc.date } : {}),
      ...(wbc.dateTime !== undefined ? { dateTime: wbc.dateTime } : {}),
      value: roundNoise((wbc.value * pct.value) / 100),
      unit: '10*9/L',
      originalValue: `${wbc.value} × ${pct.value} %`,
      originalUnit: '10*9/L',
      ranges: [],
      usable: true,
      derived: true,
      derivedFrom: [wbc.id, ...(pct.derivedFrom ?? [pct.id])],
      notes: [],
    });
  }
  return out;
}
